/**
 * Hashes of source code, for caches that must be thrown away when the code that filled them
 * changes: the extraction cache (a folder of sources) and the rendered pages (the modules the
 * templates import, followed through their relative imports). Test files are left out.
 */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/**
 * Relative module specifiers of static imports and re-exports (type-only ones are left out: they
 * do not run) and of dynamic imports.
 */
const RELATIVE_IMPORT = /^\s*(?:import|export)(?!\s+type\b)[^;]*?\bfrom\s*["'](\.{1,2}\/[^"'\n]+)["']|\bimport\s*\(\s*["'](\.{1,2}\/[^"'\n]+)["']/gm;

async function hashFiles(root: string, files: Iterable<string>, extra: readonly string[]): Promise<string> {
  const hash = createHash("sha256");
  for (const f of [...files].sort()) {
    const bytes = await readFile(f).catch(() => null);
    // Folders are listed too; only files count.
    if (bytes !== null) hash.update(path.relative(root, f)).update("\0").update(bytes).update("\0");
  }
  for (const s of extra) hash.update(s).update("\0");
  return hash.digest("hex");
}

/** Hashes the files (and, for folders, every file below them) under `root`, plus `extra` strings. */
export async function hashSources(root: string, entries: readonly string[], extra: readonly string[] = []): Promise<string> {
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.join(root, entry);
    const listed = await readdir(full, { recursive: true }).catch(() => null);
    if (listed === null) files.push(full);
    else for (const f of listed) if (!f.endsWith(".test.ts")) files.push(path.join(full, f));
  }
  return hashFiles(root, files, extra);
}

/** Hashes the modules `entries` (paths under `root`) and every module they import, relatively, in turn. */
export async function hashModuleGraph(root: string, entries: readonly string[], extra: readonly string[] = []): Promise<string> {
  const seen = new Set<string>();
  const queue = entries.map((e) => path.join(root, e));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = await readFile(file, "utf8").catch(() => "");
    for (const [, fromStatement, dynamic] of text.matchAll(RELATIVE_IMPORT)) queue.push(path.resolve(path.dirname(file), (fromStatement ?? dynamic)!));
  }
  return hashFiles(root, seen, extra);
}
