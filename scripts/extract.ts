/** `npm run extract -- FILE...`: prints one JSON array with what ingest finds in each file. */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { processRaw } from "../src/ingest/article.ts";
import type { Extraction } from "../src/schema.ts";

type Row = Extraction | { file: string; skipped: string };

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("Usage: npm run extract -- FILE...");
  process.exitCode = 2;
} else {
  const rows: Row[] = [];
  for (const file of files) {
    try {
      // Its folders, as given from here ("content/raw/vov.vn/a.txt"), may name the outlet, as they do in a build.
      const result = processRaw(await readFile(file), path.basename(file), { source: path.relative(process.cwd(), path.resolve(file)) });
      rows.push(result.ok ? { ...result.extraction, file } : { file, skipped: result.reason });
    } catch (error) {
      rows.push({ file, skipped: `could not be read: ${(error as Error).message}` });
    }
  }
  process.stdout.write(JSON.stringify(rows, null, 2) + "\n");
}
