/**
 * `npm run extract -- FILE...`: prints one JSON array with what ingest finds in each file. As in a
 * build, lines the given files show to be furniture (repeated outside the article in several of
 * them) are furniture in all of them.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { processRaw, type ProcessedRaw } from "../src/ingest/article.ts";
import { extractWithLearnedFurniture } from "../src/ingest/furniture.ts";
import type { Extraction } from "../src/schema.ts";

type Row = Extraction | { file: string; skipped: string };

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("Usage: npm run extract -- FILE...");
  process.exitCode = 2;
} else {
  const read = await Promise.all(files.map((file) => readFile(file).catch((error: Error) => error)));
  const results = extractWithLearnedFurniture(
    files.length,
    (i, knownFurniture): ProcessedRaw | Error => {
      const bytes = read[i]!;
      // Its folders, as given from here ("content/raw/vov.vn/a.txt"), may name the outlet, as they do in a build.
      const source = path.relative(process.cwd(), path.resolve(files[i]!));
      return bytes instanceof Error ? bytes : processRaw(bytes, path.basename(files[i]!), { knownFurniture, source });
    },
    (result) => (result instanceof Error || !result.ok ? undefined : result.repeatables),
  );
  const rows: Row[] = results.map((result, i) => {
    const file = files[i]!;
    if (result instanceof Error) return { file, skipped: `could not be read: ${result.message}` };
    return result.ok ? { ...result.extraction, file } : { file, skipped: result.reason };
  });
  process.stdout.write(JSON.stringify(rows, null, 2) + "\n");
}
