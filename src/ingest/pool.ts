/**
 * Parallel ingest: a small pool of worker threads, one per core, each extracting whole files.
 * Few files are done on the main thread, where starting workers would cost more than it saves.
 * Files are pulled from an async source as workers need them, so a large archive's raw bytes are
 * never all in memory at once.
 */
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import type { FileOutcome } from "./extract-file.ts";
import type { ExtractOptions } from "../extract/index.ts";

/** Below this many files to extract, workers are not worth starting. */
const MIN_FILES_FOR_WORKERS = 64;
/** Files queued at each worker at once. */
const TASKS_PER_WORKER = 2;

/**
 * Starts one worker on worker.ts. Workers do not inherit the TypeScript loader the build runs
 * under, so a two-line bootstrap registers tsx in the worker before importing the module.
 */
function startWorker(): Worker {
  const loader = import.meta.resolve("tsx/esm/api");
  const entry = new URL("./worker.ts", import.meta.url).href;
  const boot = `import(${JSON.stringify(loader)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true });
}

/** One file to extract; `id` is the caller's, handed back with the outcome. */
export interface FileTask {
  id: number;
  file: string;
  bytes: Uint8Array;
}

/** What the worker receives. */
export interface WorkerTask extends FileTask {
  options: ExtractOptions;
}

/**
 * Extracts every file `tasks` yields (about `expected` of them, which decides whether workers are
 * started); `onDone` gets each outcome in completion order, and a worker gets its next file once
 * `onDone` has settled, so outcomes never pile up faster than they are written.
 */
export async function extractAll(
  expected: number,
  tasks: AsyncIterable<FileTask>,
  options: ExtractOptions,
  onDone: (id: number, outcome: FileOutcome) => void | Promise<void>,
): Promise<void> {
  const threads = Math.min(availableParallelism(), Math.ceil(expected / MIN_FILES_FOR_WORKERS));
  if (threads <= 1 || expected < MIN_FILES_FOR_WORKERS) {
    // The extractor and the Markdown renderer are loaded only when a file is to be extracted here.
    let extract: typeof import("./extract-file.ts").extractFile | undefined;
    for await (const { id, file, bytes } of tasks) {
      extract ??= (await import("./extract-file.ts")).extractFile;
      await onDone(id, extract(bytes, file, options));
    }
    return;
  }
  const source = tasks[Symbol.asyncIterator]();
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      let outstanding = 0;
      let finished = false;
      const send = async () => {
        const next = finished ? null : await source.next();
        if (!next || next.done) {
          finished = true;
          if (outstanding === 0) resolve();
          return;
        }
        outstanding++;
        worker.postMessage({ ...next.value, options } satisfies WorkerTask);
      };
      worker.on("message", ({ id, outcome }: { id: number; outcome: FileOutcome }) => {
        Promise.resolve(onDone(id, outcome))
          .then(() => {
            outstanding--;
            return send();
          })
          .catch(reject);
      });
      worker.on("error", reject);
      // Two files per worker at a time, so a worker never waits for the next message.
      for (let i = 0; i < TASKS_PER_WORKER; i++) send().catch(reject);
    });
  const workers = Array.from({ length: threads }, startWorker);
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
