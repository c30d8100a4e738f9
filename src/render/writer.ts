/**
 * Writes the rendered pages: many files at a time on libuv's thread pool, each folder created
 * once, so that rendering goes on while files are written. (Eleventy's own writer makes each
 * page's folder and writes it synchronously, which here took a third of the render.)
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

/** Files being written at a time. */
const CONCURRENT_WRITES = 32;

export class PageWriter {
  private readonly inFlight = new Set<Promise<void>>();
  /** Pages waiting for room, woken one at a time in order (waking all at each free slot is quadratic). */
  private readonly waiting: (() => void)[] = [];
  private readonly folders = new Map<string, Promise<unknown>>();
  private readonly errors: string[] = [];
  /** Files written so far. */
  written = 0;

  /** Writes `content` to `file` (absolute); resolves once the write has started, at most CONCURRENT_WRITES at a time. */
  async write(file: string, content: string): Promise<void> {
    if (this.inFlight.size >= CONCURRENT_WRITES) await new Promise<void>((wake) => this.waiting.push(wake));
    const folder = path.dirname(file);
    let made = this.folders.get(folder);
    if (!made) this.folders.set(folder, (made = mkdir(folder, { recursive: true })));
    const writing: Promise<void> = made
      .then(() => writeFile(file, content))
      .then(
        () => void this.written++,
        (error: Error) => void this.errors.push(`${file}: ${error.message}`),
      )
      .finally(() => {
        this.inFlight.delete(writing);
        this.waiting.shift()?.();
      });
    this.inFlight.add(writing);
  }

  /** Waits for every write; throws if any failed. */
  async finish(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all(this.inFlight);
    if (this.errors.length) throw new Error(`could not write ${this.errors.length} file(s): ${this.errors.slice(0, 5).join("; ")}`);
  }
}
