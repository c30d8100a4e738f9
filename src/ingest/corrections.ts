/**
 * Editors' corrections: a YAML file beside the content folder (`content/corrections.yaml` for
 * `content/raw`), keyed by article id, whose fields override what extraction found on every build.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { ArticleMetaSchema, type FrontMatter } from "../schema.ts";
import { canonicalPartner, partnerCode } from "../extract/partners.ts";

/** One article's correction: any metadata field but the file it came from; unknown fields are errors. */
export const CorrectionSchema = ArticleMetaSchema.omit({ file: true }).partial().strict();
export type Correction = z.infer<typeof CorrectionSchema>;

/** The corrections of one content folder, and what was wrong with the file. */
export interface Corrections {
  /** Path of the corrections file (it need not exist). */
  file: string;
  byId: Map<string, Correction>;
  /** Unreadable YAML or invalid entries, one line each; invalid entries are not applied. */
  problems: string[];
}

/** The corrections file of a content folder: `DIR/../corrections.yaml`. */
export function correctionsPath(contentDir: string): string {
  return path.join(path.dirname(path.resolve(contentDir)), "corrections.yaml");
}

/** Parses and validates the text of a corrections file. */
export function parseCorrections(text: string, file = "corrections.yaml"): Corrections {
  const result: Corrections = { file, byId: new Map(), problems: [] };
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    result.problems.push(`${file}: not valid YAML: ${(error as Error).message.split("\n")[0]}`);
    return result;
  }
  if (data === null || data === undefined) return result;
  if (typeof data !== "object" || Array.isArray(data)) {
    result.problems.push(`${file}: expected a mapping from article id to corrected fields`);
    return result;
  }
  for (const [id, value] of Object.entries(data as Record<string, unknown>)) {
    const parsed = CorrectionSchema.safeParse(value ?? {});
    if (parsed.success) result.byId.set(id, parsed.data);
    else result.problems.push(`${file}: ${id}: ${parsed.error.issues.map((i) => `${i.path.join(".") || "entry"}: ${i.message}`).join("; ")}`);
  }
  return result;
}

/** Reads the corrections of a content folder; a missing file means no corrections. */
export async function loadCorrections(contentDir: string): Promise<Corrections> {
  const file = correctionsPath(contentDir);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { file, byId: new Map(), problems: [] };
    throw error;
  }
  return parseCorrections(text, file);
}

/** Warnings that a corrected field answers ("no date: …" once an editor gave the date). */
const ANSWERED: Partial<Record<keyof Correction, RegExp>> = {
  date: /^no date/,
  participants: /^no participants/,
  partners: /^no partner/,
  title: /^no headline/,
};

/** Applies one correction to an article's front-matter, recording the fields it overrode in `corrected`. */
export function applyCorrection(frontMatter: FrontMatter, correction: Correction): FrontMatter {
  const fields = Object.keys(correction) as (keyof Correction)[];
  if (fields.length === 0) return frontMatter;
  const next: FrontMatter = { ...frontMatter, ...correction };
  if (correction.partners && correction.partnerCodes?.length !== correction.partners.length) {
    next.partners = correction.partners.map(canonicalPartner);
    next.partnerCodes = next.partners.map((p) => partnerCode(p) ?? "");
  }
  if (correction.date !== undefined && correction.dateBasis === undefined) next.dateBasis = "set by an editor's correction";
  // An editor's title is the article's title, no longer one derived from its lead.
  if (correction.title !== undefined && next.titleDerived) next.titleDerived = false;
  const answered = fields.map((f) => ANSWERED[f]).filter((r): r is RegExp => r !== undefined);
  next.warnings = frontMatter.warnings.filter((w) => !answered.some((r) => r.test(w)));
  next.corrected = [...new Set([...frontMatter.corrected, ...fields])];
  return next;
}

/** Corrected article ids that name no article in this build, for the build to report. */
export function unknownCorrectionIds(corrections: Corrections, articleIds: Iterable<string>): string[] {
  const known = new Set(articleIds);
  return [...corrections.byId.keys()].filter((id) => !known.has(id)).sort();
}

/** The build-output lines about corrections: how many applied, and every id or entry that could not be. */
export function describeCorrections(c: { file: string; applied: number; unknownIds: readonly string[]; problems: readonly string[] }): string[] {
  const lines: string[] = [];
  if (c.applied > 0) lines.push(`corrections: ${c.applied} applied from ${c.file}`);
  for (const id of c.unknownIds) lines.push(`corrections: "${id}" names no article in the content folder (${c.file})`);
  for (const problem of c.problems) lines.push(`corrections: ${problem}`);
  return lines;
}
