/**
 * Hashes of source code, for caches that must be thrown away when the code that filled them
 * changes: the extraction cache (the modules the extraction worker and the ingest import) and the
 * rendered pages (the modules the templates import), each followed through its relative imports.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";

/**
 * Relative module specifiers of static imports and re-exports (type-only ones are left out: they
 * do not run) and of dynamic imports.
 */
const RELATIVE_IMPORT = /^\s*(?:import|export)(?!\s+type\b)[^;]*?\bfrom\s*["'](\.{1,2}\/[^"'\n]+)["']|\bimport\s*\(\s*["'](\.{1,2}\/[^"'\n]+)["']/gm;

/** A hash of files' paths under `root` and bytes (null: not a file, left out), plus `extra` strings. */
function digestOf(root: string, files: ReadonlyMap<string, Buffer | null>, extra: readonly string[]): string {
  const hash = createHash("sha256");
  for (const f of [...files.keys()].sort()) {
    const bytes = files.get(f);
    if (bytes) hash.update(path.relative(root, f)).update("\0").update(bytes).update("\0");
  }
  for (const s of extra) hash.update(s).update("\0");
  return hash.digest("hex");
}

/** The bytes of each file, read concurrently (null for a folder or a missing file). */
async function readAll(files: readonly string[]): Promise<Map<string, Buffer | null>> {
  const bytes = await Promise.all(files.map((f) => readFile(f).catch(() => null)));
  return new Map(files.map((f, i) => [f, bytes[i]!]));
}

/** Hashes the modules `entries` (paths under `root`) and every module they import, relatively, in turn. */
export async function hashModuleGraph(root: string, entries: readonly string[], extra: readonly string[] = []): Promise<string> {
  return digestOf(root, await moduleGraph(root, entries), extra);
}

/** The modules `entries` (paths under `root`) and every module they import, relatively, in turn, with their bytes (null: not a file). */
export async function moduleGraph(root: string, entries: readonly string[]): Promise<Map<string, Buffer | null>> {
  const files = new Map<string, Buffer | null>();
  // Read a level of imports at a time, all of its files at once.
  let level = entries.map((e) => path.join(root, e));
  while (level.length > 0) {
    const read = await readAll([...new Set(level)].filter((f) => !files.has(f)));
    level = [];
    for (const [file, bytes] of read) {
      files.set(file, bytes);
      if (bytes === null) continue;
      for (const [, fromStatement, dynamic] of bytes.toString("utf8").matchAll(RELATIVE_IMPORT)) level.push(path.resolve(path.dirname(file), (fromStatement ?? dynamic)!));
    }
  }
  return files;
}
