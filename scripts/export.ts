/** `npm run export -- --out DIR [--content DIR] [--site-url URL]`: writes the cleaned archive as files (src/export/corpus.ts). */
import { parseExportArgs, EXPORT_USAGE, UsageError } from "../src/cli/args.ts";
import { exportCorpus, ExportFolderError } from "../src/export/corpus.ts";

async function main(): Promise<number> {
  let options;
  try {
    options = parseExportArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`error: ${error.message}\n\n${EXPORT_USAGE}`);
      return 2;
    }
    throw error;
  }
  if (options === "help") {
    console.log(EXPORT_USAGE);
    return 0;
  }
  try {
    const report = await exportCorpus(options);
    for (const s of report.skipped) console.warn(`skipped: ${s.file}: ${s.reason}`);
    console.log(`exported ${report.articles} articles into ${options.outDir} (articles/, articles.json, articles.csv, articles.jsonl; ${report.skipped.length} skipped)`);
    return 0;
  } catch (error) {
    console.error(`export failed: ${(error as Error).message}`);
    return error instanceof ExportFolderError ? 2 : 1;
  }
}

process.exitCode = await main();
