/**
 * Review data for editors: each article's extracted fields with flags (missing, doubtful,
 * corrected), its likely duplicates, and its raw lines marked kept or removed as boilerplate.
 * Shared by the /bien-tap/ pages and `npm run review`.
 */
import type { RemovedLine } from "../extract/types.ts";
import type { FrontMatter } from "../schema.ts";
import { participantText } from "./opendata.ts";
import { STRINGS } from "../site/strings.ts";
import { memoized } from "../memo.ts";

export { reviewLines, type LineStatus, type ReviewLine } from "./review-lines.ts";

const S = STRINGS.review;


/** Field flags: the field is empty, extraction doubts it, or an editor's correction set it. */
export type FieldFlag = "missing" | "doubtful" | "corrected";

/** Labels of the flags, as editors see them (src/site/strings.ts). */
export const FLAG_LABELS: { [F in FieldFlag]: string } = S.flags;

interface ReviewFieldSpec {
  /** Front-matter key(s) an editor corrects. */
  key: keyof FrontMatter;
  label: string;
  value: (fm: FrontMatter) => string;
  /** Warnings about this field: extraction writes them in English, starting with "no FIELD" or "FIELD …". */
  warning: RegExp;
  /** Is an empty value normal for this field (not every article has an event)? */
  optional: boolean;
  /**
   * Does an empty value put the article on the list of those that need a look? Not for the outlet: most scraped pages
   * never print it, so it is flagged "thiếu" where nothing could tell it, but that alone would drown the list.
   */
  missingNeedsLook?: boolean;
}

const list = (items: readonly string[]): string => items.join("; ");

/** The fields shown for review, in order, with the warnings that concern each. */
export const REVIEW_FIELDS: readonly ReviewFieldSpec[] = [
  { key: "title", label: S.fields.title, value: (fm) => fm.title, warning: /^(no )?(title|headline)\b/i, optional: false },
  { key: "date", label: S.fields.date, value: (fm) => fm.date ?? "", warning: /^(no )?(date|year)\b/i, optional: false },
  { key: "partners", label: S.fields.partners, value: (fm) => list(fm.partners), warning: /^(no )?partner/i, optional: false },
  { key: "event", label: S.fields.event, value: (fm) => fm.event ?? "", warning: /^(no )?event\b/i, optional: true },
  { key: "eventOrdinal", label: S.fields.eventOrdinal, value: (fm) => (fm.eventOrdinal === null ? "" : String(fm.eventOrdinal)), warning: /^(no )?(event )?ordinal\b/i, optional: true },
  { key: "location", label: S.fields.location, value: (fm) => fm.location ?? "", warning: /^(no )?(location|place)\b/i, optional: true },
  { key: "participants", label: S.fields.participants, value: (fm) => list(fm.participants.map(participantText)), warning: /^(no )?(participant|people|person)/i, optional: false },
  { key: "outlet", label: S.fields.outlet, value: (fm) => fm.outlet ?? "", warning: /^(no )?outlet\b/i, optional: false, missingNeedsLook: false },
  { key: "credits", label: S.fields.credits, value: (fm) => list(fm.credits), warning: /^(no )?credit/i, optional: true },
];

export interface ReviewField {
  key: string;
  label: string;
  value: string;
  flags: FieldFlag[];
  /** Do the flags put the article on the list of those that need a look (a missing outlet alone does not)? */
  needsLook: boolean;
  /** The warnings behind a "doubtful" flag. */
  notes: string[];
}

/** Why two articles look like the same story. */
export type DuplicateReason = "same story" | "same file content" | "same title and date";

/** Labels of the duplicate reasons, as editors see them (src/site/strings.ts). */
export const DUPLICATE_LABELS: { [R in DuplicateReason]: string } = S.duplicates;

export interface DuplicateRef {
  id: string;
  why: DuplicateReason;
}

export interface ReviewEntry {
  id: string;
  file: string;
  title: string;
  /** Site path of the article page, without base path; null in the terminal review. */
  url: string | null;
  frontMatter: FrontMatter;
  fields: ReviewField[];
  /** Warnings not tied to a single field (encoding problems, …). */
  otherWarnings: string[];
  duplicates: DuplicateRef[];
  /** How many raw lines were dropped as boilerplate (the lines themselves are read with the raw text). */
  removedCount: number;
  /** Names the article's text in the ingest cache, where its removed lines are read from; null when not known. */
  textKey: string | null;
  /** Has any field a flag, or the article a duplicate or a general warning? */
  needsAttention: boolean;
}

/** What the review needs of one article. */
export interface ReviewInput {
  frontMatter: FrontMatter;
  removedCount: number;
  textKey?: string;
  url?: string | null;
  /** Ids of articles that tell the same story (exact or near duplicates by text, src/site/duplicates.ts). */
  sameStory?: readonly string[];
}

/** A title reduced for comparison: lowercase letters and digits only (made once per title: every rebuild compares every title). */
const titleKey = memoized((title: string): string => title.normalize("NFC").toLocaleLowerCase("vi").replace(/[^\p{L}\p{N}]+/gu, " ").trim());

/** Likely duplicates by article id: same raw bytes, or the same title on the same date. */
export function findDuplicates(articles: readonly FrontMatter[]): Map<string, DuplicateRef[]> {
  const found = new Map<string, DuplicateRef[]>();
  const groupBy = (key: (fm: FrontMatter) => string | null, why: DuplicateReason): void => {
    const groups = new Map<string, FrontMatter[]>();
    for (const fm of articles) {
      const k = key(fm);
      if (k !== null) groups.set(k, [...(groups.get(k) ?? []), fm]);
    }
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      for (const fm of group) {
        const refs = found.get(fm.id) ?? [];
        for (const other of group) {
          if (other.id !== fm.id && !refs.some((r) => r.id === other.id)) refs.push({ id: other.id, why });
        }
        found.set(fm.id, refs);
      }
    }
  };
  groupBy((fm) => fm.sourceHash, "same file content");
  groupBy((fm) => `${titleKey(fm.title)}|${fm.date ?? ""}`, "same title and date");
  return found;
}

/** The review fields of one article: values with flags from emptiness, warnings and corrections. */
export function reviewFields(fm: FrontMatter): { fields: ReviewField[]; otherWarnings: string[] } {
  let known = fieldsOf.get(fm);
  if (known === undefined) fieldsOf.set(fm, (known = makeReviewFields(fm)));
  return known;
}

/** Each front-matter's review fields, while it lives: under `npm start` an unchanged file's front-matter is the same object from build to build. */
const fieldsOf = new WeakMap<FrontMatter, { fields: ReviewField[]; otherWarnings: string[] }>();

function makeReviewFields(fm: FrontMatter): { fields: ReviewField[]; otherWarnings: string[] } {
  const used = new Set<string>();
  const fields = REVIEW_FIELDS.map((spec): ReviewField => {
    const value = spec.value(fm);
    const notes = fm.warnings.filter((w) => spec.warning.test(w));
    notes.forEach((w) => used.add(w));
    const flags: FieldFlag[] = [];
    if (value === "" && !spec.optional) flags.push("missing");
    // A warning about an empty field only explains why it is missing.
    if (notes.length > 0 && value !== "") flags.push("doubtful");
    if (fm.corrected.includes(spec.key)) flags.push("corrected");
    const needsLook = flags.includes("doubtful") || (flags.includes("missing") && spec.missingNeedsLook !== false);
    return { key: spec.key, label: spec.label, value, flags, notes, needsLook };
  });
  return { fields, otherWarnings: fm.warnings.filter((w) => !used.has(w)) };
}

/** Review entries for a whole archive, in the given order. */
export function buildReview(inputs: readonly ReviewInput[]): ReviewEntry[] {
  const duplicates = findDuplicates(inputs.map((i) => i.frontMatter));
  return inputs.map((input) => {
    const fm = input.frontMatter;
    const { fields, otherWarnings } = reviewFields(fm);
    const dups: DuplicateRef[] = (input.sameStory ?? []).map((id) => ({ id, why: "same story" }));
    for (const d of duplicates.get(fm.id) ?? []) if (!dups.some((x) => x.id === d.id)) dups.push(d);
    return {
      id: fm.id,
      file: fm.file,
      title: fm.title,
      url: input.url ?? null,
      frontMatter: fm,
      fields,
      otherWarnings,
      duplicates: dups,
      removedCount: input.removedCount,
      textKey: input.textKey ?? null,
      needsAttention: dups.length > 0 || otherWarnings.length > 0 || fields.some((f) => f.needsLook),
    };
  });
}

/** An article's problems in a few words each ("Ngày: thiếu", "có thể trùng: …"), for overviews; empty when there is none. */
export function problemSummary(entry: ReviewEntry): string[] {
  return [
    ...entry.fields
      .filter((f) => f.flags.includes("missing") || f.flags.includes("doubtful"))
      .map((f) => `${f.label}: ${f.flags.filter((x) => x !== "corrected").map((x) => FLAG_LABELS[x]).join(", ")}`),
    ...(entry.duplicates.length ? [S.mayDuplicate(entry.duplicates.map((d) => d.id).join(", "))] : []),
    ...entry.otherWarnings,
  ];
}

/** What to write for a field in a correction, in the corrections file's YAML shapes. */
const CORRECTION_PLACEHOLDERS: { [key: string]: string } = {
  date: "YYYY-MM-DD",
  partners: `[${S.placeholders.partner}]`,
  eventOrdinal: "1",
  credits: `[${S.placeholders.credit}]`,
  participants: `\n    - name: ${S.placeholders.name}\n      title: ${S.placeholders.title}`,
};

/** A correction entry an editor can paste into the corrections file, for the fields to fix. */
export function correctionSnippet(id: string, fields: readonly ReviewField[]): string {
  const lines = fields.map((f) => `  ${f.key}: ${CORRECTION_PLACEHOLDERS[f.key] ?? (f.value ? JSON.stringify(f.value) : "…")}`);
  return [`${JSON.stringify(id)}:`, ...lines].join("\n");
}
