/**
 * `npm run eval [-- --corpus seeds|outlets|devset|DIR] [--portal] [--isolated] [--verbose]`: scores
 * extraction against gold annotations and compares the totals with the corpus's pinned floors
 * (`--portal` wraps each page in heavier furniture first and checks the corpus's "portal" floors;
 * `--isolated` extracts each page alone, without furniture learned across the corpus).
 */
import { parseArgs } from "node:util";
import { runEval } from "../src/eval/run.ts";
import { hasCorpus } from "../src/eval/gold.ts";
import { f1, type Totals } from "../src/eval/score.ts";
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
/** A yes/no/not-scored cell: "ok", "MISS" or "n/a". */
const mark = (v: boolean | null) => (v === null ? "n/a " : v ? "ok  " : "MISS");
console.log("file                       bodyP  bodyR  bodyF1 title date  restr partn partF1 place outlet");
for (const { name, score: s } of files) {
  const p = s.bodyTp + s.bodyFp ? s.bodyTp / (s.bodyTp + s.bodyFp) : 1;
  const r = s.bodyTp + s.bodyFn ? s.bodyTp / (s.bodyTp + s.bodyFn) : 1;
  console.log(
    `${name.padEnd(26)} ${pct(p)}  ${pct(r)}  ${pct(f1(s.bodyTp, s.bodyFp, s.bodyFn))}  ${mark(s.title)}  ${mark(s.date)}  ${mark(s.dateRestraint)}  ${mark(s.partners)}  ${pct(f1(s.participantsTp, s.participantsFp, s.participantsFn))}  ${mark(s.place)}  ${s.outletKnown ? (s.outletRight === false ? "wrong" : "ok   ") : "-    "}`,
  );
  if (verbose) {
    for (const l of s.missedLines) console.log(`    missed: ${l.slice(0, 100)}`);
    for (const l of s.leakedLines) console.log(`    leaked: ${l.slice(0, 100)}`);
  }
}
console.log(
  `TOTAL                      ${pct(totals.bodyPrecision)}  ${pct(totals.bodyRecall)}  ${pct(totals.bodyF1)}  ${pct(totals.title)} ${pct(totals.date)} ${pct(totals.dateRestraint)} ${pct(totals.partners)} ${pct(totals.participantsF1)}  ${pct(totals.place)} ${pct(totals.outletKnown)}`,
);
/** What each metadata figure measures, for the summary below the table. */
const EXPLAINED: [keyof Totals, string][] = [
  ["date", "dates right where the text supports one"],
  ["dateRestraint", "no date where the text alone supports none"],
  ["partners", "partner sets exactly right, all pages"],
  ["partnersNamed", "partner sets exactly right, pages whose gold names partners"],
  ["participantsF1", "participants F1 (people only mentioned count neither way)"],
  ["place", "place of the event right, pages where gold or extraction gives one"],
  ["outletKnown", "outlet named, file as given"],
  ["outletFiled", "outlet named, file kept in a folder named after its site"],
  ["outletRight", "outlet right where gold and extraction both name one"],
];
// A figure no page of the corpus can score (no gold URL, no unsupported date) is shown as n/a, not as its default 1.
const scored: Partial<Record<keyof Totals, boolean>> = {
  dateRestraint: files.some((f) => f.score.dateRestraint !== null),
  partnersNamed: files.some((f) => f.score.partnersNamed !== null),
  place: files.some((f) => f.score.place !== null),
  outletFiled: files.some((f) => f.score.outletFiled !== null),
  outletRight: files.some((f) => f.score.outletRight !== null),
};
for (const [k, what] of EXPLAINED) console.log(`  ${k.padEnd(15)} ${scored[k] === false ? "n/a  " : pct(totals[k])}  ${what}`);
const below = belowFloors(totals, floors);
for (const [k, v, floor] of below) console.log(`below floor: ${k} ${pct(v)} < ${floor}`);
process.exitCode = below.length ? 1 : 0;
