/**
 * Child process of the benchmark: builds one content folder into one output folder and prints
 * the build's stage timings as a JSON line, so the parent can sample this process tree alone.
 */
import { pathToFileURL } from "node:url";
import { build } from "../build.ts";

/** Marks the line the parent parses. */
export const RESULT_PREFIX = "BENCH-RESULT ";

async function main(contentDir: string | undefined, outDir: string | undefined): Promise<void> {
  if (!contentDir || !outDir) throw new Error("usage: run-build.ts CONTENT_DIR OUT_DIR");
  const report = await build({ contentDir, outDir, basePath: "/", siteUrl: null, strict: false, last: true });
  const result = { articles: report.articles, skipped: report.skipped.length, indexedPages: report.indexedPages, timings: report.timings, steps: report.steps };
  console.log(RESULT_PREFIX + JSON.stringify(result));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main(process.argv[2], process.argv[3]);
