/**
 * How Vietnamese a text reads: the share of its words that are valid Vietnamese syllables. A
 * right decoding of Vietnamese scores near one; a wrong one breaks most words that carry a
 * diacritic ("Vieät", "ViÖt", "Vi®t"), so comparing candidate decodings by this share picks the
 * right one without any list of words.
 */
import { CLOSED_NUCLEI, FINALS, INITIALS, OPEN_RHYMES, PALATAL_FINALS, PALATAL_NUCLEI, STOP_FINALS } from "./syllable-parts.ts";

/** The five tone marks as combining characters: grave, acute, tilde, hook above, dot below. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const ACUTE_OR_DOT = /^[\u0301\u0323]$/u;

const RHYMES = [
  ...OPEN_RHYMES,
  ...CLOSED_NUCLEI.flatMap((n) => FINALS.map((f) => n + f)),
  ...PALATAL_NUCLEI.flatMap((n) => PALATAL_FINALS.map((f) => n + f)),
].sort((a, b) => b.length - a.length);

const SYLLABLE = new RegExp(`^(?:${INITIALS.join("|")})?(${RHYMES.join("|")})$`, "u");
const STOP_FINAL = new RegExp(`(?:${STOP_FINALS.join("|")})$`, "u");

/**
 * Is `word` (letters only, any case) one Vietnamese syllable: an initial, a rhyme and at most one
 * tone mark, with the acute or dot below on a rhyme that ends in p, t, c or ch?
 */
export function isSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize("NFD");
  const tones = decomposed.match(TONE_MARKS) ?? [];
  if (tones.length > 1) return false;
  const match = SYLLABLE.exec(decomposed.replace(TONE_MARKS, "").normalize("NFC"));
  if (!match) return false;
  return !STOP_FINAL.test(match[1]!) || (tones.length === 1 && ACUTE_OR_DOT.test(tones[0]!));
}

/**
 * What separates words: white space, ASCII punctuation and digits, and typographic quotes, dashes
 * and ellipses. Any other symbol stays inside its word and makes it no syllable, so a decoding
 * that turns letters into symbols ("b¶o") is not credited with the pieces around them.
 */
const SEPARATORS = /[\s\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e0-9\u2010-\u2015\u2018-\u201f\u2026\u00ab\u00bb]+/u;
const LETTER = /\p{L}/u;
/** Characters outside ASCII: a word holding one carries a diacritic (or is not Vietnamese). */
const NON_ASCII = /[^\x00-\x7f]/u;

/** How a text reads as Vietnamese. */
export interface SyllableScore {
  /** Words (runs between separators that hold a letter). */
  words: number;
  /** Words that are valid syllables. */
  syllables: number;
  /** Valid syllables with a diacritic: the evidence a plain-ASCII text cannot give. */
  marked: number;
}

/** Scores a text word by word (see SyllableScore). */
export function scoreSyllables(text: string): SyllableScore {
  const score: SyllableScore = { words: 0, syllables: 0, marked: 0 };
  for (const word of text.split(SEPARATORS)) {
    if (!LETTER.test(word)) continue;
    score.words++;
    if (!isSyllable(word)) continue;
    score.syllables++;
    if (NON_ASCII.test(word)) score.marked++;
  }
  return score;
}

/** The share of words that are syllables (0 for a text without words). */
export function syllableShare(score: SyllableScore): number {
  return score.words === 0 ? 0 : score.syllables / score.words;
}
