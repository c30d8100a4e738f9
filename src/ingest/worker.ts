/** Worker thread of the parallel ingest: runs `extractFile` on each file the pool sends. */
import { parentPort } from "node:worker_threads";
import { extractFile } from "./extract-file.ts";
import type { WorkerTask } from "./pool.ts";

parentPort!.on("message", (task: WorkerTask) => {
  parentPort!.postMessage({ id: task.id, outcome: extractFile(task.bytes, task.file, task.options) });
});
