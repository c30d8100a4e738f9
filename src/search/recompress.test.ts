/**
 * Recompressed files: what a Pagefind client inflates is byte for byte what Pagefind wrote, no
 * file grows, and the WebAssembly every first search loads shrinks.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { gunzipSync, gzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import path from "node:path";
import * as pagefind from "pagefind";
import { keptWasmFile, recompress, recompressBundle } from "./recompress.ts";

/** Reads every top-level file of `dir` by name. */
async function filesOf(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(path.join(dir, name))] as const)));
}

async function writeBundle(dir: string): Promise<void> {
  const { index } = await pagefind.createIndex({ forceLanguage: "vi" });
  const partners = ["Lào", "Campuchia", "Nhật Bản", "Ấn Độ", "Hoa Kỳ"];
  for (let i = 0; i < 60; i++) {
    const partner = partners[i % partners.length]!;
    const html = `<!doctype html><html lang="vi"><body><article data-pagefind-body><h1>Hội đàm số ${i} với ${partner}</h1><p>Hai bên trao đổi về hợp tác lần thứ ${i * 7}.</p><span hidden data-pagefind-sort="day[data-value]" data-value="${20200101 + i}"></span></article></body></html>`;
    await index!.addHTMLFile({ url: `/bai-viet/${i}/`, content: html });
  }
  await index!.writeFiles({ outputPath: dir });
  await pagefind.close();
}

test("a bundle's metadata and WebAssembly inflate to exactly what Pagefind wrote, and none grows", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "recompress-"));
  try {
    await writeBundle(dir);
    const before = await filesOf(dir);
    const saved = await recompressBundle(dir);
    const after = await filesOf(dir);
    assert.deepEqual([...after.keys()], [...before.keys()], "every file keeps its name");
    const meta = [...before.keys()].filter((name) => name.endsWith(".pf_meta"));
    const wasm = [...before.keys()].filter((name) => /^wasm\..+\.pagefind$/.test(name));
    assert.equal(meta.length, 1);
    assert.equal(wasm.length, 1);
    for (const name of [...meta, ...wasm]) {
      assert.deepEqual(gunzipSync(after.get(name)!), gunzipSync(before.get(name)!), `${name} inflates to the same bytes`);
      assert.ok(after.get(name)!.length <= before.get(name)!.length, `${name} is no larger`);
    }
    assert.ok(after.get(wasm[0]!)!.length < before.get(wasm[0]!)!.length, "the WebAssembly is smaller");
    const total = (files: Map<string, Buffer>) => [...files.values()].reduce((sum, bytes) => sum + bytes.length, 0);
    assert.equal(saved, total(before) - total(after), "it reports the bytes it saved");
    for (const name of before.keys()) {
      if (!meta.includes(name) && !wasm.includes(name)) assert.deepEqual(after.get(name), before.get(name), `${name} is untouched`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("a delta bundle keeps its WebAssembly as Pagefind wrote it", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "recompress-delta-"));
  try {
    await writeBundle(dir);
    const before = await filesOf(dir);
    await recompressBundle(dir, { wasm: false });
    const after = await filesOf(dir);
    for (const name of before.keys()) if (/^wasm\./.test(name)) assert.deepEqual(after.get(name), before.get(name));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("a file zopfli cannot shrink is given back as it was", async () => {
  const tiny = gzipSync("", { level: 9 });
  assert.equal(await recompress(tiny), tiny);
});

test("the WebAssembly is kept recompressed in the build cache, and a damaged copy there is made again", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "recompress-cache-"));
  try {
    await writeBundle(dir);
    const [name] = (await readdir(dir)).filter((n) => /^wasm\..+\.pagefind$/.test(n));
    const original = await readFile(path.join(dir, name!));
    const cached = keptWasmFile(original);
    await mkdir(path.dirname(cached), { recursive: true });
    await writeFile(cached, gzipSync("not the WebAssembly"));
    await recompressBundle(dir);
    const written = await readFile(path.join(dir, name!));
    assert.deepEqual(gunzipSync(written), gunzipSync(original), "the damaged copy was not used");
    assert.deepEqual(await readFile(cached), written, "the cache holds the recompressed file again");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
