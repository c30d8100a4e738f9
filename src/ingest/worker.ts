/**
 * Worker thread of the parallel ingest: runs `extractFile` on each file the pool sends, after
 * telling the pool it has loaded (the pool's per-file clock starts then).
 */
import { parentPort } from "node:worker_threads";
import { extractFile } from "./extract-file.ts";
import type { FileTask, WorkerMessage } from "./pool.ts";

/**
 * Test-only hook: while the environment variable VN_ARCHIVE_TEST_SLOW_FILE is set, a file whose
 * path contains its value spins for ten minutes before extraction, standing in for a pattern that
 * runs away, so tests can check the pool's time limit (test/hung-file.test.ts,
 * src/ingest/pool.test.ts). Only this worker reads it; never set it otherwise.
 */
const SLOW_SPIN_MS = 10 * 60_000;

function spinIfSlowForTests(file: string): void {
  const slow = process.env.VN_ARCHIVE_TEST_SLOW_FILE;
  if (!slow || !file.includes(slow)) return;
  const until = Date.now() + SLOW_SPIN_MS;
  while (Date.now() < until);
}

const post = (message: WorkerMessage) => parentPort!.postMessage(message);

parentPort!.on("message", (task: FileTask) => {
  spinIfSlowForTests(task.file);
  post({ id: task.id, outcome: extractFile(task.bytes, task.file, task.options) });
});
post({ ready: true });
