import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, writeFile, rm, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { compiledModule } from "../compiled.mjs";
import { hashModuleGraph, moduleGraph } from "../source-hash.ts";
import { EXTRACTOR_ENTRIES, extractorVersion, reusableOn, cacheKey, IngestCache, type CachedRaw, type CacheEntry, type FileRecord } from "./cache.ts";
import type { FrontMatter } from "../schema.ts";

const frontMatter: FrontMatter = {
  file: "a.txt", title: "Tiêu đề", date: "2024-03-15", dateBasis: 'event day "Ngày 15/3/2024" with its year', partners: [], partnerCodes: [],
  event: null, eventOrdinal: null, location: null, participants: [], mentioned: [], outlet: null, credits: [], id: "a", sourceHash: "x", warnings: [], corrected: [],
};
const article = (date: string | null, recheckOn: string | null): CachedRaw => ({
  ok: true, frontMatter: { ...frontMatter, date }, summary: "", story: { exact: "", signature: null }, removedCount: 0, recheckOn,
});

test("an entry holds from its own day until its date's recheck day; a skipped file on every later day", () => {
  const entry = (recheckOn: string | null): CacheEntry => ({ outcome: article("2025-12-20", recheckOn), extractedOn: "2026-01-05" });
  assert.equal(reusableOn(entry("2026-01-06"), "2026-01-05"), true);
  assert.equal(reusableOn(entry("2026-01-06"), "2026-01-06"), false);
  assert.equal(reusableOn(entry("2026-12-20"), "2026-12-19"), true);
  assert.equal(reusableOn(entry(null), "2030-03-01"), true);
  assert.equal(reusableOn(entry(null), "2026-01-04"), false, "a date allowed by a later day may be impossible on an earlier one");
  assert.equal(reusableOn({ outcome: { ok: false, reason: "no headline found" }, extractedOn: "2026-01-05" }, "2027-01-01"), true);
});

test("the key is the bytes, the path and the code, not the day", () => {
  const bytes = new TextEncoder().encode("Tiêu đề\n\nNội dung");
  assert.equal(cacheKey("v1", "a.txt", bytes), cacheKey("v1", "a.txt", bytes));
  assert.notEqual(cacheKey("v1", "a.txt", bytes), cacheKey("v1", "b.txt", bytes));
  assert.notEqual(cacheKey("v1", "a.txt", bytes), cacheKey("v2", "a.txt", bytes));
});

test("appended records replace earlier ones of the same file; a line cut short is skipped; another extractor's catalogue is empty", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "cache-"));
  try {
    const record = (file: string, reason: string): FileRecord => ({ file, stamp: "1:2:3:4", key: `${file}-${reason}`, entry: { outcome: { ok: false, reason }, extractedOn: "2026-01-05" } });
    const first = await IngestCache.open(dir, "v1");
    assert.equal(first.records.size, 0);
    const a1 = record("a.txt", "first");
    const b = record("b.txt", "b");
    await first.save([a1, b], new Map([["a.txt", a1], ["b.txt", b]]));
    const second = await IngestCache.open(dir, "v1");
    assert.equal(second.lineCount, 3, "a header and two records");
    const a2 = record("a.txt", "second");
    await second.save([a2], new Map([["a.txt", a2], ["b.txt", b]]));
    await writeFile(second.catalogueFile, '{"file":"c.txt","stamp":"1:2:3:4","entry":{"outc', { flag: "a" });
    const loaded = await IngestCache.open(dir, "v1");
    assert.equal(loaded.lineCount, 5);
    assert.deepEqual([...loaded.records.keys()].sort(), ["a.txt", "b.txt"]);
    assert.deepEqual(loaded.records.get("a.txt")!.entry.outcome, { ok: false, reason: "second" });
    assert.equal((await IngestCache.open(dir, "v2")).records.size, 0, "made by another extractor");
    assert.equal((await IngestCache.open(path.join(dir, "missing"), "v1")).records.size, 0);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("texts are kept by key, and those no live record names are deleted when the catalogue is compacted", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "cache-"));
  try {
    const cache = await IngestCache.open(dir, "v1");
    const text = (body: string) => ({ body, html: `<p>${body}</p>`, removedLines: [{ line: 1, text: "Trang chủ", reason: "navigation" }] });
    await cache.putText("k1", text("một"));
    await cache.putText("k2", text("hai"));
    assert.deepEqual(await cache.get("k1"), text("một"));
    const record = (key: string): FileRecord => ({ file: "a.txt", stamp: "s", key, entry: { outcome: article(null, null), extractedOn: "2026-01-05" } });
    // The first save writes the catalogue whole, keeping only the texts its records name.
    await cache.save([record("k2")], new Map([["a.txt", record("k2")]]));
    const names = (await readdir(path.join(dir, "texts"), { recursive: true })).filter((f) => f.endsWith(".json"));
    assert.deepEqual(names.map((f) => path.basename(f)), ["k2.json"]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("the extractor version covers every module of the project the extraction worker runs", async () => {
  const src = fileURLToPath(new URL("..", import.meta.url));
  const hashed = new Set([...(await moduleGraph(src, EXTRACTOR_ENTRIES)).keys()]);
  // What esbuild bundled into the worker (compiled.mjs), resolved by esbuild, not by the version's own reading of imports.
  const compiled = compiledModule(fileURLToPath(new URL("./worker.ts", import.meta.url)));
  const { files } = JSON.parse(await readFile(compiled.replace(/\.mjs$/, ".sources.json"), "utf8")) as { files: Record<string, string> };
  const root = path.dirname(src);
  const missing = Object.keys(files).filter((file) => !hashed.has(path.join(root, file)));
  assert.ok(Object.keys(files).length > 20, "the worker's sources are listed");
  assert.deepEqual(missing, []);
  assert.equal(await extractorVersion(), await hashModuleGraph(src, EXTRACTOR_ENTRIES), "the version is the hash of those modules");
});
