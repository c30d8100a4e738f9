/**
 * The project's TypeScript compiled by esbuild into one JavaScript file per entry module, kept
 * under `node_modules/.cache` with the list of sources each file was made from, and compiled again
 * when one of them (or the installed packages, package-lock.json) changed. Node then loads one
 * file instead of a module at a time through a TypeScript loader (tsx), whose hooks also see
 * every module of every package loaded after it.
 *
 * Plain JavaScript, unlike the rest of the project, because it is what lets Node run the rest
 * without a loader: scripts/run.mjs starts the build and the server through it, and
 * src/ts-worker.ts starts worker threads through it.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, buildSync } from "esbuild";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The script that runs a program of the project compiled (`node scripts/run.mjs PROGRAM.ts …`). */
export const PROGRAM_RUNNER = path.join(ROOT, "scripts", "run.mjs");

/** Where compiled files are kept, each with the list of sources it was made from. */
export const COMPILED_DIR = path.join(ROOT, "node_modules", ".cache", "vn-archive-compiled");

/** The hash of a file's bytes, or null when it cannot be read. */
function hashOf(file) {
  try {
    return createHash("sha1").update(readFileSync(file)).digest("base64url");
  } catch {
    return null;
  }
}

/**
 * Where `entry` (a path under `root`) is compiled to, with its sources' list, and whether the
 * compiled file is there and was made from the sources as they are now.
 */
function cached(entry, cacheDir, root) {
  const name = path.relative(root, entry).replace(/\.ts$/, "").replace(/[\\/]/g, "_");
  const output = path.join(cacheDir, `${name}.mjs`);
  const listFile = path.join(cacheDir, `${name}.sources.json`);
  const packages = hashOf(path.join(root, "package-lock.json")) ?? "";
  let sources = null;
  try {
    sources = JSON.parse(readFileSync(listFile, "utf8"));
  } catch {
    // Never compiled here, or a list cut short: not fresh.
  }
  const fresh =
    sources !== null &&
    // A program's file holds its sources' absolute paths (SOURCE_LOCATIONS): a copy of the project
    // elsewhere, even one sharing this node_modules, compiles its own.
    sources.root === root &&
    sources.packages === packages &&
    Object.entries(sources.files).every(([file, hash]) => hashOf(path.join(root, file)) === hash) &&
    existsSync(output);
  return { output, listFile, packages, fresh };
}

/** esbuild's options for `entry`, written to `outfile`. */
function options(entry, outfile, root) {
  return {
    entryPoints: [entry],
    outfile,
    absWorkingDir: root,
    bundle: true,
    platform: "node",
    format: "esm",
    target: `node${process.versions.node}`,
    // Packages written in CommonJS call require(), which an ES module has to be given.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    metafile: true,
    logLevel: "silent",
  };
}

/**
 * Moves a compiled file into place and records the project sources it was made from (written
 * beside and renamed, so that a process loading it meanwhile never reads half a file).
 */
function keep(result, partial, { output, listFile, packages }, root) {
  const files = {};
  for (const input of Object.keys(result.metafile.inputs)) {
    if (input.split("/").includes("node_modules")) continue;
    files[input] = hashOf(path.join(root, input)) ?? "";
  }
  renameSync(partial, output);
  writeFileSync(`${listFile}.${process.pid}`, JSON.stringify({ root, files, packages }));
  renameSync(`${listFile}.${process.pid}`, listFile);
  return output;
}

/**
 * The compiled file of the module `entry` (a path under `root`) with everything it imports,
 * packages included: for worker threads, which start from it. `cacheDir` and `root` are for tests.
 */
export function compiledModule(entry, cacheDir = COMPILED_DIR, root = ROOT) {
  const target = cached(entry, cacheDir, root);
  if (target.fresh) return target.output;
  mkdirSync(cacheDir, { recursive: true });
  const partial = `${target.output}.${process.pid}`;
  return keep(buildSync(options(entry, partial, root)), partial, target, root);
}

/**
 * Gives each project module its own source file's `import.meta.url` (and `dirname`, `filename`),
 * as when it runs from its source: modules find the project's files (templates, worker modules)
 * from there. The declaration goes on the module's first line, so its line numbers stay.
 */
const SOURCE_LOCATIONS = {
  name: "source-locations",
  setup(compile) {
    compile.onLoad({ filter: /\.m?[jt]s$/ }, async ({ path: file }) => {
      if (file.split(path.sep).includes("node_modules")) return undefined;
      const here = `const __sourceUrl = ${JSON.stringify(pathToFileURL(file).href)}, __sourceDirname = ${JSON.stringify(path.dirname(file))}, __sourceFilename = ${JSON.stringify(file)}; `;
      return { contents: here + (await readFile(file, "utf8")), loader: file.endsWith("ts") ? "ts" : "js" };
    });
  },
};

/**
 * The compiled file of the program `entry` (a path under `root`, such as scripts/build.ts): the
 * project's modules in one file, packages left to Node to load as they are (Eleventy finds its own
 * files from where it is installed), each module keeping its source's location (SOURCE_LOCATIONS).
 */
export async function compiledProgram(entry, cacheDir = COMPILED_DIR, root = ROOT) {
  const target = cached(entry, cacheDir, root);
  if (target.fresh) return target.output;
  mkdirSync(cacheDir, { recursive: true });
  const partial = `${target.output}.${process.pid}`;
  const result = await build({
    ...options(entry, partial, root),
    packages: "external",
    define: { "import.meta.url": "__sourceUrl", "import.meta.dirname": "__sourceDirname", "import.meta.filename": "__sourceFilename" },
    plugins: [SOURCE_LOCATIONS],
  });
  return keep(result, partial, target, root);
}
