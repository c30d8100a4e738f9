/** Page chrome: lines that are furniture by themselves, wherever they stand (clocks, widgets, prompts, file names). */
import {
  BREADCRUMB_HEADS, CHROME_LINES, CHROME_PREFIXES, CLOCK_WORDS, COUNTER_UNITS, FOLLOW_PLATFORMS, FOLLOW_VERBS,
  COUNTER_LABELS, IMAGE_ALT_NUMBERED, IMAGE_FILE, IMAGE_PLACEHOLDER, LINK_ADDRESS, TEMPLATE_PLACEHOLDER, TICKER_WORDS, WEEKDAYS,
} from "../vocabulary/boilerplate.ts";
import { endsSentence, isDoubled, isSlug, keyOf } from "./shape.ts";
import { isSpaceChar, withoutTrailing } from "../chars.ts";

/** A ticker is a short line: a headline about gold prices is longer. */
const TICKER_MAX_CHARS = 60;

/** Chrome is short; a longer line is never judged by these rules. */
const CHROME_MAX_CHARS = 200;
const NO_LETTER_OR_DIGIT = /^[^\p{L}\p{N}]+$/u;
const LONE_NUMBER = /^[\d.,]{1,9}$/u;
/** What is left of a page clock once its words are gone: digits and date/time separators. */
const CLOCK_REST = /^[\d\s/:\-|.,()+]*$/u;
const BREADCRUMB_SEPARATORS = / [>»›\/|] /gu;

const chromeLines = new Set(CHROME_LINES);
const byLength = (a: string, b: string) => b.length - a.length;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Weekday and clock words, longest first, as whole words (JS \b does not know Vietnamese letters). */
const CLOCK_WORD = new RegExp(
  `(?<![\\p{L}])(?:${[...WEEKDAYS, ...CLOCK_WORDS].sort(byLength).map(escape).join("|")})(?![\\p{L}])`,
  "gu",
);

/** True when `text` holds a weekday or clock word ("Thứ Hai", "cập nhật", "GMT"): what a reporter's name never holds. */
export function hasClockWord(text: string): boolean {
  CLOCK_WORD.lastIndex = 0;
  return CLOCK_WORD.test(text.toLowerCase());
}

/** True for a page clock or date stamp standing alone ("Thứ bảy, 26-7-25 22:12:59", "09:14 | 16/07/2022 GMT+7"). */
export function isPageClock(text: string): boolean {
  if (text.length > 80 || !/\d/.test(text)) return false;
  const rest = text.toLowerCase().replace(CLOCK_WORD, " ").replace(/(\d)h(?=\d|\s|$)/g, "$1:");
  // Digits joined by date or time punctuation, or a date spelled with "tháng" ("12 tháng 8 năm 2024").
  return CLOCK_REST.test(rest) && (/\d[/:\-.]\d/.test(rest) || /(?<![\p{L}])tháng(?![\p{L}])/u.test(text.toLowerCase()));
}

/** A date with its year ("19/03/2018", "18-07-2019") and a time of day ("06:20", "9h30"). */
const FULL_DATE = /(?<![\d/.-])\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?![\d/.-])/u;
const TIME_OF_DAY = /(?<!\d)\d{1,2}[:h]\d{2}(?::\d{2})?(?!\d)/u;
const LETTER_WORD = /\p{L}+/gu;

/**
 * True for a clock stamped with a few words: an author or section and the time of posting
 * ("nguyentuyet | 19/03/2018, 06:20", "Hà Oai 09:09 26/03/2024", "Audio thời sự 18-07-2019").
 * A dated sentence ("Ngày 12/3/2024, hai bên …") has more words and its punctuation.
 */
export function isStampedClock(text: string): boolean {
  if (text.length > 80 || endsSentence(text) || !FULL_DATE.test(text)) return false;
  const words = text.toLowerCase().replace(CLOCK_WORD, " ").match(LETTER_WORD)?.length ?? 0;
  return words <= (TIME_OF_DAY.test(text) ? STAMP_MAX_WORDS_WITH_TIME : STAMP_MAX_WORDS);
}

/** Words a stamped clock may carry besides its clock words: an author's or section's name with a time of day … */
const STAMP_MAX_WORDS_WITH_TIME = 6;
/** … or a section's name with a date alone. */
const STAMP_MAX_WORDS = 3;

/** A view, comment or reading-time counter ("1.234 lượt xem", "3 phút đọc"). */
const COUNTER = new RegExp(`^[\\d.,]{1,9}\\s*(?:${COUNTER_UNITS.map(escape).join("|")})$`, "u");
/** The same with its label first ("Số lần đọc: 529", "Lượt xem: 1.234"). */
// The count may be missing where the page drew it with a script ("Lượt xem:").
const LABELLED_COUNTER = new RegExp(`^(?:${COUNTER_LABELS.map(escape).join("|")})\\s*(?::\\s*[\\d.,]{0,9}|[\\d.,]{1,9})$`, "u");

/** Share bars: lines made only of widget words ("Chia sẻ Facebook Zalo Email In"). */
const WIDGET_WORD = new RegExp(
  `(?<![\\p{L}])(?:${CHROME_LINES.filter((w) => /\p{L}/u.test(w)).sort(byLength).map(escape).join("|")})(?![\\p{L}])`,
  "gu",
);
/** Every word (run of letters) of the widget lines: a line with another word cannot be only widgets. */
const WIDGET_LETTER_RUNS: ReadonlySet<string> = new Set(CHROME_LINES.flatMap((w) => w.match(/\p{L}+/gu) ?? []));
const FIRST_LETTER_RUN = /\p{L}+/u;
const mayBeWidgets = (firstWord: string | undefined): boolean => firstWord === undefined || WIDGET_LETTER_RUNS.has(firstWord);
const isShareBar = (key: string) =>
  key.length <= 80 &&
  // Widget words start and end on letter boundaries, so they cover a line's words whole; checking the first word
  // skips the big alternation for nearly every line.
  mayBeWidgets(FIRST_LETTER_RUN.exec(key)?.[0]) &&
  NO_LETTER_OR_DIGIT.test(`${key.replace(WIDGET_WORD, " ")}.`);

function isBreadcrumb(key: string): boolean {
  if (endsSentence(key) || key.length > 150) return false;
  if (BREADCRUMB_HEADS.some((h) => key.startsWith(`${h} `))) return true;
  return (key.match(BREADCRUMB_SEPARATORS)?.length ?? 0) >= 2;
}

const FOLLOW_HEADS = FOLLOW_VERBS.map((v) => `${v} `);

/** A follow prompt whose platform was an icon, left hanging ("Theo dõi Baoquocte.vn trên"). */
const HANGING_ON = /\strên$/u;

function isFollowPrompt(key: string): boolean {
  if (key.length > 160 || !FOLLOW_HEADS.some((v) => key.startsWith(v))) return false;
  return FOLLOW_PLATFORMS.some((p) => key.includes(p)) || (key.length <= 80 && HANGING_ON.test(key));
}

/** Bullets and bars a scraper left around a line ("• Trang chủ", "Cập nhật: … |"): a line's shape is judged without them. */
const DECORATION_CHARS: ReadonlySet<number> = new Set([..."|•·▪►▶◄◀◆■□●○*"].map((c) => c.charCodeAt(0)));
const isDecoration = (c: number): boolean => DECORATION_CHARS.has(c) || isSpaceChar(c);

/**
 * The line without decoration around it, or the line itself when it is nothing but decoration. Loops,
 * not `/[…]+$/`: that pattern retries from every position of a long inner run of spaces (quadratic).
 */
export function undecorated(text: string): string {
  let start = 0;
  while (start < text.length && isDecoration(text.charCodeAt(start))) start++;
  const bare = withoutTrailing(text.slice(start), isDecoration);
  return bare === "" ? text : bare;
}

/**
 * Reasons given to what an image leaves in the text (a placeholder, its file name, its numbered alt text).
 * Images stand inside articles: these lines are cut, but they never end the article.
 */
export const IMAGE_REASONS: ReadonlySet<string> = new Set(["image placeholder", "image file name", "image alt text"]);

/** Why a line is page chrome, or null when it is not. */
export function chromeReason(raw: string, rawKey = keyOf(raw)): string | null {
  if (raw.length > CHROME_MAX_CHARS) return null;
  if (IMAGE_PLACEHOLDER.test(raw)) return "image placeholder";
  if (NO_LETTER_OR_DIGIT.test(raw)) return "separator";
  const text = undecorated(raw);
  const key = text === raw ? rawKey : keyOf(text);
  const bare = key.replace(/[.…:]+$/u, "").trim();
  if (IMAGE_ALT_NUMBERED.test(text)) return "image alt text";
  if (LONE_NUMBER.test(text)) return "lone counter";
  if (chromeLines.has(bare)) return "page widget";
  if (COUNTER.test(key) || LABELLED_COUNTER.test(key)) return "lone counter";
  if (isShareBar(key)) return "share buttons";
  if (isPageClock(text) || isStampedClock(text)) return "page clock";
  if (CHROME_PREFIXES.some((p) => key.startsWith(p))) return "page chrome";
  if (isBreadcrumb(key)) return "breadcrumb";
  if (isFollowPrompt(key)) return "follow prompt";
  if (IMAGE_FILE.test(text)) return "image file name";
  if (LINK_ADDRESS.test(text)) return "link address";
  if (text.length <= TICKER_MAX_CHARS && /\d/.test(text) && !endsSentence(text) && TICKER_WORDS.test(text)) return "price or weather ticker";
  if (TEMPLATE_PLACEHOLDER.test(text)) return "template placeholder";
  if (isSlug(text)) return "link slug";
  return null;
}

/** Why a line is a link to another story by its shape alone ("X X" doubled headline), or null. */
export function linkShapeReason(text: string): string | null {
  return isDoubled(text) ? "headline printed twice (link)" : null;
}
