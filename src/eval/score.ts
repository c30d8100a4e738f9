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
  /** Where the text alone cannot support a date (`date_from_text: false`): true when extraction gave none; else null. */
  dateRestraint: boolean | null;
  partners: boolean;
  /** Partners right on a page whose gold names partners (a bilateral or host-country page); null on domestic pages. */
  partnersNamed: boolean | null;
  participantsTp: number;
  participantsFp: number;
  participantsFn: number;
  /** The place of the event matches the gold's (see samePlace); null where neither gold nor extraction gives one. */
  place: boolean | null;
  /** Extraction named an outlet (any value but null). */
  outletKnown: boolean;
  /** The outlet named matches the gold's (see sameOutlet); null where the gold names none or extraction found none. */
  outletRight: boolean | null;
  /** An outlet is named when the file is kept in a folder named after its site (the gold's URL); null without a URL. */
  outletFiled: boolean | null;
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


/** Lower-case, no diacritics, punctuation as spaces: the form two spellings of one place or outlet share. */
export function fold(s: string): string {
  return collapse(
    s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " "),
  );
}

/** Administrative words before a place's name ("tỉnh Thanh Hóa", "thủ đô Hà Nội"): a place is the same with or without them. */
const ADMIN_PREFIX = /^(?:tai |o )?(?:thu do |tinh |thanh pho |tp |huyen |quan |thi xa |xa |phuong |thi tran |bang |vuong quoc |nuoc )+/u;

/** A place's parts: the whole, and each part between commas, dashes and parentheses, folded, without administrative words. */
function placeParts(place: string): string[] {
  const parts = [place, ...place.split(/[,;()]|\s[-–]\s/u)].map((p) => fold(p).replace(ADMIN_PREFIX, "").trim()).filter((p) => p !== "");
  return [...new Set(parts)];
}

/**
 * Whether an extracted place is the gold's place. Both are folded (case, diacritics, punctuation) and stripped of
 * administrative words ("tỉnh", "thủ đô"); they match when equal, or when one equals a part of the other (the parts
 * of "Melbourne, Australia" are "melbourne" and "australia") or a part begins or ends with the other as whole words
 * ("Nhà Quốc hội" in "Nhà Quốc hội, Thủ đô Hà Nội"; "Viêng Chăn" at the end of "… ở thủ đô Viêng Chăn"). A place
 * named more or less precisely is the same place; a span that ran on into the sentence ("Hà Nội sáng 23/12") is not.
 */
export function samePlace(gold: string, got: string): boolean {
  const g = placeParts(gold), x = placeParts(got);
  const [whole, other] = [g[0]!, x[0]!];
  if (whole === other) return true;
  const within = (shorter: string, parts: string[]) =>
    parts.some((p) => p === shorter || p.startsWith(`${shorter} `) || p.endsWith(` ${shorter}`));
  return within(other, g) || within(whole, x);
}

/** Whether an extracted outlet is the gold's: the gold (which may add the site and notes) contains it, folded, as whole words. */
export function sameOutlet(gold: string, got: string): boolean {
  const x = fold(got);
  return x !== "" && ` ${fold(gold)} `.includes(` ${x} `);
}

/**
 * Scores one page. `filedOutlet` is the outlet extraction names when the same file is kept under a folder named after
 * its site (`vov.vn/ID.txt`), or undefined where the gold gives no URL.
 */
export function scoreFile(gold: Gold, rawLines: readonly string[], got: Extraction, filedOutlet?: string | null): FileScore {
  const body = plainBody(got.body);
  const boiler = new Set(gold.line_refs.boilerplate);
  const score: FileScore = {
    bodyTp: 0, bodyFp: 0, bodyFn: 0, missedLines: [], leakedLines: [],
    title: gold.title === null ? null : collapse(got.title) === collapse(gold.title),
    dropped: got.body.trim() === "",
    date: gold.date_from_text ? got.date === gold.date : null,
    dateRestraint: gold.date_from_text ? null : got.date === null,
    partners: sameSet(gold.partners.map(canonicalPartner), got.partners.map(canonicalPartner)),
    partnersNamed: null,
    participantsTp: 0, participantsFp: 0, participantsFn: 0,
    place: gold.location || got.location ? !!gold.location && !!got.location && samePlace(gold.location, got.location) : null,
    outletKnown: got.outlet !== null,
    outletRight: gold.outlet && got.outlet ? sameOutlet(gold.outlet, got.outlet) : null,
    outletFiled: filedOutlet === undefined ? null : filedOutlet !== null,
  };
  score.partnersNamed = gold.partners.length > 0 ? score.partners : null;
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
  /** Share of right dates where the text supports one. */
  date: number;
  /** Share of null dates where the text alone supports none. */
  dateRestraint: number;
  /** Share of pages whose partner set is exactly right (domestic pages: none). */
  partners: number;
  /** The same over pages whose gold names partners. */
  partnersNamed: number;
  participantsF1: number;
  /** Share of right places over pages where the gold or the extraction gives one. */
  place: number;
  /** Share of pages with an outlet named. */
  outletKnown: number;
  /** Share of right outlets among pages where both the gold and the extraction name one. */
  outletRight: number;
  /** Share of pages with an outlet named when each file is kept under a folder named after its site. */
  outletFiled: number;
}

/** Sums file scores into the figures the floors pin (micro-averaged body and participants). */
export function totals(scores: readonly FileScore[]): Totals {
  const sum = (f: (s: FileScore) => number) => scores.reduce((t, s) => t + f(s), 0);
  const tp = sum((s) => s.bodyTp), fp = sum((s) => s.bodyFp), fn = sum((s) => s.bodyFn);
  const dated = scores.filter((s) => s.date !== null);
  const share = (f: (s: FileScore) => boolean | null): number => {
    const scored = scores.map(f).filter((v) => v !== null);
    return scored.length ? scored.filter((v) => v).length / scored.length : 1;
  };
  const titled = scores.filter((s) => s.title !== null);
  return {
    bodyPrecision: tp + fp ? tp / (tp + fp) : 1,
    bodyRecall: tp + fn ? tp / (tp + fn) : 1,
    bodyF1: f1(tp, fp, fn),
    title: titled.length ? titled.filter((s) => s.title).length / titled.length : 1,
    dropped: sum((s) => (s.dropped ? 1 : 0)) / scores.length,
    date: dated.length ? dated.filter((s) => s.date).length / dated.length : 1,
    dateRestraint: share((s) => s.dateRestraint),
    partners: sum((s) => (s.partners ? 1 : 0)) / scores.length,
    partnersNamed: share((s) => s.partnersNamed),
    participantsF1: f1(sum((s) => s.participantsTp), sum((s) => s.participantsFp), sum((s) => s.participantsFn)),
    place: share((s) => s.place),
    outletKnown: share((s) => s.outletKnown),
    outletRight: share((s) => s.outletRight),
    outletFiled: share((s) => s.outletFiled),
  };
}
