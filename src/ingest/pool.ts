/**
 * Parallel ingest: a small pool of worker threads, one per core, each extracting whole files,
 * each file within a time limit. A file that takes longer is given up (its worker is replaced,
 * since a runaway pattern cannot be interrupted any other way) and the others go on. Loaded
 * workers are kept between extractions, so that ingest can hand over a large archive in batches
 * (never holding all its raw bytes) and a rebuild of a few files starts on a loaded worker.
 */
import { SHARE_ENV, type Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import type { FileOutcome } from "./extract-file.ts";
import type { ExtractOptions } from "../extract/index.ts";
import { startTsWorker } from "../ts-worker.ts";

/** Files to extract per worker thread: up to this many, one worker does them all. */
const MIN_FILES_PER_WORKER = 64;
/** Files queued at each worker at once. */
const TASKS_PER_WORKER = 2;

/**
 * How long one file's extraction may take. Extraction runs at about 1.5 s per MB of text on a
 * loaded two-core machine, and the largest real pages are well under a megabyte; a file still
 * running after this long is stuck in a pattern, not slow.
 */
export const FILE_TIME_LIMIT_MS = 60_000;

/** The skip reason of a file that passed the time limit. */
export function timeLimitReason(limitMs: number): string {
  return `extraction took over ${Math.round(limitMs / 1000)} s`;
}

/** Starts one worker on worker.ts (see ts-worker.ts). */
function startWorker(): Worker {
  // The environment is shared so that the worker's test-only hook (worker.ts) sees what a test sets.
  return startTsWorker(new URL("./worker.ts", import.meta.url), { env: SHARE_ENV });
}

/** A worker and whether it has loaded (said "ready"). */
interface PooledWorker {
  worker: Worker;
  ready: boolean;
}

function spawn(): PooledWorker {
  const pooled: PooledWorker = { worker: startWorker(), ready: false };
  pooled.worker.on("message", (message: WorkerMessage) => {
    if ("ready" in message) pooled.ready = true;
  });
  return pooled;
}

/**
 * Loaded workers left over from the last extraction, or started ahead of the next: loading the
 * extractor takes about a second, which each batch of a large ingest, and a rebuild of a few
 * files (`npm start`), would otherwise pay again. Unreferenced while idle, so they never keep the
 * process alive; at most one per core.
 */
const spares: PooledWorker[] = [];

/** Adds `pooled` to the spares: unreferenced, and forgotten if it ever stops. */
function park(pooled: PooledWorker): void {
  spares.push(pooled);
  pooled.worker.unref();
  pooled.worker.on("error", () => {});
  pooled.worker.once("exit", () => {
    const at = spares.indexOf(pooled);
    if (at >= 0) spares.splice(at, 1);
  });
}

/** Starts a worker now, while the caller reads files, so that it has loaded when files arrive. */
export function warmUp(): void {
  if (spares.length === 0) park(spawn());
}

/**
 * Stops the spare workers: for a process that extracts nothing more (`npm run build` once its
 * ingest is done), whose memory peaks later, while Pagefind writes the search index.
 */
export async function stopSpares(): Promise<void> {
  await Promise.all(spares.splice(0).map((pooled) => pooled.worker.terminate()));
}

/** Takes a spare worker (or a new one) for an extraction. */
function takeWorker(): PooledWorker {
  const pooled = spares.pop() ?? spawn();
  pooled.worker.removeAllListeners("exit");
  pooled.worker.removeAllListeners("error");
  pooled.worker.ref();
  return pooled;
}

/** Keeps a worker that finished its work as a spare, or stops it when there are enough. */
function releaseWorker(pooled: PooledWorker): void {
  pooled.worker.removeAllListeners("error");
  pooled.worker.removeAllListeners("exit");
  if (spares.length >= availableParallelism() || !pooled.ready) void pooled.worker.terminate();
  else park(pooled);
}

export interface FileTask {
  id: number;
  file: string;
  bytes: Uint8Array;
  options: ExtractOptions;
}

/** What a worker sends: that it has loaded, or one task's outcome. */
export type WorkerMessage = { ready: true } | { id: number; outcome: FileOutcome };

/** How the pool runs: the per-file time limit (FILE_TIME_LIMIT_MS unless a test shortens it). */
export interface PoolOptions {
  timeLimitMs?: number;
}

/**
 * Extracts every `[file, bytes]` on worker threads (with `options`, and a file's own
 * `knownFurniture` where it has one); `onDone` gets each outcome (in completion order) with its
 * index, and the extraction ends once every `onDone` has settled (a promise it returns is awaited;
 * a rejected one rejects the extraction). A file that runs past the time limit gets a `timeout`
 * outcome, a file whose worker dies an `error` outcome; in both cases the worker is replaced and
 * the files it had queued go to the next one. Rejects when a worker cannot start at all.
 */
export async function extractAll(
  files: readonly { file: string; bytes: Uint8Array; knownFurniture?: ReadonlyMap<number, string> }[],
  options: ExtractOptions,
  onDone: (index: number, outcome: FileOutcome) => void | Promise<void>,
  pool: PoolOptions = {},
): Promise<void> {
  if (files.length === 0) return;
  const limitMs = pool.timeLimitMs ?? FILE_TIME_LIMIT_MS;
  const threads = Math.max(1, Math.min(availableParallelism(), Math.ceil(files.length / MIN_FILES_PER_WORKER)));
  // Files given back by a replaced worker are sent again before new ones.
  const retry: number[] = [];
  let next = 0;
  let finished = 0;
  const take = (): number | undefined => retry.shift() ?? (next < files.length ? next++ : undefined);

  await new Promise<void>((resolve, reject) => {
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      reject(error);
    };
    const settled: Promise<void>[] = [];
    const complete = (id: number, outcome: FileOutcome) => {
      settled.push(Promise.resolve().then(() => onDone(id, outcome)).catch(fail));
      if (++finished === files.length) void Promise.all(settled).then(() => resolve());
    };

    /** One worker and the files queued at it, oldest (the one it is working on) first. */
    const run = () => {
      const pooled = takeWorker();
      const { worker } = pooled;
      const queue: number[] = [];
      let timer: NodeJS.Timeout | undefined;
      let retired = false;
      // The file at the head of the queue is the one running: its clock starts once the worker has
      // loaded and the file before it has ended.
      const startClock = () => {
        clearTimeout(timer);
        if (pooled.ready && queue.length > 0) timer = setTimeout(() => retire({ ok: "timeout", seconds: limitMs / 1000 }), limitMs);
      };
      const send = () => {
        const id = take();
        if (id === undefined) return;
        const { file, bytes, knownFurniture } = files[id]!;
        queue.push(id);
        worker.postMessage({ id, file, bytes, options: { ...options, knownFurniture } } satisfies FileTask);
        if (queue.length === 1) startClock();
      };
      const onMessage = (message: WorkerMessage) => {
        if (retired) return;
        if ("ready" in message) {
          startClock();
          return;
        }
        const { id, outcome } = message;
        queue.shift();
        startClock();
        complete(id, outcome);
        send();
        if (queue.length === 0) done();
      };
      /** The worker has nothing more to do in this extraction. */
      const done = () => {
        retired = true;
        clearTimeout(timer);
        worker.off("message", onMessage);
        releaseWorker(pooled);
      };
      /** Gives up the running file with `outcome`, hands the queued ones back and starts a replacement. */
      const retire = (outcome: FileOutcome) => {
        if (retired) return;
        retired = true;
        clearTimeout(timer);
        worker.off("message", onMessage);
        void worker.terminate();
        const [running, ...queued] = queue;
        retry.unshift(...queued);
        if (running !== undefined) complete(running, outcome);
        if (finished < files.length && !failed) run();
      };
      const died = (message: string) => {
        if (retired) return;
        // A worker that dies before it has loaded cannot run at all (a broken install, say): that is fatal.
        if (!pooled.ready) {
          retired = true;
          clearTimeout(timer);
          fail(new Error(`extraction worker failed: ${message}`));
          return;
        }
        retire({ ok: "error", message: `extraction worker stopped: ${message}` });
      };
      worker.on("message", onMessage);
      worker.on("error", (error: Error) => died(error.message));
      worker.on("exit", (code) => died(`exit code ${code}`));
      for (let i = 0; i < TASKS_PER_WORKER; i++) send();
      if (queue.length === 0) done();
      else startClock();
    };
    for (let i = 0; i < threads; i++) run();
  });
}
