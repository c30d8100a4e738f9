/**
 * Worker threads running a TypeScript module. A worker starts from its module compiled by esbuild
 * into one JavaScript file with everything it imports, packages included, kept under
 * `node_modules/.cache` and compiled again when one of the project's sources it was made from, or
 * the installed packages (package-lock.json), changed. Loading that one file took 0.17 s for the
 * extraction worker, against 0.52 s through tsx's loader (which workers do not inherit, so each
 * registered it again and loaded a module at a time through it). Should compiling fail, the worker
 * runs its TypeScript through tsx as before.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";
import { buildSync } from "esbuild";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Where compiled workers are kept, with the list of sources each was made from. */
export const COMPILED_DIR = path.join(ROOT, "node_modules", ".cache", "vn-archive-workers");

/** A compiled module's sources: each project file's hash, and the installed packages' (package-lock.json). */
interface Sources {
  files: Record<string, string>;
  packages: string;
}

/** Each entry's compiled file ("" when compiling failed: tsx runs it), once checked in this process. */
const compiled = new Map<string, string>();

/** Starts a worker on the module at `entry` (a file: URL), with `options` (workerData, env, …). */
export function startTsWorker(entry: URL, options: Omit<WorkerOptions, "eval"> = {}): Worker {
  const file = fileURLToPath(entry);
  if (!compiled.has(file)) {
    try {
      compiled.set(file, compiledModule(file));
    } catch {
      compiled.set(file, "");
    }
  }
  const module = compiled.get(file);
  if (module) return new Worker(pathToFileURL(module), options);
  const loader = import.meta.resolve("tsx/esm/api");
  const boot = `import(${JSON.stringify(loader)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { ...options, eval: true });
}

/** The hash of a file's bytes, or null when it cannot be read. */
function hashOf(file: string): string | null {
  try {
    return createHash("sha1").update(readFileSync(file)).digest("base64url");
  } catch {
    return null;
  }
}

/**
 * The compiled file of the TypeScript module `entry` (a path under `root`), compiled first when it
 * is missing or was made from other sources. `cacheDir` and `root` are for tests.
 */
export function compiledModule(entry: string, cacheDir = COMPILED_DIR, root = ROOT): string {
  const name = path.relative(root, entry).replace(/\.ts$/, "").replace(/[\\/]/g, "_");
  const output = path.join(cacheDir, `${name}.mjs`);
  const listFile = path.join(cacheDir, `${name}.sources.json`);
  const packages = hashOf(path.join(ROOT, "package-lock.json")) ?? "";
  let sources: Sources | null = null;
  try {
    sources = JSON.parse(readFileSync(listFile, "utf8")) as Sources;
  } catch {
    // Never compiled here, or a list cut short: compiled below.
  }
  const fresh = sources !== null && sources.packages === packages && Object.entries(sources.files).every(([file, hash]) => hashOf(path.join(root, file)) === hash) && existsSync(output);
  if (!fresh) {
    mkdirSync(cacheDir, { recursive: true });
    // Written beside and renamed, so that a process starting a worker meanwhile never loads half a file.
    const partial = `${output}.${process.pid}`;
    const result = buildSync({
      entryPoints: [entry],
      outfile: partial,
      absWorkingDir: root,
      bundle: true,
      platform: "node",
      format: "esm",
      target: `node${process.versions.node}`,
      // Packages written in CommonJS call require(), which an ES module has to be given.
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
      metafile: true,
      logLevel: "silent",
    });
    const files: Record<string, string> = {};
    for (const input of Object.keys(result.metafile.inputs)) {
      if (input.split("/").includes("node_modules")) continue;
      files[input] = hashOf(path.join(root, input)) ?? "";
    }
    renameSync(partial, output);
    writeFileSync(`${listFile}.${process.pid}`, JSON.stringify({ files, packages } satisfies Sources));
    renameSync(`${listFile}.${process.pid}`, listFile);
  }
  return output;
}
