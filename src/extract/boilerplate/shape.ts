/** Line shape: sentence punctuation, headline shape, doubled lines, slugs and word-pair overlap. */
import { shape } from "../settings.ts";
import { PHOTO_CREDIT, PHOTO_CREDIT_BARE } from "../vocabulary/boilerplate.ts";
import { collapseSpaces, letterRuns } from "../chars.ts";
import { FUNCTION_WORDS } from "../vocabulary/function-words.ts";

/** Final sentence punctuation, possibly followed by closing quotes or brackets ("…lần thứ 3./.", "…”."). */
const SENTENCE_END = /[.!?…:;。！？]["”’»)\]」]*$/u;
/** A line opens like a headline or sentence: capital letter, digit, quote or bracket. */
const CAPITAL_START = /^[\p{Lu}\p{N}"“‘'([«]/u;
/** Letters carrying Vietnamese diacritics (or đ): their absence over many words marks a URL slug. */
const DIACRITIC = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/iu;
const SLUG = /^[a-z0-9]+(?:[ _-][a-z0-9]+)+$/u;

/** Lower-cased text with runs of spacing collapsed, for comparisons. */
export function keyOf(text: string): string {
  return collapseSpaces(text.toLowerCase()).trim();
}

/** Number of space-separated words. */
export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) === 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** True when the line ends like a sentence (or a clause introducing a quote). */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.slice(-8));
}

/** True for running text: punctuated like a sentence, or too long to be anything else. */
export function isProse(text: string): boolean {
  return endsSentence(text) || text.length >= shape.proseMinChars;
}

/** True for a line shaped like a headline or sub-heading: short, capitalised, no final punctuation. */
export function isHeadlineShaped(text: string): boolean {
  return (
    text.length <= shape.headlineMaxChars &&
    !endsSentence(text) &&
    CAPITAL_START.test(text) &&
    wordCount(text) >= shape.headlineMinWords
  );
}

/** True for a headline printed twice on one line ("X X"), as some sites' link markup scrapes. */
export function isDoubled(text: string): boolean {
  if (text.length % 2 === 0) return false;
  const half = (text.length - 1) / 2;
  if (text[half] !== " ") return false;
  const left = text.slice(0, half);
  return left === text.slice(half + 1) && wordCount(left) >= shape.doubledMinWords;
}

/** True for a URL slug left as text ("infographic bau cu quoc hoi va hdnd …"): lower-case ASCII words, no diacritics. */
export function isSlug(text: string): boolean {
  return text.length <= 300 && SLUG.test(text) && !DIACRITIC.test(text) && wordCount(text.replace(/[_-]/g, " ")) >= shape.slugMinWords;
}

/** Sentence ends inside a line followed by a capital ("… năm 2022. Đây là …") plus the final one: a rough sentence count. */
export function sentenceCount(text: string): number {
  return (text.match(/[.!?…]["”’)]?\s+(?=[\p{Lu}"“])/gu)?.length ?? 0) + (endsSentence(text) ? 1 : 0);
}

/** Lower-cased words of a line (letters and digits only; `split(/[^\p{L}\p{N}]+/u)` without the empty ends, by table lookup). */
export function wordsOf(text: string): string[] {
  return letterRuns(text.toLowerCase());
}

/** Text as its lower-cased words joined by single spaces, padded: " w1 w2 … ", searched for " a b ". */
export type WordText = string & { readonly wordText: unique symbol };

/** Lines' lower-cased words (see wordsOf) in one searchable string (cheaper than a set of all their pairs). */
export function wordTextOf(lines: readonly (readonly string[])[]): WordText {
  const joined = lines.filter((words) => words.length > 0).map((words) => words.join(" ")).join(" ");
  return ` ${joined} ` as WordText;
}

/** Adjacent word pairs of a line: Vietnamese words are mostly two syllables, so pairs carry the meaning. */
export function wordPairs(text: string): Set<string> {
  return pairsOfWords(wordsOf(text));
}

/** Adjacent pairs of lower-cased words (see wordsOf). */
export function pairsOfWords(words: readonly string[]): Set<string> {
  const pairs = new Set<string>();
  for (let i = 1; i < words.length; i++) pairs.add(`${words[i - 1]} ${words[i]}`);
  return pairs;
}

/** Share of the smaller line's word pairs found in the other (0 when either has none). */
export function pairSimilarity(a: string, b: string): number {
  return setSimilarity(wordPairs(a), wordPairs(b));
}

/** Share of the smaller set's members found in the other (0 when either is empty). */
export function setSimilarity(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (x.size === 0 || y.size === 0) return 0;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let shared = 0;
  for (const p of small) if (large.has(p)) shared++;
  return shared / small.size;
}

/** Share of `x`'s members found in `y` (0 when `x` is empty): how much of one line another repeats. */
export function shareIn(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (x.size === 0) return 0;
  let shared = 0;
  for (const p of x) if (y.has(p)) shared++;
  return shared / x.size;
}

/** Caption credits sit at the end of the line; only its tail is searched (lines may be very long). */
const CREDIT_TAIL_CHARS = 120;

/** True when the line ends with a photo credit ("(Ảnh: Dương Giang/TTXVN)", "Ảnh: Ngô Tùng"). */
export function hasPhotoCredit(text: string): boolean {
  const tail = text.slice(-CREDIT_TAIL_CHARS);
  return PHOTO_CREDIT.test(tail) || PHOTO_CREDIT_BARE.test(tail);
}

/**
 * Share of a line's words (syllables, lower-cased: see wordsOf) that are function words: about a fifth in
 * running text, near none in headlines and menus.
 */
export function functionShareOf(words: readonly string[]): number {
  if (words.length === 0) return 0;
  let n = 0;
  for (const w of words) if (FUNCTION_WORDS.has(w)) n++;
  return n / words.length;
}
