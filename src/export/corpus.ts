/**
 * `npm run export`: the cleaned archive as files for researchers. One Markdown file per article
 * with its front-matter (DIR/articles/<id>.md, the same files ingest writes), the open data
 * (articles.json, articles.csv) and a JSON Lines file with each article's open-data record and
 * plain text (articles.jsonl). URLs are the permanent ones; the permalinks file is only read.
 */
import { createWriteStream } from "node:fs";
import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { once } from "node:events";
import path from "node:path";
import { ingest, toMarkdownFile, type SkippedFile } from "../ingest/index.ts";
import { cacheDirFor } from "../build.ts";
import { checkArticle } from "../site/read.ts";
import { buildSiteModel } from "../site/model.ts";
import { assignPermalinks, loadPermalinks } from "../site/permalinks.ts";
import { toCsv, toJson, toRecords } from "../editors/opendata.ts";
import { markdownToText } from "./text.ts";

/** The files of an export, relative to its folder. */
export const EXPORT_FILES = {
  articles: "articles",
  json: "articles.json",
  csv: "articles.csv",
  jsonl: "articles.jsonl",
} as const;

export interface ExportOptions {
  contentDir: string;
  outDir: string;
  /** Absolute URL of the deployed site, for absolute article URLs in the open data; null for site paths. */
  siteUrl: string | null;
}

export interface ExportReport {
  articles: number;
  skipped: SkippedFile[];
}

/** Thrown when the output folder holds something other than an earlier export, which the export would replace. */
export class ExportFolderError extends Error {}

/** Whether `dir` may be replaced: missing, empty, or an earlier export (it has the JSON Lines file). */
async function replaceable(dir: string): Promise<boolean> {
  const entries = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null;
    throw error;
  });
  return entries === null || entries.length === 0 || entries.includes(EXPORT_FILES.jsonl);
}

/** Writes the export into a fresh folder beside `outDir`, then puts it in place, so a failed export leaves an earlier one whole. */
export async function exportCorpus(options: ExportOptions, onFile: (done: number, total: number) => void = () => {}): Promise<ExportReport> {
  const contentDir = path.resolve(options.contentDir);
  const outDir = path.resolve(options.outDir);
  if (!(await stat(contentDir).then((s) => s.isDirectory(), () => false))) throw new Error(`content folder not found: ${options.contentDir}`);
  if (!(await replaceable(outDir))) {
    throw new ExportFolderError(`${options.outDir} is not empty and holds no earlier export (${EXPORT_FILES.jsonl}); give a new or empty folder`);
  }
  const cacheDir = cacheDirFor(contentDir);
  const ingested = await ingest(contentDir, path.join(cacheDir, "markdown"), {}, onFile, cacheDir);
  const permalinks = await loadPermalinks(contentDir);
  const { urls } = assignPermalinks(ingested.articles.map((a) => a.frontMatter), permalinks.byId);
  const inputs = ingested.articles.map((a) => ({
    frontMatter: checkArticle(a.frontMatter, "", a.markdownPath).frontMatter,
    summary: a.summary,
    story: a.story,
    textKey: a.textKey,
  }));
  const model = buildSiteModel(inputs, urls);
  const records = toRecords(model.articles, { basePath: "/", siteUrl: options.siteUrl });

  const temp = `${outDir}.exporting-${process.pid}`;
  await rm(temp, { recursive: true, force: true });
  try {
    await mkdir(temp, { recursive: true });
    // The texts are read one article at a time, each written to its Markdown file and its JSON Lines row.
    const jsonl = createWriteStream(path.join(temp, EXPORT_FILES.jsonl), "utf8");
    for (const [i, article] of model.articles.entries()) {
      const { body } = await ingested.texts.get(article.textKey);
      const file = path.join(temp, EXPORT_FILES.articles, `${article.fm.id}.md`);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, toMarkdownFile(article.fm, body));
      if (!jsonl.write(`${JSON.stringify({ ...records[i], text: markdownToText(body) })}\n`)) await once(jsonl, "drain");
    }
    jsonl.end();
    await once(jsonl, "finish");
    await writeFile(path.join(temp, EXPORT_FILES.json), toJson(records));
    await writeFile(path.join(temp, EXPORT_FILES.csv), toCsv(records));
    const old = `${outDir}.old-${process.pid}`;
    const had = await stat(outDir).then(() => true, () => false);
    if (had) await rename(outDir, old);
    await rename(temp, outDir);
    if (had) await rm(old, { recursive: true, force: true });
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  return { articles: model.articles.length, skipped: ingested.skipped };
}
