/** `npm run review [-- --content DIR]`: the editors' review as tables in the terminal, straight from the raw files (no build). */
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { ingest } from "../src/ingest/index.ts";
import { readRawText } from "../src/editors/collect.ts";
import { buildReview, reviewLines, type ReviewInput, type ReviewLine } from "../src/editors/review.ts";
import { describeCorrections } from "../src/ingest/corrections.ts";
import { findSameStoriesIn } from "../src/site/duplicates.ts";
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
  if (!(await stat(contentDir).then((s) => s.isDirectory(), () => false))) {
    console.error(`error: content folder not found: ${values.content ?? "content/raw"}`);
    return 1;
  }
  // The build's own ingest (corrections applied, every file an article or skipped with its reason),
  // writing its Markdown into a scratch folder, so the review shows what the site will show.
  const scratch = await mkdtemp(path.join(tmpdir(), "vn-archive-review-"));
  let ingested;
  try {
    ingested = await ingest(contentDir, scratch);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  const { skipped, corrections } = ingested;
  const inputs: ReviewInput[] = ingested.articles.map((a) => ({ frontMatter: a.frontMatter, removedCount: a.removedCount }));
  const linesById = new Map<string, ReviewLine[]>();
  for (const a of ingested.articles) {
    const rawText = await readRawText(contentDir, a.frontMatter.file);
    linesById.set(a.frontMatter.id, rawText === null ? [] : reviewLines(rawText, (await ingested.texts.get(a.textKey)).removedLines));
  }
  // The same story detection the site uses, so both reviews flag the same duplicates.
  findSameStoriesIn(ingested.articles.map((a) => a.story)).forEach((matches, i) => {
    inputs[i]!.sameStory = matches.map((m) => inputs[m.index]!.frontMatter.id);
  });
  const entries = buildReview(inputs);
  const notes = describeCorrections({ ...corrections, file: path.relative(".", corrections.file) });
  for (const line of notes) console.error(line);
  process.stdout.write(formatReview(entries, linesById, skipped, path.relative(".", corrections.file), { ...DEFAULT_TERMINAL_OPTIONS, raw: values.raw ?? false, onlyFlagged: values.flagged ?? false }));
  return 0;
}

process.exitCode = await main();
