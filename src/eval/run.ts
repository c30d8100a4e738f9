/**
 * Runs extraction over a gold corpus and returns per-file and total scores. As in a build, the
 * corpus's files are extracted together: lines they show to be furniture across files count as such.
 */
import { processRaw, type ProcessedRaw } from "../ingest/article.ts";
import { extractWithLearnedFurniture } from "../ingest/furniture.ts";
import { splitLines } from "../extract/lines.ts";
import { loadGold, corpusDir, type Gold } from "./gold.ts";
import { inPortal, relatedStoryOf, type RelatedStory } from "./portal.ts";
import { scoreFile, totals, type FileScore, type Totals } from "./score.ts";
import type { Extraction } from "../schema.ts";

export interface EvalResult {
  files: { name: string; score: FileScore }[];
  totals: Totals;
}

export interface EvalOptions {
  /** Wrap every page in a news portal's heavier furniture (./portal.ts) before extracting it. */
  portal?: boolean;
  /** Extract each page on its own, without furniture learned across the corpus. */
  isolated?: boolean;
}

const EMPTY: Omit<Extraction, "file"> = {
  title: "", date: null, dateBasis: "", partners: [], partnerCodes: [], event: null, eventOrdinal: null,
  location: null, participants: [], mentioned: [], outlet: null, credits: [], body: "", removed: [],
};

/** The pages to score: as labelled, or each in a portal's furniture with related stories from six other pages. */
function pagesOf(corpus: { name: string; gold: Gold; raw: Buffer }[], portal: boolean): { name: string; gold: Gold; raw: Buffer }[] {
  if (!portal) return corpus;
  const stories = corpus.map(({ gold, raw }) => relatedStoryOf(gold, splitLines(raw.toString("utf8"))));
  return corpus.map(({ name, gold, raw }, i) => {
    const related: RelatedStory[] = [];
    for (let k = 1; k < corpus.length && related.length < 6; k++) {
      const story = stories[(i + k) % corpus.length];
      if (story) related.push(story);
    }
    const wrapped = inPortal(gold, splitLines(raw.toString("utf8")), related, i);
    return { name, gold: wrapped.gold, raw: Buffer.from(wrapped.text) };
  });
}

/** The site's host name of a gold URL ("https://www.vov.vn/a/b" → "vov.vn"), or null. */
function siteFolder(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "").replace(/\.$/, "");
  } catch {
    return null;
  }
}

export async function runEval(dir = corpusDir(), options: EvalOptions = {}): Promise<EvalResult> {
  const pages = pagesOf(await loadGold(dir), options.portal ?? false);
  const extract = (i: number, knownFurniture?: ReadonlyMap<number, string>) => processRaw(pages[i]!.raw, `${pages[i]!.name}.txt`, { knownFurniture });
  const results: ProcessedRaw[] = options.isolated
    ? pages.map((_, i) => extract(i))
    : extractWithLearnedFurniture(pages.length, extract, (r) => (r.ok ? r.repeatables : undefined));
  const files = pages.map(({ name, gold, raw }, i) => {
    const result = results[i]!;
    const got: Extraction = result.ok ? result.extraction : { ...EMPTY, file: `${name}.txt` };
    // The same file as an editor who keeps pages by site would file it: what its folder tells about the outlet.
    const site = siteFolder(gold.url);
    const filed = site === null ? undefined : processRaw(raw, `${site}/${name}.txt`);
    const filedOutlet = filed === undefined ? undefined : filed.ok ? filed.extraction.outlet : null;
    return { name, score: scoreFile(gold, splitLines(raw.toString("utf8")), got, filedOutlet) };
  });
  return { files, totals: totals(files.map((f) => f.score)) };
}
