/** The evaluation gate: extraction over each gold corpus must not fall below its pinned floors. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { runEval } from "./run.ts";
import { hasCorpus, loadGold } from "./gold.ts";
import { processRaw } from "../ingest/article.ts";
import { belowFloors, CORPORA, resolveCorpus } from "./corpora.ts";

/** Corpora restored locally (page text that is not ours to commit): skipped, with how to restore them, when absent. */
const LOCAL_ONLY: Record<string, string> = {
  devset: "the development set is not restored here: see ../shared/devset/README.md (restore into .devset/raw, then node ../shared/devset/unpack.mjs .devset/raw .devset/gold)",
};

for (const name of Object.keys(CORPORA)) {
  const { dir, floors } = resolveCorpus(name);
  const absent = LOCAL_ONLY[name] !== undefined && !hasCorpus(dir) ? LOCAL_ONLY[name] : false;

  test(`${name}: gold corpus is present at ${dir}`, { skip: absent }, () => {
    assert.ok(hasCorpus(dir), `no corpus at ${dir} (for the seeds: ../shared/corpus or $CORPUS_DIR)`);
  });

  test(`${name}: extraction scores stay at or above the pinned floors`, { skip: absent || !hasCorpus(dir) }, async () => {
    assert.ok(Object.keys(floors).length > 0, "the corpus has floors");
    const { totals } = await runEval(dir);
    assert.deepEqual(belowFloors(totals, floors), []);
  });

  test(`${name}: in heavier portal furniture, scores stay at or above the pinned floors`, { skip: absent || !hasCorpus(dir) }, async () => {
    const { floors: portalFloors } = resolveCorpus(name, true);
    assert.ok(Object.keys(portalFloors).length > 0, "the corpus has portal floors");
    const { totals } = await runEval(dir, { portal: true });
    assert.deepEqual(belowFloors(totals, portalFloors), []);
  });
}

test("outlets: where the text alone cannot support a year, the date is null with a warning", async () => {
  const { dir } = resolveCorpus("outlets");
  const unsupported = (await loadGold(dir)).filter((g) => !g.gold.date_from_text);
  assert.ok(unsupported.length > 0, "the corpus has such a case");
  for (const { name, raw } of unsupported) {
    const result = processRaw(raw, `${name}.txt`);
    assert.ok(result.ok, `${name} is an article`);
    assert.equal(result.frontMatter.date, null, `${name}: ${result.frontMatter.dateBasis}`);
    assert.ok(result.frontMatter.warnings.some((w) => /date/i.test(w)), `${name} warns about its date`);
  }
});
