/**
 * Makes the files every first search loads smaller without changing a byte of what they hold.
 * Pagefind gzips its files with zlib's default settings, and its client inflates them itself
 * (any gzip stream will do). Zopfli finds a denser encoding of the same bytes: for the metadata
 * of a 10,000-page bundle (the page list and the date order) 92 kB instead of 104 kB, and 53 kB
 * instead of 55 kB for the WebAssembly. Zopfli is slow, about half a second for each of these two
 * (the WebAssembly is done once and kept in the build cache), so only they are recompressed: the
 * index chunks and fragments, many thousands of files, would gain 1–3 %.
 */
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
import { createHash } from "node:crypto";
import path from "node:path";
import { recompressedWasmFile } from "../cache-paths.ts";

/**
 * Zopfli's settings. Its time goes mostly into splitting a file into blocks, and grows with the
 * number of blocks far more than with the file's size: the metadata of 1,000 pages (21 kB) took
 * 1.5 s with its default of 15 blocks and 0.18 s with 6; that of 10,000 pages (197 kB) 0.87 s
 * and 0.60 s, for 90.2 kB and 91.9 kB (zlib: 103.8 kB). Its passes matter less: 5 gives all but a
 * few hundred bytes of what its default 15 gives.
 */
const ZOPFLI = { numiterations: 5, blocksplittingmax: 6 };

/** The metadata file of a bundle (one per language) and its WebAssembly. */
const META_FILE = /\.pf_meta$/;
const WASM_FILE = /^wasm\.[^/]+\.pagefind$/;

/** The same gzip content as `gzipped`, compressed by Zopfli; `gzipped` itself when that is no smaller. */
export async function recompress(gzipped: Buffer): Promise<Buffer> {
  const { gzipAsync } = await import("@gfx/zopfli");
  const denser = Buffer.from(await gzipAsync(gunzipSync(gzipped), ZOPFLI));
  return denser.length < gzipped.length ? denser : gzipped;
}

/** Whether `gzipped` is a gzip stream of exactly `bytes` (a kept file is checked before it is used). */
function inflatesTo(gzipped: Buffer, bytes: Buffer): boolean {
  try {
    return gunzipSync(gzipped).equals(bytes);
  } catch {
    return false;
  }
}

/** Where the recompressed copy of Pagefind's WebAssembly `gzipped` is kept: named by a hash of it and of the settings. */
export function keptWasmFile(gzipped: Buffer): string {
  return recompressedWasmFile(createHash("sha1").update(JSON.stringify(ZOPFLI)).update(gzipped).digest("hex"));
}

/**
 * Pagefind's WebAssembly recompressed. It is the same file in every bundle of every build with
 * one Pagefind, so it is compressed once and kept in the build cache (keptWasmFile).
 */
async function recompressWasm(gzipped: Buffer): Promise<Buffer> {
  const cached = keptWasmFile(gzipped);
  const kept = await readFile(cached).catch(() => null);
  if (kept && inflatesTo(kept, gunzipSync(gzipped))) return kept;
  const result = await recompress(gzipped);
  // A cache that cannot be written costs the next build a second; it never fails this one.
  await mkdir(path.dirname(cached), { recursive: true })
    .then(() => writeFile(`${cached}.${process.pid}`, result))
    .then(() => rename(`${cached}.${process.pid}`, cached))
    .catch(() => {});
  return result;
}

/**
 * Recompresses the metadata of the bundle in `bundleDir`, and its WebAssembly unless `wasm` is
 * false (a delta bundle's is never loaded: its client is the first shard's). Returns the bytes saved.
 */
export async function recompressBundle(bundleDir: string, { wasm = true } = {}): Promise<number> {
  const names = (await readdir(bundleDir)).filter((name) => META_FILE.test(name) || (wasm && WASM_FILE.test(name)));
  let saved = 0;
  for (const name of names) {
    const file = path.join(bundleDir, name);
    const before = await readFile(file);
    const after = await (WASM_FILE.test(name) ? recompressWasm(before) : recompress(before));
    if (after.length < before.length) {
      await writeFile(file, after);
      saved += before.length - after.length;
    }
  }
  return saved;
}
