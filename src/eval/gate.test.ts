/** The evaluation gate: extraction over the gold corpus must not fall below the pinned floors. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { runEval } from "./run.ts";
import { corpusDir, hasCorpus } from "./gold.ts";

const floors = JSON.parse(readFileSync(new URL("./floors.json", import.meta.url), "utf8")) as Record<string, number>;

test("gold corpus is present (../shared/corpus or $CORPUS_DIR)", () => {
  assert.ok(hasCorpus(), `no corpus at ${corpusDir()}`);
});

test("extraction scores stay at or above the pinned floors", { skip: !hasCorpus() }, async () => {
  const { totals } = await runEval();
  for (const [metric, value] of Object.entries(totals)) {
    const floor = floors[metric] ?? 0;
    assert.ok(value + 1e-9 >= floor, `${metric} ${value.toFixed(3)} fell below its floor ${floor}`);
  }
});
