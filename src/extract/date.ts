/**
 * Finds the date of the event (or, failing that, of publication) and names the evidence for its year.
 *
 * The event day comes from the article's lead ("Chiều 14/5, tại …"); most leads omit the year, so it is
 * inferred. Page clocks come only from the raw header lines, event days and year references only from the
 * article text (lists of other stories carry other dates). Nothing is ever after the page's clock or today.
 * The year is decided by the first of these that applies:
 *
 * 1. The year written with the event day ("Ngày 23/4/2022").
 * 2. A page clock on the event's day or a few days after it (`clockSameEventMaxDays`): the page was published
 *    with the event, so the clock's year is the event's, whatever other years the article names.
 * 3. Year evidence in the article. The event is on or after the latest moment the article refers to (a full
 *    date, "tháng 6-2024", "năm 2025", the end of an anniversary range "(1973-2023)", "Quốc khánh lần thứ 75"
 *    → 2020). Among the years that fit, a year the article names as such wins (it is usually the current one;
 *    the start of a range "2021-2025" is never one); otherwise the latest fit before a page clock (a clock far
 *    after the event is the scrape time, only an upper bound), or, without a clock, the first fit after the
 *    reference; otherwise the latest reference's own year if the day fits in it.
 * 4. No evidence at all: the page clock alone gives the latest year that fits before it.
 * 5. Otherwise the date is null.
 *
 * With no event day in the lead, the page clock is the publication date.
 */
import type { DateResult } from "./types.ts";
import { dates as settings } from "./settings.ts";
import {
  ANNIVERSARY_BASES, ANNIVERSARY_CUES, DATELINE_OPENERS, SPAN_START_ENDINGS, FUTURE_CLAUSE_WORDS, FUTURE_ENDINGS, WEEKDAYS, YEAR_OVER_AFTER, YEAR_OVER_BEFORE,
} from "./vocabulary/dates.ts";
import { allMatches } from "./matches.ts";

/** A calendar day; month and day are 1-based. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

/** The page's own clock ("09:14 | 16/07/2022 GMT+7"): publication or scrape time. */
export interface PageClock extends Day {
  text: string;
}

/** The event day as the lead writes it, with the year when it is given. */
export interface DayMention {
  day: number;
  month: number;
  year: number | null;
  /** 0 = Sunday, when the text names the weekday. */
  weekday: number | null;
  text: string;
}

/** A moment the article refers to: a year, or a month of a year, or a day. */
export interface YearEvidence {
  year: number;
  month: number | null;
  day: number | null;
  /**
   * True when the article names this year as such ("năm 2025", the end of an anniversary range, "Quốc khánh lần thứ 75"),
   * so it can be the event's year; false for what only bounds the event from below (the start of a term "2021-2025").
   */
  named: boolean;
  text: string;
}

export interface DateInput {
  /** Article text in reading order: headline, then blocks (no site furniture). */
  article: readonly string[];
  /** Raw lines outside the article near the top of the page, where page clocks stand. */
  header: readonly string[];
  /** Dates after this are impossible. */
  today: Date;
}

const pad = (n: number): string => String(n).padStart(2, "0");
const iso = (d: Day): string => `${d.year}-${pad(d.month)}-${pad(d.day)}`;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const compare = (a: Day, b: Day): number => a.year - b.year || a.month - b.month || a.day - b.day;

/** True when the day exists in the calendar (no 31/2, no 29/2 outside leap years). */
export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= last;
}

function weekdayOf(d: Day): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

function weekdayFromWord(word: string): number | null {
  const w = word.toLowerCase().trim();
  const found = WEEKDAYS.find(([name]) => name === w);
  return found ? found[1] : null;
}

function fullYear(y: string): number {
  return y.length === 2 ? 2000 + Number(y) : Number(y);
}

// ---------------------------------------------------------------------------------------------
// Page clocks

/** A date with a 2- or 4-digit year, any of the three separators ("16/07/2022", "26-7-25"). */
const CLOCK_DATE = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-])/;
/** A time of day beside it ("09:14", "22:12:59") or a zone ("GMT+7") makes the line a clock. */
const CLOCK_TIME = /(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)|GMT|UTC/;
const CLOCK_WEEKDAY = /(?:Thứ|thứ)\s(hai|ba|tư|năm|sáu|bảy|bẩy|Hai|Ba|Tư|Năm|Sáu|Bảy|[2-7])(?![\p{L}\d])|Chủ nhật|chủ nhật/u;

/** ISO dates as some pages print them ("2025-12-17", "2025-12-17T10:30:00+07:00"). */
const CLOCK_ISO = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/;
/** Labels of a publication line: "Ngày đăng: 16/07/2022", "Cập nhật 16/07/2022". */
const CLOCK_LABEL = /^(?:Ngày đăng|Đăng ngày|Đăng lúc|Cập nhật(?: lúc)?|Xuất bản|Thời gian đăng|Published|Updated|date)(?![\p{L}])/iu;

/**
 * Reads a page clock from one raw line, or null. A short line is a clock when its date has a time or
 * zone beside it, a weekday ("thứ sáu, 20/2/2026") or a publication label; the weekday, where printed, must agree.
 */
export function parsePageClock(line: string): PageClock | null {
  if (line.length > settings.clockLineMaxChars) return null;
  const weekday = CLOCK_WEEKDAY.exec(line);
  if (!CLOCK_TIME.test(line) && !weekday && !CLOCK_LABEL.test(line.trim())) return null;
  const m = CLOCK_DATE.exec(line);
  const iso = m ? null : CLOCK_ISO.exec(line);
  if (!m && !iso) return null;
  const [day, month, year] = m ? [Number(m[1]), Number(m[3]), fullYear(m[4]!)] : [Number(iso![3]), Number(iso![2]), Number(iso![1])];
  if (!isValidDay(year, month, day)) return null;
  const clock: PageClock = { year, month, day, text: line.trim() };
  if (weekday) {
    const expected = weekday[1] === undefined ? 0 : weekdayFromWord(weekday[1]);
    if (expected !== null && expected !== weekdayOf(clock)) return null;
  }
  return clock;
}

// ---------------------------------------------------------------------------------------------
// The event day

const OPENERS = DATELINE_OPENERS.map(escape).sort((a, b) => b.length - a.length).join("|");
/** Slash, dash or dot day/month (Thanh Niên writes "16.9") with an optional range start ("13-16/3") and year ("14/5/2024"). */
const DAY_MONTH = String.raw`(\d{1,2})(?:\s?(?:-|–|và|đến)\s?(?:ngày\s)?\d{1,2})?\s?[/.-]\s?(\d{1,2})(?:[/.-](\d{4}))?(?![\d/-]|\.\d)`;
/** "14 tháng 5" with an optional "năm 2024". */
const VERBAL = String.raw`(\d{1,2}) tháng (\d{1,2})(?:,? năm (\d{4}))?`;
const WEEKDAY = String.raw`(?:,?\s\(?(?:[Tt]hứ\s([\p{L}\d]{1,4})|[Cc]hủ nhật)\)?,?)?`;
/** A dateline at the start of a sentence: "Chiều 14/5,", "Sáng thứ Năm (20/2),", "Ngày 14 tháng 5 năm 2024,". */
// "Sáng mai" (tomorrow) is left out on purpose: a preview's day may lie after the page clock.
const DATELINE = new RegExp(String.raw`^(?:${OPENERS})(?:\s(?:nay|qua))?${WEEKDAY}(?:\s?ngày)?\s?\(?(?:${DAY_MONTH}|${VERBAL})`, "u");
/** The same day written inside a sentence ("… diễn ra sáng 14/5 tại …"). */
const INLINE_DAY = new RegExp(String.raw`(?<![\p{L}])(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Nn]gày)(?:\s(?:nay|qua))?${WEEKDAY}\s\(?(?:ngày\s)?(?:${DAY_MONTH}|${VERBAL})`, "gu");
/** A document reference just before a date ("Quyết định số 2788/QĐ-BQP ngày 14-6-2025"): not the event. */
const DOCUMENT_BEFORE = /(?:Quyết định|Nghị định|Thông tư|Chỉ thị|Nghị quyết|Công văn|Thông báo|Luật)\s(?:số\s)?[\d/A-ZĐa-z-]*\s?$/u;
/** An outlet tag or place cue before a lead ("TPO - ", "(GLO)- ", "(Dân trí) - ", "HÀ NỘI (VNA) - "). */
const LEAD_TAG = /^(?:\([^()\n]{1,30}\)|\p{Lu}[\p{L}\p{N}.+]*(?:\s[\p{Lu}(][\p{L}\p{N}.+()]*){0,3})\s?[-–]\s?/u;

function mentionFrom(m: RegExpExecArray, text: string): DayMention | null {
  const [, wd, d1, m1, y1, d2, m2, y2] = m;
  const day = Number(d1 ?? d2), month = Number(m1 ?? m2);
  const yearText = y1 ?? y2;
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  const weekday = wd === undefined ? (/[Cc]hủ nhật/.test(m[0]) ? 0 : null) : weekdayFromWord(wd);
  return { day, month, year: yearText ? Number(yearText) : null, weekday, text: text.trim() };
}

/** Splits a block into sentences at ". " before a capital letter. */
function sentences(block: string): string[] {
  return block.split(/(?<=[.!?…])\s+(?=[\p{Lu}“"])/u);
}

/** Finds the event day in the lead blocks: a dateline first, then a day inside a lead sentence. */
export function findEventDay(article: readonly string[]): DayMention | null {
  const lead = article.slice(0, settings.leadBlocks);
  for (const block of lead) {
    for (const sentence of sentences(block)) {
      const start = sentence.replace(LEAD_TAG, "");
      const m = DATELINE.exec(start) ?? DATELINE.exec(sentence);
      if (m) {
        const found = mentionFrom(m, m[0]);
        if (found) return found;
      }
    }
  }
  for (const block of lead) {
    for (const m of allMatches(INLINE_DAY, block)) {
      if (DOCUMENT_BEFORE.test(block.slice(Math.max(0, m.index - 40), m.index))) continue;
      const found = mentionFrom(m as RegExpExecArray, m[0]);
      if (found) return found;
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Year evidence

/** Full dates with one separator throughout: "23/4/2022", "14-6-2025", "13.6.1966". */
const FULL_DATE = /(?<![\d/.,-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/.,-]\d|\d)/g;
/** "14 tháng 5 năm 2024". */
const VERBAL_FULL = /(?<!\d)(\d{1,2}) tháng (\d{1,2}),? năm (\d{4})(?!\d)/gu;
/** "tháng 6-2024", "tháng 2/2025", "tháng 9.2023", "tháng 6 năm 2024", "(6/2024)". */
const MONTH_YEAR = /(?:tháng\s?(\d{1,2})(?:\s?[/.-]\s?|\snăm\s)(\d{4})|(?<![\d/.-])(\d{1,2})\/(\d{4}))(?![\d/.-]\d|\d)/gu;
/** A year range ("2021-2025", "(1967 - 2022)"). */
const YEAR_RANGE = /(?<![\d/.,-])((?:19|20)\d\d)\s?[-–]\s?((?:19|20)\d\d)(?![\d/.,-]\d|\d)/g;
/** A bare year: four digits without thousands dot (Vietnamese writes "2.000 người"), 1900–2099, not a document number ("số 2021/QĐ"). */
const BARE_YEAR = /(?<![\d/.,-])(?<!số\s)((?:19|20)\d\d)(?![\d/.,-]\d|\d|\s?%|\/\p{Lu})/gu;
/** "kỷ niệm 75 năm …" / "… lần thứ 75": a count of years since a known founding day. */
const ANNIVERSARY_COUNT = /(?:kỷ niệm|Kỷ niệm)\s(\d{1,3})\snăm\s|\slần thứ\s(\d{1,3})(?!\d)/gu;

const FUTURE_IN_CLAUSE = new RegExp(`(?:^|\\s)(?:${FUTURE_CLAUSE_WORDS.map(escape).join("|")})\\s`, "u");
const OVER_IN_CLAUSE = new RegExp(`(?:^|\\s)(?:${YEAR_OVER_BEFORE.map(escape).join("|")})\\s`, "u");
const OVER_AFTER = new RegExp(`^\\s(?:${YEAR_OVER_AFTER.map(escape).join("|")})(?![\\p{L}])`, "u");

/** The clause before `index` (back to the last comma, period or semicolon, at most a window). */
function clauseBefore(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - settings.futureCueWindow), index);
  return before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf("."), before.lastIndexOf(";")) + 1);
}

/** True when the year at `index` is a plan or horizon ("đến năm 2030", "sẽ … tháng 12/2025"). */
function isFuture(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - settings.futureCueWindow), index);
  const tail = before.trimEnd().replace(/\s?tháng\s?\d{1,2}\s?[/-]?\s?$/u, "").replace(/[(\s]+$/u, "");
  return FUTURE_ENDINGS.some((c) => tail.endsWith(` ${c}`) || tail === c) || FUTURE_IN_CLAUSE.test(clauseBefore(text, index));
}

/** True when the year at `index` is where a span starts ("kể từ năm 2006", "từ 1973"). */
function isSpanStart(text: string, index: number): boolean {
  const tail = text.slice(Math.max(0, index - 20), index).trimEnd().toLowerCase();
  return SPAN_START_ENDINGS.some((c) => tail.endsWith(` ${c}`) || tail === c);
}

/** True when the year ending at `end` (starting at `index`) is over ("tổng kết năm 2024", "năm 2024 vừa qua"). */
function isOver(text: string, index: number, end: number): boolean {
  return OVER_IN_CLAUSE.test(clauseBefore(text, index)) || OVER_AFTER.test(text.slice(end, end + 20));
}

/** "50 năm" in the text before a range: a count of years the range may span. */
const YEARS_COUNT = /(?<!\d)(\d{1,3})\snăm(?![\p{L}])/gu;

/**
 * True when the range at `index` spans an anniversary that ends now: an anniversary cue earlier in its sentence
 * ("kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam - Nhật Bản (1973-2023)"), or a count of years just before
 * that equals the range's span ("50 năm (1973-2023)").
 */
function isAnniversaryRange(text: string, index: number, first: number, last: number): boolean {
  const window = text.slice(Math.max(0, index - settings.anniversaryRangeWindow), index);
  const sentence = window.slice(Math.max(window.lastIndexOf(". "), window.lastIndexOf("\n")) + 1);
  if (ANNIVERSARY_CUES.some((c) => sentence.includes(c))) return true;
  return allMatches(YEARS_COUNT, sentence).some((m) => Number(m[1]) === last - first);
}

/** Every moment the article refers to as present or past, with the text it rests on. */
export function collectYearEvidence(text: string): YearEvidence[] {
  const found: YearEvidence[] = [];
  // Characters already read as part of a longer form (a full date before its month-year): linear to check.
  const used = new Uint8Array(text.length);
  const free = (start: number, end: number): boolean => used.subarray(start, end).every((c) => c === 0);
  const take = (m: RegExpMatchArray, e: Omit<YearEvidence, "text" | "named">, named = e.month === null): void => {
    const start = m.index!, end = start + m[0].length;
    if (!free(start, end)) return;
    used.fill(1, start, end);
    if (!isFuture(text, start)) found.push({ ...e, named, text: m[0].trim() });
  };
  for (const m of allMatches(FULL_DATE, text)) {
    const day = Number(m[1]), month = Number(m[3]), year = Number(m[4]);
    if (!isValidDay(year, month, day)) continue;
    // The end of an anniversary range ("(24/6/1967-24/6/2022)") may still lie ahead: its year only.
    const rangeEnd = /[-–]\s?$/.test(text.slice(Math.max(0, m.index - 3), m.index));
    take(m, rangeEnd ? { year, month: null, day: null } : { year, month, day });
  }
  for (const m of allMatches(VERBAL_FULL, text)) {
    const day = Number(m[1]), month = Number(m[2]), year = Number(m[3]);
    if (isValidDay(year, month, day)) take(m, { year, month, day });
  }
  for (const m of allMatches(MONTH_YEAR, text)) {
    const month = Number(m[1] ?? m[3]), year = Number(m[2] ?? m[4]);
    if (month >= 1 && month <= 12) take(m, { year, month, day: null });
  }
  for (const m of allMatches(YEAR_RANGE, text)) {
    const first = Number(m[1]), last = Number(m[2]);
    if (last < first) continue;
    // An anniversary range ends in the current year; a plan or term ("2021-2025") only says it has begun,
    // so its start bounds the event without naming its year.
    if (isAnniversaryRange(text, m.index!, first, last)) take(m, { year: last, month: null, day: null });
    else take(m, { year: first, month: null, day: null }, false);
  }
  for (const m of allMatches(BARE_YEAR, text)) {
    const year = Number(m[1]);
    // A year that is over bounds the event from the next 1 January on.
    // A year a span starts from ("kể từ năm 2006", "từ năm 1973 đến nay") bounds the event without naming its year.
    if (isOver(text, m.index!, m.index! + m[0].length)) take(m, { year: year + 1, month: 1, day: 1 });
    else take(m, { year, month: null, day: null }, !isSpanStart(text, m.index!));
  }
  for (const m of allMatches(ANNIVERSARY_COUNT, text)) {
    const count = Number(m[1] ?? m[2]);
    const near = text.slice(Math.max(0, m.index! - settings.anniversaryCueWindow), m.index! + m[0].length + settings.anniversaryCueWindow);
    const base = ANNIVERSARY_BASES.find(([phrase]) => near.toLowerCase().includes(phrase.toLowerCase()));
    if (base && count > 0) found.push({ year: base[1] + count, month: null, day: null, named: true, text: `${m[0].trim()} ${base[0]}` });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Putting it together

function dayFromDate(d: Date): Day {
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The first day a piece of evidence allows: its day, the 1st of its month, or 1 January. */
function lowerBoundOf(e: YearEvidence): Day {
  return { year: e.year, month: e.month ?? 1, day: e.day ?? 1 };
}

function fits(d: Day, mention: DayMention, upper: Day): boolean {
  return isValidDay(d.year, d.month, d.day) && compare(d, upper) <= 0 && (mention.weekday === null || weekdayOf(d) === mention.weekday);
}

const DAY_MS = 86_400_000;
const dayNumber = (d: Day): number => Date.UTC(d.year, d.month - 1, d.day) / DAY_MS;

/** The event day in the clock's year (or the one before, across New Year) when the clock is on it or a few days after, or null. */
function publishedWithEvent(mention: DayMention, clock: PageClock): Day | null {
  for (const year of [clock.year, clock.year - 1]) {
    const d = { year, month: mention.month, day: mention.day };
    if (fits(d, mention, clock) && dayNumber(clock) - dayNumber(d) <= settings.clockSameEventMaxDays) return d;
  }
  return null;
}

/** The event day's first occurrence after `after` in any year (a 29 February waits for a leap year), or null if it has none. */
function nextOccurrence(mention: DayMention, after: Day): Day | null {
  for (let year = after.year; year <= after.year + 8; year++) {
    const d = { year, month: mention.month, day: mention.day };
    if (isValidDay(d.year, d.month, d.day) && compare(d, after) > 0) return d;
  }
  return null;
}

/**
 * The first day after today on which the decision below could come out differently, or null when
 * no later day changes it. Today enters the decision only as a bound: which page clocks are
 * possible, and (without a clock) which years of the event day and which references of the article
 * are not after it. So the decision holds until a later clock, the event day's next occurrence or a
 * later reference comes within reach (conservatively: the weekday is not checked).
 */
function firstChangeAfter(today: Day, laterClocks: Day[], clock: PageClock | null, mention: DayMention | null, evidence: () => YearEvidence[]): Day | null {
  const days = [...laterClocks];
  if (clock === null && mention !== null) {
    if (mention.year !== null) days.push({ year: mention.year, month: mention.month, day: mention.day });
    else {
      const next = nextOccurrence(mention, today);
      if (next) days.push(next);
      days.push(...evidence().map(lowerBoundOf));
    }
  }
  return days.filter((d) => compare(d, today) > 0).sort(compare)[0] ?? null;
}

/** Returns the article's date and the evidence for it (or null with the reason), and the first later day that could change them. */
export function extractDate(input: DateInput): DateResult {
  const todayDay = dayFromDate(input.today);
  const clocks = input.header.map(parsePageClock).filter((c) => c !== null);
  const clock = clocks.find((c) => compare(c, todayDay) <= 0) ?? null;
  const mention = findEventDay(input.article);
  let evidence: YearEvidence[] | undefined;
  const allEvidence = () => (evidence ??= collectYearEvidence(input.article.join("\n")));
  const recheck = firstChangeAfter(todayDay, clocks.filter((c) => compare(c, todayDay) > 0), clock, mention, allEvidence);
  return { ...decideDate(todayDay, clock, mention, allEvidence), recheckOn: recheck && iso(recheck) };
}

function decideDate(todayDay: Day, clock: PageClock | null, mention: DayMention | null, allEvidence: () => YearEvidence[]): Omit<DateResult, "recheckOn"> {
  const upper = clock ?? todayDay;
  // Not the day itself: the decision holds on every day until the recheck day, and the basis with it.
  const upperText = clock ? `the page clock "${clock.text}"` : "today";

  if (mention === null) {
    if (clock) return { date: iso(clock), basis: `page clock "${clock.text}" (publication); no event day in the article` };
    return { date: null, basis: "no event day in the article and no page clock" };
  }
  const said = `event day "${mention.text}"`;

  if (mention.year !== null) {
    const d = { year: mention.year, month: mention.month, day: mention.day };
    if (!isValidDay(d.year, d.month, d.day)) return { date: null, basis: `${said} is not a calendar day` };
    if (compare(d, upper) > 0) return { date: null, basis: `${said} is after ${upperText}` };
    if (mention.weekday !== null && weekdayOf(d) !== mention.weekday) return { date: null, basis: `${said}: the weekday does not match the date` };
    return { date: iso(d), basis: `${said} with its year` };
  }

  const published = clock && publishedWithEvent(mention, clock);
  if (published) {
    return { date: iso(published), basis: `${said}; year ${published.year} from the page clock "${clock.text}", on or just after the event's day` };
  }

  const evidence = allEvidence()
    .filter((e) => compare(lowerBoundOf(e), upper) <= 0)
    .sort((a, b) => compare(lowerBoundOf(b), lowerBoundOf(a)));
  const latest = evidence[0];
  if (latest) {
    // Candidates: every year from the latest reference's to the bound whose day fits between them.
    const bound = lowerBoundOf(latest);
    const candidates: Day[] = [];
    for (let year = bound.year; year <= upper.year; year++) {
      const d = { year, month: mention.month, day: mention.day };
      if (compare(d, bound) >= 0 && fits(d, mention, upper)) candidates.push(d);
    }
    const since = `on or after "${latest.text}" (the latest moment the article refers to) and not after ${upperText}`;
    // A year the article names as such ("năm 2025", "Quốc khánh lần thứ 75") is usually the current one.
    const named = evidence.filter((e) => e.named).sort((a, b) => b.year - a.year)[0];
    const namedFit = named && candidates.find((d) => d.year === named.year);
    if (namedFit) return { date: iso(namedFit), basis: `${said}; year ${named.year} named in the article ("${named.text}"), ${since}` };
    // News follows its event closely: with a page clock the latest fit is nearest; without one, the first after the reference.
    const pick = clock ? candidates.at(-1) : candidates[0];
    if (pick) return { date: iso(pick), basis: `${said}; year ${pick.year}: the ${clock ? "latest" : "first"} ${since}` };
    // The latest reference may be a plan after the event: its year, if that fits, is still the best support.
    const sameYear = { year: latest.year, month: mention.month, day: mention.day };
    if (fits(sameYear, mention, upper)) {
      return { date: iso(sameYear), basis: `${said}; year ${latest.year} from "${latest.text}" in the article, not after ${upperText}` };
    }
    return { date: null, basis: `${said}: no year on or after "${latest.text}" fits before ${upperText}` };
  }
  if (clock) {
    for (let year = clock.year; year >= clock.year - 1; year--) {
      const d = { year, month: mention.month, day: mention.day };
      if (fits(d, mention, clock)) return { date: iso(d), basis: `${said}; year ${year}: the latest not after the page clock "${clock.text}"` };
    }
    return { date: null, basis: `${said}: no year fits before the page clock "${clock.text}"` };
  }
  return { date: null, basis: `${said} without a year, and neither the article nor a page clock gives one` };
}
