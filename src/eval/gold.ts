/** Reads the gold annotations (format in ../shared/corpus/README.md). */
import { readdir, readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";

export interface Gold {
  title: string;
  date: string | null;
  date_from_text: boolean;
  partners: string[];
  participants: { name: string; title: string }[];
  mentioned_persons?: string[];
  body_first_line: string;
  body_last_line: string;
  boilerplate_lines: string[];
  raw_file: string;
  line_refs: { title: number; body_first: number; body_last: number; boilerplate: number[]; duplicated: number[] };
}

/** The corpus folder: $CORPUS_DIR, or ../shared/corpus beside the repository. */
export function corpusDir(): string {
  return path.resolve(process.env.CORPUS_DIR ?? path.join(import.meta.dirname, "../../../shared/corpus"));
}

export function hasCorpus(dir = corpusDir()): boolean {
  return existsSync(path.join(dir, "gold")) && existsSync(path.join(dir, "seeds"));
}

/** Loads every gold file with the raw text of its seed. */
export async function loadGold(dir = corpusDir()): Promise<{ name: string; gold: Gold; raw: Buffer }[]> {
  const goldDir = path.join(dir, "gold");
  const names = (await readdir(goldDir)).filter((n) => n.endsWith(".json")).sort();
  return Promise.all(
    names.map(async (n) => {
      const gold = JSON.parse(await readFile(path.join(goldDir, n), "utf8")) as Gold;
      const raw = await readFile(path.join(dir, "seeds", n.replace(/\.json$/, ".txt")));
      return { name: n.replace(/\.json$/, ""), gold, raw };
    }),
  );
}
