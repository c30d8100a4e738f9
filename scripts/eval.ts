/**
 * `npm run eval [-- --corpus seeds|outlets|devset|DIR] [--portal] [--isolated] [--verbose]`: scores
 * extraction against gold annotations and compares the totals with the corpus's pinned floors
 * (`--portal` wraps each page in heavier furniture first and checks the corpus's "portal" floors;
 * `--isolated` extracts each page alone, without furniture learned across the corpus).
 */
import { parseArgs } from "node:util";
import { runEval } from "../src/eval/run.ts";
import { hasCorpus } from "../src/eval/gold.ts";
import { f1 } from "../src/eval/score.ts";
import { belowFloors, resolveCorpus } from "../src/eval/corpora.ts";

const { values } = parseArgs({
  options: { corpus: { type: "string", default: "seeds" }, verbose: { type: "boolean" }, portal: { type: "boolean" }, isolated: { type: "boolean" } },
});
const verbose = values.verbose ?? false;
const { dir, floors } = resolveCorpus(values.corpus!, values.portal ?? false);
if (!hasCorpus(dir)) {
  console.error(`no gold corpus at ${dir} (expected gold/ and seeds/ in it; for the seeds, set CORPUS_DIR)`);
  process.exit(2);
}
const { files, totals } = await runEval(dir, { portal: values.portal, isolated: values.isolated });
const pct = (x: number) => x.toFixed(3);
console.log("file                       bodyP  bodyR  bodyF1 title date  partners partF1");
for (const { name, score: s } of files) {
  const p = s.bodyTp + s.bodyFp ? s.bodyTp / (s.bodyTp + s.bodyFp) : 1;
  const r = s.bodyTp + s.bodyFn ? s.bodyTp / (s.bodyTp + s.bodyFn) : 1;
  console.log(
    `${name.padEnd(26)} ${pct(p)}  ${pct(r)}  ${pct(f1(s.bodyTp, s.bodyFp, s.bodyFn))}  ${s.title ? "ok  " : "MISS"}  ${s.date === null ? "n/a " : s.date ? "ok  " : "MISS"}  ${s.partners ? "ok      " : "MISS    "} ${pct(f1(s.participantsTp, s.participantsFp, s.participantsFn))}`,
  );
  if (verbose) {
    for (const l of s.missedLines) console.log(`    missed: ${l.slice(0, 100)}`);
    for (const l of s.leakedLines) console.log(`    leaked: ${l.slice(0, 100)}`);
  }
}
console.log(
  `TOTAL                      ${pct(totals.bodyPrecision)}  ${pct(totals.bodyRecall)}  ${pct(totals.bodyF1)}  ${pct(totals.title)} ${pct(totals.date)} ${pct(totals.partners)}    ${pct(totals.participantsF1)}`,
);
const below = belowFloors(totals, floors);
for (const [k, v, floor] of below) console.log(`below floor: ${k} ${pct(v)} < ${floor}`);
process.exitCode = below.length ? 1 : 0;
