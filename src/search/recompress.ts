/**
 * Makes the files every first search loads smaller without changing a byte of what they hold.
 * Pagefind gzips its files with zlib's default settings, and its client inflates them itself
 * (any gzip stream will do). Zopfli finds a denser encoding of the same bytes: for the metadata
 * of a 10,000-page bundle (the page list and the date order) 90 kB instead of 104 kB, and 53 kB
 * instead of 55 kB for the WebAssembly. Zopfli is slow, close to a second for each of these two
 * (the WebAssembly is done once and kept in the build cache), so only they are recompressed: the
 * index chunks and fragments, many thousands of files, would gain 1–3 %.
 */
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
import { createHash } from "node:crypto";
import path from "node:path";
import { recompressedWasmFile } from "../cache-paths.ts";

/** Zopfli's passes over each file: 5 gives all but a few hundred bytes of what its default 15 gives, in two thirds of the time. */
const ZOPFLI_ITERATIONS = 5;

/** The metadata file of a bundle (one per language) and its WebAssembly. */
const META_FILE = /\.pf_meta$/;
const WASM_FILE = /^wasm\.[^/]+\.pagefind$/;

/** The same gzip content as `gzipped`, compressed by Zopfli; `gzipped` itself when that is no smaller. */
export async function recompress(gzipped: Buffer): Promise<Buffer> {
  const { gzipAsync } = await import("@gfx/zopfli");
  const denser = Buffer.from(await gzipAsync(gunzipSync(gzipped), { numiterations: ZOPFLI_ITERATIONS }));
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

/**
 * Pagefind's WebAssembly recompressed. It is the same file in every bundle of every build with
 * one Pagefind, so it is compressed once and kept in the build cache, by a hash of Pagefind's bytes.
 */
async function recompressWasm(gzipped: Buffer): Promise<Buffer> {
  const cached = recompressedWasmFile(createHash("sha1").update(gzipped).digest("hex"));
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
