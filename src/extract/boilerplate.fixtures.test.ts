/**
 * Fixture pages in the style of other outlets: test/fixtures/boilerplate/<case>/input.txt is cleaned
 * and compared with expected.json beside it. `UPDATE=1` rewrites the expected files (review the diff).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { splitLines } from "./lines.ts";
import { stripBoilerplate } from "./boilerplate.ts";
import type { CleanedArticle } from "./types.ts";

const FIXTURES = path.join(import.meta.dirname, "../../test/fixtures/boilerplate");

/** The readable form kept in expected.json: one string per block and per removed line. */
function summary(cleaned: CleanedArticle) {
  return {
    title: cleaned.title,
    titleLine: cleaned.titleLine,
    bylines: cleaned.bylines,
    blocks: cleaned.blocks.map((b) => `${(b.lines ?? [b.line]).join(",")} ${b.kind}: ${b.text}`),
    removed: cleaned.removed.map((r) => `${r.line} [${r.reason}] ${r.text}`),
  };
}

for (const name of readdirSync(FIXTURES).sort()) {
  const dir = path.join(FIXTURES, name);
  const input = path.join(dir, "input.txt");
  if (!existsSync(input)) continue;
  test(`boilerplate fixture ${name}`, () => {
    const lines = splitLines(readFileSync(input, "utf8"));
    const cleaned = stripBoilerplate(lines);
    const accounted = [...cleaned.titleLines, ...cleaned.blocks.flatMap((b) => b.lines ?? [b.line]), ...cleaned.removed.map((r) => r.line)];
    const nonEmpty = lines.flatMap((l, i) => (l.trim() === "" ? [] : [i + 1]));
    assert.deepEqual([...accounted].filter((n) => n !== null).sort((a, b) => a - b), nonEmpty, "every non-empty line accounted for once");
    const expectedFile = path.join(dir, "expected.json");
    const got = summary(cleaned);
    if (process.env.UPDATE === "1") {
      writeFileSync(expectedFile, `${JSON.stringify(got, null, 2)}\n`);
      return;
    }
    assert.ok(existsSync(expectedFile), `${expectedFile} is missing: run with UPDATE=1 and review it`);
    assert.deepEqual(got, JSON.parse(readFileSync(expectedFile, "utf8")));
  });
}
