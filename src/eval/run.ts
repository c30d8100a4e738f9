/** Runs extraction over the gold corpus and returns per-file and total scores. */
import { processRaw } from "../ingest/article.ts";
import { splitLines } from "../extract/lines.ts";
import { loadGold, corpusDir } from "./gold.ts";
import { scoreFile, totals, type FileScore, type Totals } from "./score.ts";
import type { Extraction } from "../schema.ts";

export interface EvalResult {
  files: { name: string; score: FileScore }[];
  totals: Totals;
}

const EMPTY: Omit<Extraction, "file"> = {
  title: "", date: null, dateBasis: "", partners: [], partnerCodes: [], event: null, eventOrdinal: null,
  location: null, participants: [], outlet: null, credits: [], body: "", removed: [],
};

export async function runEval(dir = corpusDir()): Promise<EvalResult> {
  const files = [];
  for (const { name, gold, raw } of await loadGold(dir)) {
    const result = processRaw(raw, `${name}.txt`);
    const got: Extraction = result.ok ? result.extraction : { ...EMPTY, file: `${name}.txt` };
    files.push({ name, score: scoreFile(gold, splitLines(raw.toString("utf8")), got) });
  }
  return { files, totals: totals(files.map((f) => f.score)) };
}
