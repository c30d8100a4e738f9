/**
 * Parallel ingest: a small pool of worker threads, one per core, each extracting whole files.
 * Few files are done on the main thread, where starting workers would cost more than it saves.
 */
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { extractFile, type FileOutcome } from "./extract-file.ts";
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

export interface FileTask {
  id: number;
  file: string;
  bytes: Uint8Array;
  options: ExtractOptions;
}

/**
 * Extracts every `[file, bytes]` (with `options`, and a file's own `knownFurniture` where it has one);
 * `onDone` gets each outcome (in completion order) with its index.
 */
export async function extractAll(
  files: readonly { file: string; bytes: Uint8Array; knownFurniture?: ReadonlyMap<number, string> }[],
  options: ExtractOptions,
  onDone: (index: number, outcome: FileOutcome) => void,
): Promise<void> {
  const threads = Math.min(availableParallelism(), Math.ceil(files.length / MIN_FILES_FOR_WORKERS));
  if (threads <= 1 || files.length < MIN_FILES_FOR_WORKERS) {
    files.forEach(({ file, bytes, knownFurniture }, i) => onDone(i, extractFile(bytes, file, { ...options, knownFurniture })));
    return;
  }
  let next = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      let outstanding = 0;
      const send = () => {
        if (next >= files.length) {
          if (outstanding === 0) resolve();
          return;
        }
        const id = next++;
        const { file, bytes, knownFurniture } = files[id]!;
        outstanding++;
        worker.postMessage({ id, file, bytes, options: { ...options, knownFurniture } } satisfies FileTask);
      };
      worker.on("message", ({ id, outcome }: { id: number; outcome: FileOutcome }) => {
        outstanding--;
        onDone(id, outcome);
        send();
      });
      worker.on("error", reject);
      // Two files per worker at a time, so a worker never waits for the next message.
      for (let i = 0; i < TASKS_PER_WORKER; i++) send();
    });
  const workers = Array.from({ length: threads }, startWorker);
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
