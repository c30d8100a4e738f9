/** `npm run review [-- --content DIR]`: the editors' review as tables in the terminal, straight from the raw files (no build). */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { listRawFiles, type SkippedFile } from "../src/ingest/index.ts";
import { processRaw, articleId } from "../src/ingest/article.ts";
import { readRawText } from "../src/editors/collect.ts";
import { buildReview, reviewLines, type ReviewInput, type ReviewLine } from "../src/editors/review.ts";
import { loadCorrections, applyCorrection, describeCorrections, unknownCorrectionIds } from "../src/ingest/corrections.ts";
import { findSameStories } from "../src/site/duplicates.ts";
import { formatReview, DEFAULT_TERMINAL_OPTIONS } from "../src/editors/terminal.ts";

const USAGE = `Usage: npm run review -- [flags]

  --content DIR    folder of raw *.txt articles (default: content/raw)
  --flagged        only articles with missing or doubtful values or duplicates
  --raw            print every raw line, removed ones marked "-"
  --help           show this text`;

async function main(): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args: process.argv.slice(2),
      strict: true,
      options: { content: { type: "string" }, flagged: { type: "boolean" }, raw: { type: "boolean" }, help: { type: "boolean" } },
    }).values;
  } catch (error) {
    console.error(`error: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const contentDir = path.resolve(values.content ?? "content/raw");
  let files;
  try {
    files = await listRawFiles(contentDir);
  } catch {
    console.error(`error: content folder not found: ${values.content ?? "content/raw"}`);
    return 1;
  }
  // The editors' corrections apply here as in the build, so the review shows what the site will show.
  const corrections = await loadCorrections(contentDir);
  let applied = 0;
  const inputs: ReviewInput[] = [];
  const skipped: SkippedFile[] = [];
  const bodies: string[] = [];
  const linesById = new Map<string, ReviewLine[]>();
  for (const file of files) {
    let processed;
    try {
      processed = processRaw(await readFile(path.join(contentDir, file)), file);
    } catch (error) {
      skipped.push({ file, reason: `could not be processed: ${(error as Error).message}` });
      continue;
    }
    if (!processed.ok) skipped.push({ file, reason: processed.reason });
    else {
      const correction = corrections.byId.get(processed.frontMatter.id);
      if (correction) applied++;
      const frontMatter = correction ? applyCorrection(processed.frontMatter, correction) : processed.frontMatter;
      inputs.push({ frontMatter, removed: processed.removedLines });
      const rawText = await readRawText(contentDir, file);
      linesById.set(frontMatter.id, rawText === null ? [] : reviewLines(rawText, processed.removedLines));
      bodies.push(processed.body);
    }
  }
  // The same story detection the site uses, so both reviews flag the same duplicates.
  findSameStories(bodies).forEach((matches, i) => {
    inputs[i]!.sameStory = matches.map((m) => inputs[m.index]!.frontMatter.id);
  });
  const entries = buildReview(inputs);
  const notes = describeCorrections({ file: path.relative(".", corrections.file), applied, unknownIds: unknownCorrectionIds(corrections, files.map(articleId)), problems: corrections.problems });
  for (const line of notes) console.error(line);
  process.stdout.write(formatReview(entries, linesById, skipped, path.relative(".", corrections.file), { ...DEFAULT_TERMINAL_OPTIONS, raw: values.raw ?? false, onlyFlagged: values.flagged ?? false }));
  return 0;
}

process.exitCode = await main();
