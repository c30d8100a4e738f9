/**
 * Finds the date of the event (or, failing that, of publication) from the dated mentions of a page, each read with
 * its role, and names the evidence for its year.
 *
 * The event day comes from the article's lead ("Chiều 14/5, tại …"; a day range "ngày 18-22/6" gives its first
 * day); most leads omit the year. Every other dated mention is collected with its role:
 *
 * - **range end**: the end of the event day's own range ("Từ ngày 27 tháng 11 đến ngày 1 tháng 12 năm 2018");
 * - **same event**: a full date a few days from the event day ("30/5/2015" after "Sáng 29/5", "22-25/11/2021");
 * - **publication**: a page clock, a date line or a source line outside the article ("Nguồn tin: Lao Động, 12/02/2008");
 * - **named**: a year the article names as its own ("năm 2025", the end of an anniversary range, "Quốc khánh lần thứ 75");
 * - **history**: a past moment, which the event is on or after ("tháng 6-2024", "kể từ năm 2006", a year that is over);
 * - **upcoming**: a year still to come ("Tết Tân Mão (2011) tới"), which the event is before;
 * - **plan year**: a year whose plan or tasks are named ("Kế hoạch hợp tác năm 2025"), which the event is in or in the autumn
 *   before; and a year whose results are given ("Năm 2022, tỉnh cấp mới …"), which is over;
 * - **plan**: a horizon or a plan ("đến năm 2030", "sẽ … tháng 12/2025"), which bounds nothing.
 *
 * The year is decided by the first of these that applies; each puts the event nearest its same-event evidence,
 * inside the bounds and not after its publication evidence:
 *
 * 1. The year written with the event day, or with the end of its range (also where the same day starts a range written
 *    elsewhere, "Từ 15/9 đến tháng 2/2015").
 * 2. A full date of the same event within `sameEventMaxDays` of the event day.
 * 3. A publication line on the event's day or within `clockSameEventMaxDays` after it (the earliest such line: a later
 *    one is the time of scraping); an announced event ("sẽ được tổ chức") may instead follow it by `announcedMaxDays`.
 * 4. A year named *with the event*: in its sentence or the headline, or called this year's ("năm nay"), unless its
 *    clause tells of the past; the school year or the congress's term the event sentence names ("năm học 2022-2023",
 *    "Đại hội … nhiệm kỳ 2021-2026"). Then, among the years the bounds allow (history below; the page clock, an
 *    upcoming year or today above), a named year as late as every moment the article refers to, in no sentence about
 *    the past ("thành lập", "năm ngoái", "kỷ niệm" …). A year named only as history is never the event's.
 * 5. The only year the bounds (and a weekday the text names) allow; the last one before an upcoming year; or the latest
 *    one when the page clock is at most `clockBoundsYearMaxDays` after it.
 * 6. Otherwise the date is null, with the reason.
 *
 * With no event day in the lead, the earliest publication line is the date. The archive's stamp on a stored page
 * (" date 2025-10-21") is no evidence at all.
 */
import type { DateResult } from "./types.ts";
import { dates as settings } from "./settings.ts";
import {
  ANNIVERSARY_BASES, ANNIVERSARY_CUES, ANNOUNCEMENT_WORDS, COMMEMORATED_BEFORE, COUNTED_BACK_WORDS, HELD_WORDS, REPORT_WORDS, CONGRESS_WORDS, CURRENT_YEAR_CUES, DATELINE_OPENERS, DEADLINE_BEFORE,
  DOCUMENT_NOUNS, DOCUMENT_WORDS, ENGLISH_MONTHS, ENGLISH_WEEKDAYS, FOUNDING_WORDS, FUTURE_CLAUSE_WORDS, FUTURE_ENDINGS, HISTORY_WORDS, LUNAR_NEW_YEAR_WORDS, PAST_WORDS, PLAN_YEAR_WORDS,
  PUBLICATION_LABELS, RESULT_WORDS, SCHOOL_YEAR_WORDS, SPAN_START_ENDINGS, TERM_WORDS, UPCOMING_AFTER, WEEKDAYS, YEAR_OPENERS, YEAR_OVER_AFTER,
  YEAR_OVER_BEFORE,
} from "./vocabulary/dates.ts";
import { allMatches } from "./matches.ts";

/** A calendar day; month and day are 1-based. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

/** A publication line: the page's clock ("09:14 | 16/07/2022 GMT+7"), a date line ("21/12/2015") or a source line. */
export interface PageClock extends Day {
  text: string;
}

/** The event day as the lead writes it, with the year when it is given. */
export interface DayMention {
  day: number;
  month: number;
  year: number | null;
  /** The year is the one written with the end of the day's range ("từ ngày 23 đến ngày 27/12/2015"). */
  yearFromEnd: boolean;
  /** 0 = Sunday, when the text names the weekday. */
  weekday: number | null;
  text: string;
  /** The last day of the event's range ("đến 27/8/2023", "22-25/11"), when the text gives one with a year. */
  end: Day | null;
  /** The text gives a range of days ("13-16/3", "từ 26/8 đến 27/8"). */
  range: boolean;
  /** The sentence announces the event ("sẽ được tổ chức"): it may come after the page's clock. */
  announced: boolean;
  /** The sentence the day stands in: a year it names is the event's own. */
  sentence: string;
}

/** What a dated mention in the article says about the event. */
export type EvidenceRole = "named" | "history" | "upcoming" | "planEnd";

/** A moment the article refers to: a year, or a month of a year, or a day. */
export interface YearEvidence {
  year: number;
  month: number | null;
  day: number | null;
  /**
   * True when the article names this year as such ("năm 2025", the end of an anniversary range, "Quốc khánh lần thứ 75"),
   * so it can be the event's year; false for what only bounds the event (the start of a term "2021-2025").
   */
  named: boolean;
  /** named or history: the event is on or after it; upcoming: the event is before it. */
  role: EvidenceRole;
  /** A full date that may be the same event continuing ("30/5/2015" after "Sáng 29/5"); false for a founding day or a document's date. */
  sameEventCandidate: boolean;
  text: string;
  /** Where the mention stands in the article text (the blocks joined by line breaks). */
  index: number;
  /** The year is an anniversary's (the end of its range, or counted from its founding day): it is celebrated now, or was. */
  anniversary?: true;
}

export interface DateInput {
  /** Article text in reading order: headline, then blocks (no site furniture). */
  article: readonly string[];
  /** Raw lines outside the article where publication lines stand: near the headline first, then bylines and source lines. */
  header: readonly string[];
  /** Dates after this are impossible. */
  today: Date;
}

const pad = (n: number): string => String(n).padStart(2, "0");
const iso = (d: Day): string => `${d.year}-${pad(d.month)}-${pad(d.day)}`;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternation = (list: readonly string[]): string => [...list].sort((a, b) => b.length - a.length).map(escape).join("|");
const compare = (a: Day, b: Day): number => a.year - b.year || a.month - b.month || a.day - b.day;
const DAY_MS = 86_400_000;
const dayNumber = (d: Day): number => Date.UTC(d.year, d.month - 1, d.day) / DAY_MS;

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
// Publication lines

/**
 * The archive's own stamp at the top of a stored page (" date 2025-10-21", " date 2017-03"): when the page was stored,
 * sometimes years after its event, and never printed by the outlet. It is no evidence of the event's year.
 */
const ARCHIVE_STAMP = /^\s*date\s\d{4}-\d{2}(?:-\d{2})?(?![\d-])\s?/u;
const withoutStamp = (line: string): string => line.replace(ARCHIVE_STAMP, "");

/** A date with a 2- or 4-digit year, any of the three separators ("16/07/2022", "26-7-25"). */
// A time may be joined to it by a dash ("14/04/2026-07:05").
const CLOCK_DATE = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.])(?!-(?!\s?\d{1,2}:\d{2}))/;
/** "28 tháng 1, 2012", "Ngày 29 tháng 8 năm 2012". */
const CLOCK_VERBAL = /(?<!\d)(\d{1,2})\s[Tt]háng\s(\d{1,2}),?\s(?:năm\s)?(\d{4})(?!\d)/u;
/** "January 18, 2015" or "18 January 2015". */
const CLOCK_ENGLISH = new RegExp(String.raw`(?:(${ENGLISH_MONTHS.join("|")})\s(\d{1,2}),?\s(\d{4})|(\d{1,2})\s(${ENGLISH_MONTHS.join("|")}),?\s(\d{4}))(?!\d)`);
/** A time of day beside it ("09:14", "22:12:59") or a zone ("GMT+7") makes the line a clock. */
const CLOCK_TIME = /(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)|GMT|UTC/;
const CLOCK_WEEKDAY = /(?:Thứ|thứ)\s(hai|ba|tư|năm|sáu|bảy|bẩy|Hai|Ba|Tư|Năm|Sáu|Bảy|[2-7])(?![\p{L}\d])|Chủ nhật|chủ nhật/u;
const ENGLISH_WEEKDAY = new RegExp(`(?<![A-Za-z])(${ENGLISH_WEEKDAYS.join("|")})(?![A-Za-z])`);

/** ISO dates as some pages print them ("2025-12-17", "2025-12-17T10:30:00+07:00"). */
const CLOCK_ISO = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/;
/** Labels of a publication or source line: "Ngày đăng: 16/07/2022", "Nguồn tin: Lao Động, 12/02/2008". */
const CLOCK_LABEL = new RegExp(`^[•·*\\-–\\s]*(?:${alternation(PUBLICATION_LABELS)})(?![\\p{L}])`, "iu");
/** A document's number before a date ("Nghị định 16/07/2022", "số 12/2022"): not a clock. */
const DOCUMENT_CUE = new RegExp(`(?:^|\\s)(?:${alternation(DOCUMENT_WORDS)})(?![\\p{L}])`, "u");

interface FoundDate extends Day {
  index: number;
  length: number;
}

/** The first date a short line prints, in any of the forms pages use, or null. */
function dateInLine(line: string): FoundDate | null {
  const m = CLOCK_DATE.exec(line);
  if (m) return { day: Number(m[1]), month: Number(m[3]), year: fullYear(m[4]!), index: m.index, length: m[0].length };
  const v = CLOCK_VERBAL.exec(line);
  if (v) return { day: Number(v[1]), month: Number(v[2]), year: Number(v[3]), index: v.index, length: v[0].length };
  const i = CLOCK_ISO.exec(line);
  if (i) return { day: Number(i[3]), month: Number(i[2]), year: Number(i[1]), index: i.index, length: i[0].length };
  const e = CLOCK_ENGLISH.exec(line);
  if (e) {
    const month = ENGLISH_MONTHS.indexOf((e[1] ?? e[5])!) + 1;
    return { day: Number(e[2] ?? e[4]), month, year: Number(e[3] ?? e[6]), index: e.index, length: e[0].length };
  }
  return null;
}

/**
 * Reads a publication line from one raw line outside the article, or null. A short line is one when its date has a
 * time or zone beside it, a weekday ("thứ sáu, 20/2/2026"), a publication or source label, or (unless `marked` is
 * asked for) little else around it (a date line "21/12/2015", "Audio thời sự 18-07-2019"); never a document's date.
 * The weekday, where printed, must agree.
 */
export function parsePageClock(line: string, { marked: mustBeMarked = false } = {}): PageClock | null {
  if (line.length > settings.clockLineMaxChars) return null;
  const found = dateInLine(line);
  if (!found || !isValidDay(found.year, found.month, found.day)) return null;
  const weekday = CLOCK_WEEKDAY.exec(line);
  const english = ENGLISH_WEEKDAY.exec(line);
  const rest = (line.slice(0, found.index) + line.slice(found.index + found.length)).replace(/[\s|,.:;()\-–•·*]+/gu, " ").trim();
  const marked = CLOCK_TIME.test(line) || weekday !== null || english !== null || CLOCK_LABEL.test(line.trim());
  if (DOCUMENT_CUE.test(line.slice(0, found.index))) return null;
  if (!marked && (mustBeMarked || rest.length > settings.dateLineMaxOtherChars)) return null;
  const clock: PageClock = { year: found.year, month: found.month, day: found.day, text: line.trim() };
  const expected = weekday ? (weekday[1] === undefined ? 0 : weekdayFromWord(weekday[1])) : english ? ENGLISH_WEEKDAYS.indexOf(english[1]!) : null;
  if (expected !== null && expected !== weekdayOf(clock)) return null;
  return clock;
}

// ---------------------------------------------------------------------------------------------
// The event day

const OPENERS = alternation(DATELINE_OPENERS);
/**
 * A day and month written with slash, dash or dot (Thanh Niên writes "16.9"), with an optional year ("14/5/2024"),
 * a range of days in that month before it ("13-16/3", "23 đến ngày 27/12/2015") or a range's end after it
 * ("26/8 đến 27/8/2023", "10.2 và 11.2", "31/5 đến 2/6/2025").
 */
const DAY_MONTH = String.raw`(?<sD>\d{1,2})(?:\s?(?:-|–|và|đến|tới)\s?(?:ngày\s)?(?<rD>\d{1,2})(?=\s?[/.-]\s?\d))?\s?[/.-]\s?(?<sM>\d{1,2})(?:[/.-](?<sY>\d{4}))?(?![\d/-]|\.\d)(?:\s?(?:-|–|và|đến|tới)\s?(?:ngày\s)?(?<eD>\d{1,2})\s?[/.-]\s?(?<eM>\d{1,2})(?:[/.-](?<eY>\d{4}))?(?![\d/-]|\.\d))?`;
/** "14 tháng 5", "7 và 8 tháng 10 năm 2016", "27 tháng 11 đến ngày 1 tháng 12 năm 2018". */
const VERBAL = String.raw`(?<vS>\d{1,2})(?:\s(?:và|-|–|đến|tới)\s(?:ngày\s)?(?<vE>\d{1,2}))?\stháng\s(?<vM>\d{1,2})(?:,?\snăm\s(?<vY>\d{4}))?(?:\s(?:đến|tới|-|–)\s(?:ngày\s)?(?<vED>\d{1,2})\stháng\s(?<vEM>\d{1,2}),?\snăm\s(?<vEY>\d{4}))?(?!\d)`;
const WEEKDAY = String.raw`(?:,?\s\(?(?:[Tt]hứ\s(?<wd>[\p{L}\d]{1,4})|(?<sun>[Cc]hủ nhật))\)?,?)?`;
/** A dateline at the start of a sentence: "Chiều 14/5,", "Sáng thứ Năm (20/2),", "Ngày 14 tháng 5 năm 2024,". */
// "Sáng mai" (tomorrow) is left out on purpose: a preview's day may lie after the page clock.
const DATELINE = new RegExp(String.raw`^(?:${OPENERS})(?:\s(?:nay|qua))?${WEEKDAY}(?:\s?ngày)?\s?\(?(?:${DAY_MONTH}|${VERBAL})`, "u");
/** The same day written inside a sentence ("… diễn ra sáng 14/5 tại …", "… từ 26/8 đến 27/8/2023", "đêm giao thừa, tức 9-2"). */
const INLINE_DAY = new RegExp(String.raw`(?<![\p{L}])(?<opener>[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Nn]gày|[Hh]ôm|[Tt]ừ|tức)(?:\s(?:nay|qua))?${WEEKDAY}\s\(?(?:ngày\s)?(?:${DAY_MONTH}|${VERBAL})`, "gu");
/**
 * A document reference just before a date ("Quyết định số 2788/QĐ-BQP ngày 14-6-2025"): not the event. A document's
 * code may mix cases ("Kế hoạch kiểm tra số 27/KHr-BTC ngày 02/03/2021", "số 15/2020/NĐ-CP").
 */
const DOCUMENT_BEFORE = /(?:(?:Quyết định|Nghị định|Thông tư|Chỉ thị|Nghị quyết|Công văn|Thông báo|Luật|Kế hoạch)\s(?:số\s|sô\s)?[\d/A-ZĐa-z-]*|\d+(?:\/\d{4})?\/[A-ZĐ][\p{L}.-]*)\s?$/u;
/** "(kể) từ ngày 19/4/2015 (cho) đến nay": where a span began, not the event. */
const SPAN_BEFORE = /(?:^|\s)(?:kể từ|bắt đầu từ|từ)\s$/u;
const UNTIL_NOW_AFTER = /^\)?\s?(?:cho\s)?(?:đến|tới)\s(?:nay|hiện nay|bây giờ)/u;
/** An outlet tag or place cue before a lead ("TPO - ", "(GLO)- ", "(Dân trí) - ", "HÀ NỘI (VNA) - "). */
const LEAD_TAG = /^(?:\([^()\n]{1,30}\)|\p{Lu}[\p{L}\p{N}.+]*(?:\s[\p{Lu}(][\p{L}\p{N}.+()]*){0,3})\s?[-–]\s?/u;
const ANNOUNCED = new RegExp(`(?:^|\\s)(?:${alternation(ANNOUNCEMENT_WORDS)})\\s`, "u");

interface Written {
  day: number;
  month: number;
  year: number | null;
}

const written = (d: string | undefined, m: string | undefined, y: string | undefined): Written => ({ day: Number(d), month: Number(m), year: y ? Number(y) : null });

/** The event day of a dateline or inline match, with the end of its range; null when it is no calendar day. */
function mentionFrom(m: RegExpExecArray, sentence: string): DayMention | null {
  const g = m.groups ?? {};
  let start: Written;
  let end: Written | null = null;
  if (g.sM !== undefined) {
    start = written(g.sD, g.sM, g.sY);
    if (g.rD !== undefined) end = written(g.rD, g.sM, g.sY);
    if (g.eD !== undefined) end = written(g.eD, g.eM, g.eY);
  } else {
    start = written(g.vS, g.vM, g.vY);
    if (g.vE !== undefined) end = written(g.vE, g.vM, g.vY);
    if (g.vED !== undefined) end = written(g.vED, g.vEM, g.vEY);
  }
  if (!(start.month >= 1 && start.month <= 12 && start.day >= 1 && start.day <= 31)) return null;
  const weekday = g.wd === undefined ? (g.sun !== undefined ? 0 : null) : weekdayFromWord(g.wd);
  let endDay: Day | null = null;
  let year = start.year;
  let yearFromEnd = false;
  if (end && end.year !== null && isValidDay(end.year, end.month, end.day)) {
    endDay = { year: end.year, month: end.month, day: end.day };
    // The end's year is the start's, or the one before across New Year ("30/12 đến 2/1/2016").
    if (year === null) {
      year = start.month > end.month ? end.year - 1 : end.year;
      yearFromEnd = true;
    }
  }
  return { day: start.day, month: start.month, year, yearFromEnd, weekday, text: m[0].trim(), end: endDay, range: end !== null, announced: ANNOUNCED.test(` ${sentence}`), sentence };
}

/** Splits a block into sentences at ". " before a capital letter. */
function sentences(block: string): string[] {
  return block.split(/(?<=[.!?…])\s+(?=[\p{Lu}“"])/u);
}

/** A deadline right before a date ("báo cáo trước ngày 30/10/2020", "chậm nhất ngày 5/11"): not the event. */
const DEADLINE = new RegExp(`(?:^|\\s)(?:${alternation(DEADLINE_BEFORE)})\\s$`, "iu");

/** True when the inline day at `index` is a document's date or where a span to now began, not the event. */
function notTheEvent(sentence: string, index: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, index - 40), index);
  if (DOCUMENT_BEFORE.test(before) || DEADLINE.test(before)) return true;
  return SPAN_BEFORE.test(before) && UNTIL_NOW_AFTER.test(sentence.slice(end).trimStart());
}

/** "Cách đây hơn 55 năm, ngày 24-6-1967, …": a day the sentence counts back to is history, not the event. */
const COUNTED_BACK = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(COUNTED_BACK_WORDS)})(?![\\p{L}])`, "iu");

/** The first dateline opening a sentence in `blocks` that `accept` allows, or null. */
function datelineIn(blocks: readonly string[], accept: (m: DayMention) => boolean): DayMention | null {
  for (const block of blocks) {
    for (const sentence of sentences(block)) {
      const start = sentence.replace(LEAD_TAG, "");
      const m = DATELINE.exec(start) ?? DATELINE.exec(sentence);
      if (m) {
        const found = mentionFrom(m, sentence);
        if (found && accept(found)) return found;
      }
    }
  }
  return null;
}

const wordCount = (block: string): number => block.split(/\s+/u).filter(Boolean).length;

/** The first `leadBlocks` blocks of running text, with the short blocks among them (widgets let through, captions). */
export function leadOf(article: readonly string[]): string[] {
  let counted = 0;
  let end = 0;
  while (end < article.length && counted < settings.leadBlocks) {
    // The headline (block 0) always counts: it is the lead's first block however short.
    if (end === 0 || wordCount(article[end]!) >= settings.leadBlockMinWords) counted++;
    end++;
  }
  return article.slice(0, end);
}

/**
 * Finds the event day in the lead blocks: a dateline first, then a day inside a lead sentence; a day the sentence counts
 * back to ("Cách đây hơn 55 năm, ngày 24-6-1967") is history, and `accept` may turn down others. An inline day
 * in a sentence that announces it ("dự kiến diễn ra từ ngày 4 - 8/2") gives way to a dateline a few blocks on
 * ("Chiều 8/1, tại trụ sở Chính phủ, …"): the news is what happened, the announcement its subject.
 */
export function findEventDay(article: readonly string[], accept: (m: DayMention) => boolean = () => true): DayMention | null {
  const lead = leadOf(article);
  const take = (m: DayMention): boolean => accept(m) && !COUNTED_BACK.test(m.sentence.slice(0, m.sentence.indexOf(m.text) + 1 || undefined));
  const dateline = datelineIn(lead, take);
  // "Ngày 12-4, HLV … cho biết, …": the day a result is told; the event told of is the range held just before it.
  if (dateline && REPORTED.test(dateline.sentence)) {
    const held = heldDay(article, take);
    if (held && held.end && held.end.month * 31 + held.end.day <= dateline.month * 31 + dateline.day && dateline.month * 31 + dateline.day - (held.end.month * 31 + held.end.day) <= settings.sameEventMaxDays) return held;
  }
  if (dateline) return dateline;
  for (const block of lead) {
    for (const sentence of sentences(block)) {
      for (const m of allMatches(INLINE_DAY, sentence)) {
        if (notTheEvent(sentence, m.index, m.index + m[0].length)) continue;
        const found = mentionFrom(m, sentence);
        // "từ 26/8" alone may begin a span to now; only a range ("từ 26/8 đến 27/8/2023") is the event's.
        if (!found || (/^[Tt]ừ$/.test(m.groups?.opener ?? "") && !found.range) || !take(found)) continue;
        if (found.announced) {
          const later = datelineIn(article.slice(lead.length, lead.length + settings.announcedDatelineBlocks), (d) => take(d) && !d.announced);
          if (later) return later;
        }
        return found;
      }
    }
  }
  return heldDay(article, take);
}

const HELD = new RegExp(`(?:^|\\s)(?:${alternation(HELD_WORDS)})(?![\\p{L}])`, "u");
const REPORTED = new RegExp(`(?:^|\\s)(?:${alternation(REPORT_WORDS)})(?![\\p{L}])`, "u");

/** A day the article says its event was held on ("Giải … diễn ra từ ngày 10 đến 16/8"), anywhere in it, not announced. */
function heldDay(article: readonly string[], take: (m: DayMention) => boolean): DayMention | null {
  for (const block of article.slice(1)) {
    for (const sentence of sentences(block)) {
      if (!HELD.test(sentence)) continue;
      for (const m of allMatches(INLINE_DAY, sentence)) {
        if (notTheEvent(sentence, m.index, m.index + m[0].length)) continue;
        const found = mentionFrom(m, sentence);
        if (found && found.range && !found.announced && take(found)) return found;
      }
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Year evidence

/** Full dates with one separator throughout: "23/4/2022", "14-6-2025", "13.6.1966"; a day range before it ("22-25/11/2021"). */
const FULL_DATE = /(?<![\d/.,])(?:(\d{1,2})\s?[-–]\s?)?(\d{1,2})([/.-])(\d{1,2})\3(\d{4})(?![\d/.,-]\d|\d)/g;
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
// "tới" before another time is the end of a range ("từ tháng 10/2022 tới tháng 6 năm ngoái"), not "coming".
const UPCOMING = new RegExp(`^\\)?\\s(?:${alternation(UPCOMING_AFTER)})(?![\\p{L}])(?!\\s(?:ngày|tháng|năm|nay|hết|cuối|đầu|giữa|\\d))`, "u");
const COMMEMORATED = new RegExp(`(?:${alternation(COMMEMORATED_BEFORE)})[^.;!?]{0,${settings.commemoratedCueWindow}}$`, "u");

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

const DOCUMENT_IN_CLAUSE = new RegExp(`(?:^|\\s)(?:${alternation(DOCUMENT_NOUNS)})\\s`, "u");

/** True when the year at `index` dates a document named earlier in its clause ("Thỏa thuận … năm 2013"). */
function isDocumentYear(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - settings.documentCueWindow), index);
  // Commas do not end the clause: a document's name lists its fields with them ("Hiệp định về hợp tác kinh tế, văn hóa, giáo dục … năm 2011").
  const clause = before.slice(Math.max(before.lastIndexOf(". "), before.lastIndexOf(";"), before.lastIndexOf("\n")) + 1);
  return DOCUMENT_IN_CLAUSE.test(clause);
}

/** True when the year at `index` is where a span starts ("kể từ năm 2006", "từ 1973"). */
function isSpanStart(text: string, index: number): boolean {
  const tail = text.slice(Math.max(0, index - 20), index).trimEnd().toLowerCase();
  return SPAN_START_ENDINGS.some((c) => tail.endsWith(` ${c}`) || tail === c);
}

/** True when the year ending at `end` (starting at `index`) is over ("tổng kết năm 2024", "năm 2024 vừa qua"). */
function isOver(text: string, index: number, end: number): boolean {
  return OVER_IN_CLAUSE.test(clauseBefore(text, index)) || OVER_AFTER.test(text.slice(end, end + 20)) || givesResults(text, index, end);
}

const OPENS_SENTENCE = new RegExp(`(?:^|[.;!?]\\s|\\n)(?:${alternation(YEAR_OPENERS)})\\s?$`, "u");
const RESULT_IN_SENTENCE = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(RESULT_WORDS)})(?![\\p{L}])`, "u");

/**
 * True when the year at `index` opens a sentence that gives its results ("Năm 2022, tỉnh cấp mới giấy chứng nhận cho 21
 * dự án", "Năm 2023, kim ngạch đạt 10 tỷ USD"): a whole year's figures are given once it is over.
 */
function givesResults(text: string, index: number, end: number): boolean {
  if (!OPENS_SENTENCE.test(text.slice(Math.max(0, index - 20), index))) return false;
  const rest = text.slice(end, end + settings.historyCueWindow);
  const stop = rest.search(/\.\s|;|\n/);
  const sentence = stop < 0 ? rest : rest.slice(0, stop);
  return RESULT_IN_SENTENCE.test(sentence);
}

const PLAN_YEAR = new RegExp(`(?:^|\\s)(?:${alternation(PLAN_YEAR_WORDS)})(?:\\s\\p{Ll}+){0,2}\\s(?:của\\s)?năm\\s$`, "iu");

/** True when the year at `index` is the one whose tasks or plan are launched ("triển khai nhiệm vụ năm 2024", "kế hoạch năm 2025"). */
function isPlanYear(text: string, index: number): boolean {
  return PLAN_YEAR.test(text.slice(Math.max(0, index - 40), index));
}

/** A full date right after a dash ("– 27/3/2023"): the end of a range. */
const RANGE_END_DATE = /^\s?[-–]\s?\d{1,2}([/.-])\d{1,2}\1(\d{4})(?!\d)/;

/** True when the text after a full date of year `year` ends a range in a later year: the date is where years are counted from. */
function startsRangeOfYears(after: string, year: number): boolean {
  const m = RANGE_END_DATE.exec(after);
  return m !== null && Number(m[2]) > year;
}

/** A month-year and a dash right before another month-year: the start of a range of months ("5/1994 – "). */
const MONTH_RANGE_START = /(?<![\d/.-])\d{1,2}\s?\/\s?(\d{4})\s?[-–]\s?$/u;
const CELEBRATED_IN_SENTENCE = /kỷ niệm/iu;
const FOUNDED_IN_SENTENCE = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(FOUNDING_WORDS)})(?![\\p{L}])`, "iu");

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

/** Every moment the article refers to as present, past or upcoming, with its role and the text it rests on. */
export function collectYearEvidence(text: string): YearEvidence[] {
  const found: YearEvidence[] = [];
  // Characters already read as part of a longer form (a full date before its month-year): linear to check.
  const used = new Uint8Array(text.length);
  const free = (start: number, end: number): boolean => used.subarray(start, end).every((c) => c === 0);
  type Found = Pick<YearEvidence, "year" | "month" | "day">;
  const take = (m: RegExpMatchArray, e: Found, named = e.month === null, sameEvent = false, anniversary = false): void => {
    const start = m.index!, end = start + m[0].length;
    if (!free(start, end)) return;
    used.fill(1, start, end);
    const after = text.slice(end, end + 20);
    const base = { ...e, text: m[0].trim(), sameEventCandidate: sameEvent, index: start, ...(anniversary ? { anniversary: true as const } : {}) };
    if (UPCOMING.test(after) && e.day === null) found.push({ ...base, month: e.month ?? 1, day: 1, named: false, role: "upcoming" });
    else if (!isFuture(text, start)) found.push({ ...base, named, role: named ? "named" : "history" });
  };
  for (const m of allMatches(FULL_DATE, text)) {
    const day = Number(m[2]), month = Number(m[4]), year = Number(m[5]);
    if (!isValidDay(year, month, day)) continue;
    // The end of an anniversary range ("(24/6/1967-24/6/2022)") may still lie ahead: its year only.
    const rangeEnd = m[1] === undefined && /[-–]\s?$/.test(text.slice(Math.max(0, m.index - 3), m.index));
    const first = m[1] === undefined ? day : Number(m[1]);
    // The start of a range of years ("(27/3/1946 – 27/3/2023)") is a founding day, however far its cue stands.
    const commemorated = COMMEMORATED.test(text.slice(Math.max(0, m.index - settings.commemoratedCueWindow - 20), m.index)) ||
      startsRangeOfYears(text.slice(m.index + m[0].length, m.index + m[0].length + 16), year);
    if (rangeEnd) take(m, { year, month: null, day: null }, true, false, true);
    else {
      const document = DOCUMENT_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index).replace(/\s?ngày\s?$/u, ""));
      // A founding told in its own sentence ("Ngày 8/6/1880, … hiến đất để thành lập trường") is no other day of the event; a
      // sentence that celebrates one ("Ngày 16/3/2024, lễ kỷ niệm 50 năm thành lập …") is the event's.
      const around = sentenceAround(text, m.index);
      const founding = FOUNDED_IN_SENTENCE.test(around) && !CELEBRATED_IN_SENTENCE.test(around);
      take(m, { year, month, day: isValidDay(year, month, first) ? first : day }, false, !commemorated && !document && !founding);
    }
  }
  for (const m of allMatches(VERBAL_FULL, text)) {
    const day = Number(m[1]), month = Number(m[2]), year = Number(m[3]);
    const commemorated = COMMEMORATED.test(text.slice(Math.max(0, m.index! - settings.commemoratedCueWindow - 20), m.index!));
    if (isValidDay(year, month, day)) take(m, { year, month, day }, false, !commemorated);
  }
  for (const m of allMatches(MONTH_YEAR, text)) {
    const month = Number(m[1] ?? m[3]), year = Number(m[2] ?? m[4]);
    if (!(month >= 1 && month <= 12)) continue;
    // The end of an anniversary's range of months ("kỷ niệm 30 năm … (5/1994 – 5/2024)") is the year being celebrated.
    const start = MONTH_RANGE_START.exec(text.slice(Math.max(0, m.index! - 16), m.index!));
    if (start && isAnniversaryRange(text, m.index! - start[0].length, Number(start[1]), year)) take(m, { year, month: null, day: null }, true, false, true);
    else take(m, { year, month, day: null });
  }
  for (const m of allMatches(YEAR_RANGE, text)) {
    const first = Number(m[1]), last = Number(m[2]);
    if (last < first) continue;
    // An anniversary range ends in the current year. A plan or term ("2021-2025") is written about from the year before
    // it begins (a plan is drawn up ahead), so the year before its start bounds the event, without naming its year.
    if (isAnniversaryRange(text, m.index!, first, last)) take(m, { year: last, month: null, day: null }, true, false, true);
    else take(m, { year: first - 1, month: null, day: null }, false);
  }
  for (const m of allMatches(BARE_YEAR, text)) {
    const year = Number(m[1]);
    // A year that is over (reviewed, or its results given) bounds the event from its December on: reviews and year-end
    // figures come from then. A year a span starts from ("kể từ năm 2006", "từ năm 1973 đến nay") bounds the event
    // without naming its year. A year whose tasks or plan are named ("triển khai nhiệm vụ năm 2024", "Kế hoạch hợp tác
    // năm 2025") may be the one coming (a plan is drawn up in the autumn before) or the one under way (it is carried
    // out): it bounds the event to those months without naming its year.
    if (isOver(text, m.index!, m.index! + m[0].length)) take(m, { year, month: 12, day: 1 }, false);
    else if (isPlanYear(text, m.index!) && free(m.index!, m.index! + m[0].length)) {
      used.fill(1, m.index!, m.index! + m[0].length);
      const base = { text: m[0].trim(), sameEventCandidate: false, index: m.index!, named: false } as const;
      found.push({ ...base, year: year - 1, month: settings.planDrawnUpFromMonth, day: 1, role: "history" });
      found.push({ ...base, year: year + 1, month: 1, day: 1, role: "planEnd" });
    } else take(m, { year, month: null, day: null }, !isSpanStart(text, m.index!) && !isDocumentYear(text, m.index!));
  }
  for (const m of allMatches(ANNIVERSARY_COUNT, text)) {
    const count = Number(m[1] ?? m[2]);
    const near = text.slice(Math.max(0, m.index! - settings.anniversaryCueWindow), m.index! + m[0].length + settings.anniversaryCueWindow);
    const base = ANNIVERSARY_BASES.find(([phrase]) => near.toLowerCase().includes(phrase.toLowerCase()));
    if (base && count > 0) found.push({ year: base[1] + count, month: null, day: null, named: true, role: "named", sameEventCandidate: false, text: `${m[0].trim()} ${base[0]}`, index: m.index!, anniversary: true });
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

/** The event day in year `year`. */
const inYear = (mention: DayMention, year: number): Day => ({ year, month: mention.month, day: mention.day });

/** The event day's first occurrence after `after` in any year (a 29 February waits for a leap year), or null if it has none. */
function nextOccurrence(mention: DayMention, after: Day): Day | null {
  for (let year = after.year; year <= after.year + 8; year++) {
    const d = inYear(mention, year);
    if (isValidDay(d.year, d.month, d.day) && compare(d, after) > 0) return d;
  }
  return null;
}

/**
 * The event day nearest a full date of the same event (in that date's year or across New Year), when at most
 * `sameEventMaxDays` apart, or null.
 */
function nearSameEvent(mention: DayMention, e: YearEvidence): { day: Day; apart: number } | null {
  if (!e.sameEventCandidate || e.day === null || e.month === null) return null;
  let best: { day: Day; apart: number } | null = null;
  for (const year of [e.year - 1, e.year, e.year + 1]) {
    const d = inYear(mention, year);
    if (!isValidDay(d.year, d.month, d.day)) continue;
    const apart = Math.abs(dayNumber(d) - dayNumber(lowerBoundOf(e)));
    if (apart <= settings.sameEventMaxDays && (!best || apart < best.apart)) best = { day: d, apart };
  }
  return best;
}

/**
 * The first day after today on which the decision below could come out differently, or null when
 * no later day changes it. Today enters the decision only as a bound: which publication lines are
 * possible, and (without one) which years of the event day, which days written with a year and which
 * references of the article are not after it. So the decision holds until a later clock, the event
 * day's next occurrence, a written day or a later reference comes within reach (conservatively: the
 * weekday is not checked).
 */
function firstChangeAfter(today: Day, laterClocks: Day[], clock: PageClock | null, mention: DayMention | null, evidence: () => YearEvidence[]): Day | null {
  const days = [...laterClocks];
  if (mention !== null) {
    if (mention.year !== null) days.push(inYear(mention, mention.year));
    else {
      const next = nextOccurrence(mention, today);
      if (next) days.push(next);
      for (const e of evidence()) {
        days.push(lowerBoundOf(e));
        const near = nearSameEvent(mention, e);
        if (near) days.push(near.day);
      }
    }
  }
  return days.filter((d) => compare(d, today) > 0).sort(compare)[0] ?? null;
}

/** Returns the article's date and the evidence for it (or null with the reason), and the first later day that could change them. */
export function extractDate(raw: DateInput): DateResult {
  const input = { ...raw, article: raw.article.map(withoutStamp), header: raw.header.map(withoutStamp) };
  const todayDay = dayFromDate(input.today);
  // A clock the page left among the article's first blocks ("nguyentuyet | 19/03/2018, 06:20") counts too, when it has a
  // time, a weekday or a label (a bare date there may be the article's own).
  const inArticle = input.article.slice(0, settings.leadBlocks).map((b) => parsePageClock(b, { marked: true }));
  const clocks = [...input.header.map((l) => parsePageClock(l)), ...inArticle].filter((c) => c !== null);
  const possible = clocks.filter((c) => compare(c, todayDay) <= 0);
  const mention = findEventDay(input.article);
  let evidence: YearEvidence[] | undefined;
  const allEvidence = () => (evidence ??= collectYearEvidence(input.article.join("\n")));
  const recheck = firstChangeAfter(todayDay, clocks.filter((c) => compare(c, todayDay) > 0), possible[0] ?? null, mention, allEvidence);
  return { ...decideDate(input.article, todayDay, possible, mention, allEvidence), recheckOn: recheck && iso(recheck) };
}

/** Where a year is the event's own: the headline (the article's first line) and the sentence of the event day, as spans of the joined text. */
function ownSpans(article: readonly string[], mention: DayMention): [start: number, end: number][] {
  const text = article.join("\n");
  const spans: [number, number][] = [[0, (article[0] ?? "").length]];
  const at = text.indexOf(mention.sentence);
  if (at >= 0) spans.push([at, at + mention.sentence.length]);
  return spans;
}

/** A day written as a range's start whose end is a month or a day with its year ("15/9 đến tháng 2/2015", "30/12 - 2/1/2016"). */
const RANGE_WITH_END_YEAR = /(?<![\d/.])(\d{1,2})\s?[/.-]\s?(\d{1,2})(?![\d/.-]\d)\s?(?:đến|tới|-|–)\s?(?:(?:ngày\s)?\d{1,2}\s?[/.-]\s?|hết\s)?(?:tháng\s?)?(\d{1,2})\s?[/.-]\s?(\d{4})(?!\d)/gu;

/** The event day in the year that puts it at the start of a range written anywhere in the article, before the range's end. */
function rangeEndElsewhere(text: string, mention: DayMention): { day: Day; text: string } | null {
  for (const m of allMatches(RANGE_WITH_END_YEAR, text)) {
    if (Number(m[1]) !== mention.day || Number(m[2]) !== mention.month) continue;
    const endMonth = Number(m[3]), endYear = Number(m[4]);
    if (endMonth < 1 || endMonth > 12) continue;
    // The end comes after the start, within a year: across New Year when its month is earlier.
    const year = endMonth < mention.month ? endYear - 1 : endYear;
    const day = inYear(mention, year);
    if (isValidDay(day.year, day.month, day.day)) return { day, text: m[0].trim() };
  }
  return null;
}

const SCHOOL_YEAR = new RegExp(`(?:${alternation(SCHOOL_YEAR_WORDS)})\\s(\\d{4})\\s?[-–]\\s?(\\d{4})(?!\\d)`, "giu");

/**
 * The event day within a school year named with the event ("năm học 2022-2023"): from its first month on in the first
 * year, before it in the second.
 */
function schoolYearOf(text: string, spans: readonly [number, number][], mention: DayMention): { day: Day; text: string } | null {
  for (const [a, b] of spans) {
    for (const m of allMatches(SCHOOL_YEAR, text.slice(a, b))) {
      const first = Number(m[1]);
      if (Number(m[2]) !== first + 1) continue;
      const day = inYear(mention, mention.month >= settings.schoolYearFirstMonth ? first : first + 1);
      if (isValidDay(day.year, day.month, day.day)) return { day, text: m[0] };
    }
  }
  return null;
}

const LUNAR_NEW_YEAR = new RegExp(`(?<![\\p{L}])(?:${alternation(LUNAR_NEW_YEAR_WORDS)})(?:\\s\\p{Lu}\\p{Ll}+\\s\\p{Lu}\\p{Ll}+)?\\s(?:năm\\s)?(\\d{4})(?!\\d)`, "gu");

/**
 * The event day in the season of a lunar New Year named with the event ("Sáng 20/1, nhân dịp đón Tết Nguyên đán Giáp Thìn
 * 2024"): in the named year up to March, in the year before from November; null for other months.
 */
function lunarNewYearOf(text: string, spans: readonly [number, number][], mention: DayMention): { day: Day; text: string } | null {
  for (const [a, b] of spans) {
    for (const m of allMatches(LUNAR_NEW_YEAR, text.slice(a, b))) {
      const year = Number(m[1]);
      const inSeason = mention.month <= settings.lunarNewYearLastMonth ? year : mention.month >= settings.lunarNewYearFirstMonth ? year - 1 : null;
      if (inSeason === null) continue;
      const day = inYear(mention, inSeason);
      if (isValidDay(day.year, day.month, day.day)) return { day, text: m[0] };
    }
  }
  return null;
}

const CONGRESS_TERM = new RegExp(
  `(?:${alternation(CONGRESS_WORDS)})[^.!?\\n]{0,${settings.congressTermWindow}}?(?:${alternation(TERM_WORDS)})\\s(?:[IVXLC]+\\s)?\\(?(\\d{4})\\s?[-–]\\s?(\\d{4})(?!\\d)`,
  "gu",
);

/**
 * The event day in the first year of a term its congress opens, named with the event ("Đại hội … nhiệm kỳ VI
 * (2021-2026)"): congresses elect at the start of the term they name.
 */
function congressYearOf(text: string, spans: readonly [number, number][], mention: DayMention): { day: Day; text: string } | null {
  for (const [a, b] of spans) {
    for (const m of allMatches(CONGRESS_TERM, text.slice(a, b))) {
      const first = Number(m[1]), last = Number(m[2]);
      if (last <= first || last - first > settings.termMaxYears) continue;
      const day = inYear(mention, first);
      if (isValidDay(day.year, day.month, day.day)) return { day, text: m[0].slice(-Math.min(m[0].length, 40)).trim() };
    }
  }
  return null;
}

const CURRENT_YEAR_BEFORE = new RegExp(`(?:${alternation(CURRENT_YEAR_CUES)})\\s?[(,]?\\s?(?:năm\\s)?$`, "iu");
const CURRENT_YEAR_AFTER = new RegExp(`^\\)?\\s?(?:này|\\((?:${alternation(CURRENT_YEAR_CUES)})\\))(?![\\p{L}])`, "u");

/** True when the year at `e` is called this year's ("năm nay (2024)", "năm 2024 này"). */
function calledCurrent(text: string, e: YearEvidence): boolean {
  const before = text.slice(Math.max(0, e.index - 20), e.index);
  const after = text.slice(e.index + e.text.length, e.index + e.text.length + 16);
  return CURRENT_YEAR_BEFORE.test(before) || CURRENT_YEAR_AFTER.test(after);
}

/**
 * The latest year named with the event (in its sentence or the headline, or called this year's) in which the event day
 * fits not after `top`, or null. A year written there is the event's own ("lần thứ VIII năm 2018", "Triển lãm … 2022"),
 * whatever bounds the rest of the article sets.
 */
function ownYear(text: string, spans: readonly [number, number][], evidence: readonly YearEvidence[], mention: DayMention, top: Day): YearEvidence | null {
  const inSpan = (e: YearEvidence) => spans.some(([a, b]) => e.index >= a && e.index < b);
  // A year of the past told in the event's own clause ("… dự án khởi công từ năm 2019", "thành lập năm 1991") is not its own.
  const toldAsPast = (e: YearEvidence) => !e.anniversary && HISTORY_IN_SENTENCE.test(clauseBefore(text, e.index));
  return evidence
    .filter((e) => e.named && e.role === "named" && (inSpan(e) || calledCurrent(text, e)) && !toldAsPast(e))
    .filter((e) => fits(inYear(mention, e.year), mention, top))
    .sort((a, b) => b.year - a.year)[0] ?? null;
}

const HISTORY_IN_SENTENCE = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(HISTORY_WORDS)})(?![\\p{L}])`, "iu");
const PAST_ANNIVERSARY_IN_SENTENCE = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(PAST_WORDS)})(?![\\p{L}])`, "iu");

/** The sentence around `index` (to the nearest full stop, semicolon or line break, at most a window each side). */
function sentenceAround(text: string, index: number): string {
  const w = settings.historyCueWindow;
  const before = text.slice(Math.max(0, index - w), index);
  const after = text.slice(index, index + w);
  const start = Math.max(before.lastIndexOf(". "), before.lastIndexOf(";"), before.lastIndexOf("\n")) + 1;
  const stop = after.search(/\.\s|;|\n/);
  return before.slice(start) + (stop < 0 ? after : after.slice(0, stop));
}

/**
 * The year the article names as its present: a named year as late as every moment it refers to (`lower`, the latest
 * bound), in a sentence that does not tell of the past ("thành lập năm 1991", "Năm ngoái, … (1973-2023)"), or null.
 */
function latestNamedYear(text: string, past: readonly YearEvidence[], lower: Day | null): YearEvidence | null {
  if (!lower) return null;
  return past.find((e) => {
    if (!e.named || e.year !== lower.year) return false;
    const sentence = sentenceAround(text, e.index);
    return !(e.anniversary ? PAST_ANNIVERSARY_IN_SENTENCE : HISTORY_IN_SENTENCE).test(sentence);
  }) ?? null;
}

/** The event day in the year of the earliest publication line printed on its day or a few days after it (or before it, when announced). */
function publishedWithEvent(mention: DayMention, clocks: readonly PageClock[], today: Day): { day: Day; clock: PageClock } | null {
  let best: { day: Day; clock: PageClock } | null = null;
  for (const clock of clocks) {
    for (const year of [clock.year - 1, clock.year, clock.year + 1]) {
      const d = inYear(mention, year);
      if (!fits(d, mention, today)) continue;
      const after = dayNumber(clock) - dayNumber(d);
      const ok = (after >= 0 && after <= settings.clockSameEventMaxDays) || (mention.announced && after < 0 && -after <= settings.announcedMaxDays);
      if (ok && (!best || compare(clock, best.clock) < 0)) best = { day: d, clock };
    }
  }
  return best;
}

function decideDate(article: readonly string[], todayDay: Day, clocks: readonly PageClock[], mention: DayMention | null, allEvidence: () => YearEvidence[]): Omit<DateResult, "recheckOn"> {
  const clock = clocks[0] ?? null;
  const upper = clock ?? todayDay;
  // Not the day itself: the decision holds on every day until the recheck day, and the basis with it.
  const upperText = clock ? `the page clock "${clock.text}"` : "today";

  if (mention === null) {
    // Of several publication lines the earliest is the article's; a later one is when the page was shown or scraped.
    const first = clocks.reduce<PageClock | null>((a, c) => (a === null || compare(c, a) < 0 ? c : a), null);
    if (first) return { date: iso(first), basis: `page clock "${first.text}" (publication); no event day in the article` };
    return { date: null, basis: "no event day in the article and no page clock" };
  }
  const said = `event day "${mention.text}"`;

  // 1. The year written with the day or with the end of its range; an announced event may follow the clock, never today.
  if (mention.year !== null) {
    const d = inYear(mention, mention.year);
    const how = mention.yearFromEnd ? "with the year of its range's end" : "with its year";
    if (!isValidDay(d.year, d.month, d.day)) return { date: null, basis: `${said} is not a calendar day` };
    if (compare(d, todayDay) > 0) return { date: null, basis: `${said} is after today` };
    if (mention.weekday !== null && weekdayOf(d) !== mention.weekday) return { date: null, basis: `${said}: the weekday does not match the date` };
    return { date: iso(d), basis: `${said} ${how}` };
  }

  // 1b. The same day written elsewhere as the start of a range whose end has a year ("Từ 15/9 đến tháng 2/2015").
  const text = article.join("\n");
  const ranged = rangeEndElsewhere(text, mention);
  if (ranged && fits(ranged.day, mention, todayDay)) return { date: iso(ranged.day), basis: `${said}; year ${ranged.day.year} from its range's end in "${ranged.text}"` };

  const evidence = allEvidence();
  // 2. A full date of the same event a few days away: the nearest one's year.
  const same = evidence
    .map((e) => ({ e, near: nearSameEvent(mention, e) }))
    .filter((x): x is { e: YearEvidence; near: { day: Day; apart: number } } => x.near !== null && fits(x.near.day, mention, todayDay))
    .sort((a, b) => a.near.apart - b.near.apart)[0];
  if (same) return { date: iso(same.near.day), basis: `${said}; year ${same.near.day.year} from the same event's "${same.e.text}" in the article` };

  // 3. A publication line on the event's day or just after it (or just before an announced event).
  const published = publishedWithEvent(mention, clocks, todayDay);
  if (published) {
    return { date: iso(published.day), basis: `${said}; year ${published.day.year} from the page clock "${published.clock.text}", on or just after the event's day` };
  }

  // 4a. A year named with the event (in its sentence or the headline, or as "năm nay"), or its school year, when the day fits in it.
  const spans = ownSpans(article, mention);
  const own = ownYear(text, spans, evidence, mention, clock ?? todayDay);
  if (own) return { date: iso(inYear(mention, own.year)), basis: `${said}; year ${own.year} named with the event ("${own.text}")` };
  const tet = lunarNewYearOf(text, spans, mention);
  if (tet && fits(tet.day, mention, clock ?? todayDay)) return { date: iso(tet.day), basis: `${said}; year ${tet.day.year}: in the season of "${tet.text}"` };
  const school = schoolYearOf(text, spans, mention);
  if (school && fits(school.day, mention, clock ?? todayDay)) return { date: iso(school.day), basis: `${said}; year ${school.day.year} from the school year "${school.text}"` };
  const congress = congressYearOf(text, spans, mention);
  if (congress && fits(congress.day, mention, clock ?? todayDay)) return { date: iso(congress.day), basis: `${said}; year ${congress.day.year}: a congress opens its term "${congress.text}"` };

  // Bounds: history below (the latest past moment), an upcoming year, the clock or today above.
  // The end of a plan's year bounds the event from above like a year to come, but says nothing of the event being just before it.
  const past = evidence.filter((e) => e.role !== "upcoming" && e.role !== "planEnd" && compare(lowerBoundOf(e), upper) <= 0).sort((a, b) => compare(lowerBoundOf(b), lowerBoundOf(a)));
  const upcoming = evidence.filter((e) => e.role === "upcoming" || e.role === "planEnd").sort((a, b) => compare(lowerBoundOf(a), lowerBoundOf(b)))[0];
  const latest = past[0];
  const lower = latest ? lowerBoundOf(latest) : null;
  // The day before an upcoming year (or month) begins: the event is on or before it.
  const beforeUpcoming = upcoming ? dayFromDate(new Date(Date.UTC(upcoming.year, (upcoming.month ?? 1) - 1, upcoming.day ?? 1) - DAY_MS)) : null;
  const top = beforeUpcoming && compare(beforeUpcoming, upper) < 0 ? beforeUpcoming : upper;
  const topText = top === upper ? upperText : `"${upcoming!.text}" (still to come)`;
  // Without an earlier moment, only a publication line or an upcoming year bounds the event: within the year before it.
  const anchor = beforeUpcoming ?? clock;
  if (!lower && !anchor) return { date: null, basis: `${said} without a year, and neither the article nor a page clock gives one` };
  const firstYear = lower ? lower.year : anchor!.year - 1;
  const candidates: Day[] = [];
  for (let year = firstYear; year <= top.year; year++) {
    const d = inYear(mention, year);
    if ((!lower || compare(d, lower) >= 0) && fits(d, mention, top)) candidates.push(d);
  }
  const bounds = `${latest ? `on or after "${latest.text}"` : "with no earlier moment in the article"} and not after ${topText}`;
  if (candidates.length === 0) return { date: null, basis: `${said}: no year ${bounds} fits` };

  // 4b. Else a year the article names (not in a clause about the past) when no moment it refers to is later: the article's present.
  const named = latestNamedYear(text, past, lower);
  if (named && candidates.some((d) => d.year === named.year)) {
    return { date: iso(inYear(mention, named.year)), basis: `${said}; year ${named.year} named in the article ("${named.text}"), the latest it refers to, ${bounds}` };
  }

  // 5. The only year the bounds allow; the latest, when an upcoming moment follows within the year (the event is just
  // before it) or the clock stands close after it (then it is the publication).
  if (candidates.length === 1 && (lower || beforeUpcoming || mention.weekday !== null)) return { date: iso(candidates[0]!), basis: `${said}; year ${candidates[0]!.year}: the only one ${bounds}` };
  const last = candidates.at(-1)!;
  if (beforeUpcoming && upcoming!.role === "upcoming" && dayNumber(beforeUpcoming) - dayNumber(last) < 366) {
    return { date: iso(last), basis: `${said}; year ${last.year}: the last before "${upcoming!.text}" (still to come)` };
  }
  if (clock && top === upper && dayNumber(clock) - dayNumber(last) <= settings.clockBoundsYearMaxDays) {
    return { date: iso(last), basis: `${said}; year ${last.year}: the latest not after the page clock "${clock.text}", ${dayNumber(clock) - dayNumber(last)} days later` };
  }
  // 6. Nothing supports one year over another.
  return { date: null, basis: `${said} without a year: ${candidates.length} years fit ${bounds}, and nothing in the text names one` };
}
