import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, writeFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { reusableOn, loadCache, appendCache, cacheKey, type CachedRaw, type CacheEntry } from "./cache.ts";
import type { FrontMatter } from "../schema.ts";

const frontMatter: FrontMatter = {
  file: "a.txt", title: "Tiêu đề", date: "2024-03-15", dateBasis: 'event day "Ngày 15/3/2024" with its year', partners: [], partnerCodes: [],
  event: null, eventOrdinal: null, location: null, participants: [], mentioned: [], outlet: null, credits: [], id: "a", sourceHash: "x", warnings: [], corrected: [],
};
const article = (date: string | null, recheckOn: string | null): CachedRaw => ({
  ok: true, frontMatter: { ...frontMatter, date }, body: "", html: "", removedLines: [], recheckOn, repeatables: { outside: [], inside: [], title: null },
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

test("appended lines replace earlier ones with the same key; a line cut short is skipped, not the whole cache", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "cache-"));
  try {
    const file = path.join(dir, "c.ndjson");
    const entry = (reason: string): CacheEntry => ({ outcome: { ok: false, reason }, extractedOn: "2026-01-05" });
    await appendCache(file, [["a", entry("first")], ["b", entry("b")]]);
    await appendCache(file, [["a", entry("second")]]);
    await writeFile(file, '["c",{"outcome":{"ok":fal', { flag: "a" });
    const loaded = await loadCache(file);
    assert.equal(loaded.lines, 4);
    assert.deepEqual([...loaded.entries.keys()].sort(), ["a", "b"]);
    assert.deepEqual(loaded.entries.get("a")!.outcome, { ok: false, reason: "second" });
    assert.equal((await loadCache(path.join(dir, "missing.ndjson"))).entries.size, 0);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
