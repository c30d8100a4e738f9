/**
 * Unicode character classes by table lookup, for the scanners that read every character of an article
 * (tokens, word lists): V8 runs `\p{L}`-style regex classes over non-ASCII text many times slower than
 * a lookup. Each class is decided once per code point by the same regex class it replaces, so a
 * scanner built on these agrees with the regex exactly.
 */

/** Class bits of one code point. */
export const LETTER = 1; // \p{L}
export const UPPER = 2; // \p{Lu}
export const MARK = 4; // \p{M}
export const NUMBER = 8; // \p{N}
export const SPACE = 16; // \s
/** Set on every classified entry, so 0 means "not classified yet". */
const KNOWN = 128;

const bmp = new Uint8Array(0x10000);
const astral = new Map<number, number>();

function classify(codePoint: number): number {
  const c = String.fromCodePoint(codePoint);
  return (
    KNOWN |
    (/\p{L}/u.test(c) ? LETTER : 0) |
    (/\p{Lu}/u.test(c) ? UPPER : 0) |
    (/\p{M}/u.test(c) ? MARK : 0) |
    (/\p{N}/u.test(c) ? NUMBER : 0) |
    (/\s/u.test(c) ? SPACE : 0)
  );
}

/** The class bits of a code point (classified on first sight). */
export function classOf(codePoint: number): number {
  if (codePoint < 0x10000) {
    let bits = bmp[codePoint]!;
    if (bits === 0) bmp[codePoint] = bits = classify(codePoint);
    return bits;
  }
  let bits = astral.get(codePoint);
  if (bits === undefined) astral.set(codePoint, (bits = classify(codePoint)));
  return bits;
}

/** UTF-16 length of a code point. */
export const widthOf = (codePoint: number): number => (codePoint > 0xffff ? 2 : 1);

/** Class bits of the code point at index i (a lone surrogate counts as itself, as in a `u` regex), or 0 past the end. */
export function classAt(text: string, i: number): number {
  return i < text.length ? classOf(text.codePointAt(i)!) : 0;
}

/** The maximal runs of letters and digits (`[\p{L}\p{N}]+`) in text, in order. */
export function letterRuns(text: string): string[] {
  const runs: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let cp = text.codePointAt(i)!;
    while (!(classOf(cp) & (LETTER | NUMBER))) {
      i += widthOf(cp);
      if (i >= n) return runs;
      cp = text.codePointAt(i)!;
    }
    const start = i;
    do {
      i += widthOf(cp);
      if (i >= n) break;
      cp = text.codePointAt(i)!;
    } while (classOf(cp) & (LETTER | NUMBER));
    runs.push(text.slice(start, i));
  }
  return runs;
}

/** True for a `\s` character code (ASCII decided without the table). */
function isSpaceCode(c: number): boolean {
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : (classOf(c) & SPACE) !== 0;
}

/**
 * `text.replace(/\s+/g, " ")`, returning text itself when every whitespace character is already a single
 * space (most lines): the regex builds a new string from every space it matches.
 */
export function collapseSpaces(text: string): string {
  let previousSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = isSpaceCode(c);
    if (space && (c !== 32 || previousSpace)) return text.replace(/\s+/g, " ");
    previousSpace = space;
  }
  return text;
}

/** `text.replace(/[ \t\u00a0]+/g, " ")`, returning text itself when it has no tab, no-break space or double space. */
export function collapseBlanks(text: string): string {
  let previousSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 9 || c === 0xa0 || (c === 32 && previousSpace)) return text.replace(/[ \t\u00a0]+/g, " ");
    previousSpace = c === 32;
  }
  return text;
}

/** True for a `\s` character (one UTF-16 unit: every `\s` character is in the BMP). */
export const isSpaceChar = isSpaceCode;

/**
 * text without its trailing run of characters that `drop` accepts: `text.replace(/[…]+$/u, "")` for a
 * class of BMP characters, without the regex retrying the class from every inner run.
 */
export function withoutTrailing(text: string, drop: (c: number) => boolean): string {
  let end = text.length;
  while (end > 0 && drop(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Lower-case code of each BMP character (plus one; 0 = not looked up yet), or -1 where a string must be lowered whole. */
const lowerCodes = new Int32Array(0x10000);
/** Capital sigma lowers by context (final "ς" or "σ"); the others are surrogate halves and multi-character mappings. */
const SIGMA = 0x3a3;

function lowerCode(c: number): number {
  let entry = lowerCodes[c]!;
  if (entry === 0) {
    const alone = String.fromCharCode(c).toLowerCase();
    const inside = `a${String.fromCharCode(c)}a`.toLowerCase();
    const simple = c !== SIGMA && !(c >= 0xd800 && c <= 0xdfff) && alone.length === 1 && inside === `a${alone}a`;
    lowerCodes[c] = entry = simple ? alone.charCodeAt(0) + 1 : -1;
  }
  return entry < 0 ? -1 : entry - 1;
}

/**
 * `word.toLowerCase()` without V8's slow path for non-Latin-1 strings in the common cases: a word already in
 * lower case is returned as it is, a capitalized one gets its first letter lowered; anything else is lowered whole.
 */
export function lowerCase(word: string): string {
  const n = word.length;
  if (n === 0) return word;
  const first = lowerCode(word.charCodeAt(0));
  if (first < 0) return word.toLowerCase();
  for (let i = 1; i < n; i++) {
    const c = word.charCodeAt(i);
    if (lowerCode(c) !== c) return word.toLowerCase();
  }
  return first === word.charCodeAt(0) ? word : String.fromCharCode(first) + word.slice(1);
}
