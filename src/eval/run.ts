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
  location: null, participants: [], mentioned: [], outlet: null, credits: [], body: "", removed: [],
};

/** The site's host name of a gold URL ("https://www.vov.vn/a/b" → "vov.vn"), or null. */
function siteFolder(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "").replace(/\.$/, "");
  } catch {
    return null;
  }
}

export async function runEval(dir = corpusDir()): Promise<EvalResult> {
  const files = [];
  for (const { name, gold, raw } of await loadGold(dir)) {
    const result = processRaw(raw, `${name}.txt`);
    const got: Extraction = result.ok ? result.extraction : { ...EMPTY, file: `${name}.txt` };
    // The same file as an editor who keeps pages by site would file it: what its folder tells about the outlet.
    const site = siteFolder(gold.url);
    const filed = site === null ? undefined : processRaw(raw, `${site}/${name}.txt`);
    const filedOutlet = filed === undefined ? undefined : filed.ok ? filed.extraction.outlet : null;
    files.push({ name, score: scoreFile(gold, splitLines(raw.toString("utf8")), got, filedOutlet) });
  }
  return { files, totals: totals(files.map((f) => f.score)) };
}
