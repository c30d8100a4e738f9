/** Reads the gold annotations (format in ../shared/corpus/README.md). */
import { readdir, readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";

export interface Gold {
  /** The headline as printed, or null where the page shows none (the article's title must then be derived). */
  title: string | null;
  date: string | null;
  date_from_text: boolean;
  partners: string[];
  participants: { name: string; title: string }[];
  mentioned_persons?: string[];
  location?: string | null;
  outlet?: string | null;
  url?: string | null;
  body_first_line: string;
  body_last_line: string;
  boilerplate_lines: string[];
  raw_file: string;
  line_refs: { title: number | null; body_first: number; body_last: number; boilerplate: number[]; duplicated: number[] };
}

/** The corpus folder: $CORPUS_DIR, or ../shared/corpus beside the repository. */
export function corpusDir(): string {
  return path.resolve(process.env.CORPUS_DIR ?? path.join(import.meta.dirname, "../../../shared/corpus"));
}

/** Folders that may hold a corpus's raw texts: `seeds/` (the project's corpus) or `raw/` (the development set). */
const RAW_FOLDERS = ["seeds", "raw"];

export function hasCorpus(dir = corpusDir()): boolean {
  return existsSync(path.join(dir, "gold")) && RAW_FOLDERS.some((f) => existsSync(path.join(dir, f)));
}

/** The raw text of a gold file: where its `raw_file` says, else beside it under `seeds/` or `raw/`. */
function rawPath(dir: string, name: string, gold: Gold): string {
  if (gold.raw_file && existsSync(path.join(dir, gold.raw_file))) return path.join(dir, gold.raw_file);
  const found = RAW_FOLDERS.map((f) => path.join(dir, f, `${name}.txt`)).find((p) => existsSync(p));
  return found ?? path.join(dir, "seeds", `${name}.txt`);
}

/** Loads every gold file with the raw text of its page. */
export async function loadGold(dir = corpusDir()): Promise<{ name: string; gold: Gold; raw: Buffer }[]> {
  const goldDir = path.join(dir, "gold");
  const names = (await readdir(goldDir)).filter((n) => n.endsWith(".json")).sort();
  return Promise.all(
    names.map(async (n) => {
      const name = n.replace(/\.json$/, "");
      const gold = JSON.parse(await readFile(path.join(goldDir, n), "utf8")) as Gold;
      return { name, gold, raw: await readFile(rawPath(dir, name, gold)) };
    }),
  );
}
