import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, writeFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { dependsOnToday, reusableOn, loadCache, appendCache, cacheKey, type CachedRaw, type CacheEntry } from "./cache.ts";
import type { FrontMatter } from "../schema.ts";

const frontMatter: FrontMatter = {
  file: "a.txt", title: "Tiêu đề", date: "2024-03-15", dateBasis: 'event day "Ngày 15/3/2024" with its year', partners: [], partnerCodes: [],
  event: null, eventOrdinal: null, location: null, participants: [], outlet: null, credits: [], id: "a", sourceHash: "x", warnings: [], corrected: [],
};
const article = (date: string | null, dateBasis: string): CachedRaw => ({ ok: true, frontMatter: { ...frontMatter, date, dateBasis }, body: "", html: "", removedLines: [] });
const noLines = () => [];

test("a date bounded by today depends on the day; one with its own year or a page clock does not", () => {
  const day = "2026-01-05";
  assert.equal(dependsOnToday(article("2024-03-15", 'event day "Ngày 15/3/2024" with its year'), noLines, day), false);
  assert.equal(dependsOnToday(article("2026-01-01", 'event day "Ngày 1/1"; year 2026 from the page clock "Thứ sáu, 02/01/2026 10:15 GMT+7", on or just after the event\'s day'), noLines, day), false);
  assert.equal(dependsOnToday(article("2025-12-20", 'event day "Sáng 20/12"; year 2025 named in the article ("2025"), … and not after today (2026-01-05)'), noLines, day), true);
  assert.equal(dependsOnToday(article(null, 'event day "Ngày 20/1/2026" is after today (2026-01-05)'), noLines, day), true);
  // No date at all: a year the article names after today was set aside without the basis saying so.
  assert.equal(dependsOnToday(article(null, 'event day "Ngày 1/1" without a year, and neither the article nor a page clock gives one'), noLines, day), true);
  assert.equal(dependsOnToday({ ok: false, reason: "no headline found" }, noLines, day), false);
});

test("a page clock after the day makes the date depend on it, though the basis names another clock", () => {
  const outcome = article("2026-01-01", 'event day "Ngày 1/1"; year 2026 from the page clock "Thứ sáu, 02/01/2026 10:15 GMT+7", on or just after the event\'s day');
  const lines = ["Thứ hai, 19/01/2026 08:30 GMT+7", "", "Bộ đội Biên phòng tuần tra chung", "Thứ sáu, 02/01/2026 10:15 GMT+7"];
  assert.equal(dependsOnToday(outcome, () => lines, "2026-01-05"), true);
  assert.equal(dependsOnToday(outcome, () => lines, "2026-01-19"), false, "once its day has come the clock is a bound like any other");
});

test("an entry is reused on its own day and, when today played no part, on later days only", () => {
  const entry = (todayDependent: boolean): CacheEntry => ({ outcome: { ok: false, reason: "x" }, extractedOn: "2026-01-05", todayDependent });
  assert.equal(reusableOn(entry(true), "2026-01-05"), true);
  assert.equal(reusableOn(entry(true), "2026-01-06"), false);
  assert.equal(reusableOn(entry(false), "2026-03-01"), true);
  assert.equal(reusableOn(entry(false), "2026-01-04"), false, "a date allowed by a later day may be impossible on an earlier one");
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
    const entry = (reason: string): CacheEntry => ({ outcome: { ok: false, reason }, extractedOn: "2026-01-05", todayDependent: false });
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
