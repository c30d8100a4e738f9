/**
 * Worker threads running a TypeScript module. Workers do not inherit the TypeScript loader the
 * build runs under, so a two-line bootstrap registers tsx in the worker before importing the module.
 */
import { Worker, type WorkerOptions } from "node:worker_threads";

/** Starts a worker on the module at `entry` (a file: URL), with `options` (workerData, env, …). */
export function startTsWorker(entry: URL, options: Omit<WorkerOptions, "eval"> = {}): Worker {
  const loader = import.meta.resolve("tsx/esm/api");
  const boot = `import(${JSON.stringify(loader)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { ...options, eval: true });
}
