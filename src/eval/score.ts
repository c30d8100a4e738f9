/**
 * Scores an extraction against a gold annotation the way the outside checks describe:
 * body lines by containment in the body, exact title and date, partner sets, participant names.
 */
import type { Extraction } from "../schema.ts";
import type { Gold } from "./gold.ts";
import { canonicalPartner } from "../extract/partners.ts";

export interface FileScore {
  bodyTp: number;
  bodyFp: number;
  bodyFn: number;
  missedLines: string[];
  leakedLines: string[];
  /** null where the page prints no headline (the title must be derived). */
  title: boolean | null;
  /** The page became no article. */
  dropped: boolean;
  /** null where the gold date is not supported by the text alone. */
  date: boolean | null;
  partners: boolean;
  participantsTp: number;
  participantsFp: number;
  participantsFn: number;
}

const collapse = (s: string): string => s.normalize("NFC").replace(/\s+/g, " ").trim();

/** Body text with Markdown marks removed: escapes, directive fences, heading marks, emphasis. */
export function plainBody(markdown: string): string {
  return collapse(
    markdown
      .split("\n")
      .filter((l) => !/^:::/.test(l))
      .map((l) => l.replace(/^#{1,6}\s+/, ""))
      .join("\n")
      .replace(/\\([\\`*_{}[\]()#+\-.!:<>|~&])/g, "$1"),
  );
}

/** An outlet tag before the lead ("TPO - ") may be cut. */
const OUTLET_TAG = /^[A-ZĐ]{2,6}\s*[-–]\s*/u;

function kept(line: string, body: string): boolean {
  const text = collapse(line);
  return text !== "" && (body.includes(text) || body.includes(text.replace(OUTLET_TAG, "")));
}

/** A closing byline may stand as the gold's last body line; whether it stays is not scored. */
function isClosingByline(line: string): boolean {
  return line.length <= 60 && !/[.!?…"”]$/.test(line.trim());
}

const f1 = (tp: number, fp: number, fn: number): number => (tp === 0 ? (fp + fn === 0 ? 1 : 0) : (2 * tp) / (2 * tp + fp + fn));
export { f1 };

function sameName(a: string, b: string): boolean {
  const x = collapse(a).toLowerCase();
  const y = collapse(b).toLowerCase();
  return x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`) || x.startsWith(`${y} `) || y.startsWith(`${x} `);
}

export function scoreFile(gold: Gold, rawLines: readonly string[], got: Extraction): FileScore {
  const body = plainBody(got.body);
  const boiler = new Set(gold.line_refs.boilerplate);
  const score: FileScore = {
    bodyTp: 0, bodyFp: 0, bodyFn: 0, missedLines: [], leakedLines: [],
    title: gold.title === null ? null : collapse(got.title) === collapse(gold.title),
    dropped: got.body.trim() === "",
    date: gold.date_from_text ? got.date === gold.date : null,
    partners: sameSet(gold.partners.map(canonicalPartner), got.partners.map(canonicalPartner)),
    participantsTp: 0, participantsFp: 0, participantsFn: 0,
  };
  rawLines.forEach((line, i) => {
    const n = i + 1;
    if (collapse(line) === "" || (gold.line_refs.title !== null && n === gold.line_refs.title)) return;
    const isArticle = n >= gold.line_refs.body_first && n <= gold.line_refs.body_last && !boiler.has(n);
    if (isArticle && n === gold.line_refs.body_last && isClosingByline(line)) return;
    if (!isArticle && !boiler.has(n)) return;
    const k = kept(line, body);
    if (isArticle && k) score.bodyTp++;
    else if (isArticle) (score.bodyFn++, score.missedLines.push(line));
    else if (k) (score.bodyFp++, score.leakedLines.push(line));
  });
  const mentioned = gold.mentioned_persons ?? [];
  const matched = new Set<number>();
  for (const p of got.participants) {
    const j = gold.participants.findIndex((g, idx) => !matched.has(idx) && sameName(g.name, p.name));
    if (j >= 0) (matched.add(j), score.participantsTp++);
    else if (!mentioned.some((m) => sameName(m, p.name))) score.participantsFp++;
  }
  score.participantsFn = gold.participants.length - matched.size;
  return score;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((v) => y.has(v));
}

export interface Totals {
  bodyPrecision: number;
  bodyRecall: number;
  bodyF1: number;
  title: number;
  /** Share of pages that became no article. */
  dropped: number;
  date: number;
  partners: number;
  participantsF1: number;
}

/** Sums file scores into the figures the floors pin (micro-averaged body and participants). */
export function totals(scores: readonly FileScore[]): Totals {
  const sum = (f: (s: FileScore) => number) => scores.reduce((t, s) => t + f(s), 0);
  const tp = sum((s) => s.bodyTp), fp = sum((s) => s.bodyFp), fn = sum((s) => s.bodyFn);
  const dated = scores.filter((s) => s.date !== null);
  const titled = scores.filter((s) => s.title !== null);
  return {
    bodyPrecision: tp + fp ? tp / (tp + fp) : 1,
    bodyRecall: tp + fn ? tp / (tp + fn) : 1,
    bodyF1: f1(tp, fp, fn),
    title: titled.length ? titled.filter((s) => s.title).length / titled.length : 1,
    dropped: sum((s) => (s.dropped ? 1 : 0)) / scores.length,
    date: dated.length ? dated.filter((s) => s.date).length / dated.length : 1,
    partners: sum((s) => (s.partners ? 1 : 0)) / scores.length,
    participantsF1: f1(sum((s) => s.participantsTp), sum((s) => s.participantsFp), sum((s) => s.participantsFn)),
  };
}
