/** Where a build keeps what it needs between builds, under node_modules/.cache/vn-archive/. */
import { createHash } from "node:crypto";
import path from "node:path";

const CACHE_ROOT = "node_modules/.cache/vn-archive";

/** Where ingest keeps its cache and Markdown for one content folder. */
export function cacheDirFor(contentDir: string): string {
  const key = createHash("sha1").update(path.resolve(contentDir)).digest("hex").slice(0, 12);
  return path.resolve(CACHE_ROOT, key);
}

/** Where the manifest of the pages last built into `outDir` is kept (see render/reuse.ts). */
export function manifestFileFor(outDir: string): string {
  const key = createHash("sha1").update(path.resolve(outDir)).digest("hex").slice(0, 12);
  return path.resolve(CACHE_ROOT, "pages", `${key}.json`);
}

/** Where Pagefind's WebAssembly is kept recompressed, under `key` (see keptWasmFile in search/recompress.ts). */
export function recompressedWasmFile(key: string): string {
  return path.resolve(CACHE_ROOT, "recompressed", `${key}.pagefind`);
}
