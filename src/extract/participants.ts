/**
 * Finds the people who take part in or are quoted by an article, each with the rank and roles the
 * text gives them ("Thượng tướng Hoàng Xuân Chiến, Ủy viên …, Thứ trưởng Bộ Quốc phòng",
 * "Bộ trưởng Quốc phòng Campuchia Tea Banh", "bà Stefanie Beck", "Đại tướng Chay Saingyun - Quốc vụ khanh …").
 *
 * A sentence is read as words tagged with the vocabulary (ranks, roles, honorifics, countries, places);
 * a run of capitalized untagged words is a name when a rank, role or honorific announces it, reading back
 * over title words only, or when a role follows it in apposition.
 */
import type { Participant } from "../schema.ts";
import { metadata as settings } from "./settings.ts";
import { RANKS, ROLE_HEADS, ROLE_PREFIXES, HONORIFICS, TITLE_SYLLABLES, TITLE_STOPS } from "./vocabulary/ranks.ts";
import { COUNTRIES, HOME_COUNTRY } from "./vocabulary/countries.ts";
import { NON_NAME_WORDS, VIETNAMESE_SURNAMES } from "./vocabulary/names.ts";
import { PLACES } from "./vocabulary/places.ts";
import { classAt, classOf, collapseSpaces, lowerCase, widthOf, LETTER, MARK, NUMBER, SPACE, UPPER } from "./chars.ts";

type Tag = "rank" | "role" | "honorific" | "country" | "place" | "stop";

interface Token {
  text: string;
  /** The text lower-cased, once: vocabulary lookups compare it. */
  lower: string;
  start: number;
  end: number;
  word: boolean;
  /** A word starting with a capital letter. */
  capitalized: boolean;
  /** Separated from the previous token by spaces only (no punctuation, not the first token). */
  spaced: boolean;
  /** Vocabulary tag of the phrase this token belongs to, and where that phrase starts and ends (token indexes). */
  tag: Tag | undefined;
  phraseStart: number;
  phraseEnd: number;
}

/** An initial inside a foreign name ("R. Hari Kumar"). */
const INITIAL = /^\p{Lu}\.$/u;

/** Characters that may continue a word besides letters, marks and digits: apostrophes ("H'Hen", "Kpă H’"). */
const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019;
/** Characters that join the parts of one word ("Lơ-me-ri-ô", "TP.HCM", "PGS.TS"). */
const isJoiner = (c: number): boolean => c === 0x2d || c === 0x2e;

/**
 * End of the word starting at i (a letter or digit): letters, marks, digits and apostrophes, with internal
 * hyphens and dots each followed by a letter or digit. The scanner form of
 * `[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*(?:[-.][\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*)*`, which V8 runs many times slower.
 */
function wordEnd(text: string, i: number): number {
  let j = i + widthOf(text.codePointAt(i)!);
  for (;;) {
    while (j < text.length) {
      const c = text.codePointAt(j)!;
      if (!(classOf(c) & (LETTER | MARK | NUMBER)) && !isApostrophe(c)) break;
      j += widthOf(c);
    }
    if (j < text.length && isJoiner(text.charCodeAt(j)) && classAt(text, j + 1) & (LETTER | NUMBER)) j += 1 + widthOf(text.codePointAt(j + 1)!);
    else return j;
  }
}

/** True when text[from, to) is one or more spaces or no-break spaces. */
function onlySpaces(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 0xa0) return false;
  }
  return true;
}

/**
 * The tokens of a sentence: initials ("R." before a space and a capital), words (see wordEnd), and every other
 * character that is not a space as a punctuation token of its own.
 */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const bits = classOf(cp);
    const width = widthOf(cp);
    if (bits & SPACE) {
      i += width;
      continue;
    }
    const initial = (bits & UPPER) !== 0 && text.charCodeAt(i + width) === 0x2e && classAt(text, i + width + 1) & SPACE && classAt(text, i + width + 2) & UPPER;
    const word = (bits & (LETTER | NUMBER)) !== 0;
    const end = initial ? i + width + 1 : word ? wordEnd(text, i) : i + width;
    const value = text.slice(i, end);
    tokens.push({
      text: value,
      lower: lowerCase(value),
      start: i,
      end,
      word,
      capitalized: (bits & UPPER) !== 0,
      spaced: previousEnd >= 0 && onlySpaces(text, previousEnd, i),
      tag: undefined,
      phraseStart: -1,
      phraseEnd: -1,
    });
    previousEnd = end;
    i = end;
  }
  return tokens;
}

interface Phrase {
  words: string[];
  /** The words lower-cased, for the case-folding comparisons. */
  lowerWords: string[];
  tag: Tag;
  /** Match the first letter in either case ("trưởng đoàn", "đại tá"). */
  foldFirst: boolean;
}

const phrase = (text: string, tag: Tag, foldFirst: boolean): Phrase => ({ words: text.split(" "), lowerWords: text.toLowerCase().split(" "), tag, foldFirst });

/** Every vocabulary phrase, longest first, indexed by its first word (lowercased). */
const PHRASES: Map<string, Phrase[]> = (() => {
  const all: Phrase[] = [
    ...RANKS.map((r) => phrase(r, "rank", r !== "Tướng")),
    ...ROLE_HEADS.flatMap((r) => [phrase(r, "role", true), ...ROLE_PREFIXES.map((p) => phrase(`${p} ${r}`, "role", false))]),
    ...HONORIFICS.map((h) => phrase(h, "honorific", false)),
    ...[HOME_COUNTRY, ...COUNTRIES].flatMap((c) => [c.name, ...c.aliases].filter((a) => !c.ambiguous?.includes(a)).map((a) => phrase(a, "country", false))),
    ...PLACES.map((p) => phrase(p, "place", false)),
    ...TITLE_STOPS.map((s) => phrase(s, "stop", false)),
  ];
  const index = new Map<string, Phrase[]>();
  for (const p of all) {
    const key = p.words[0]!.toLowerCase();
    index.set(key, [...(index.get(key) ?? []), p]);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
})();

/** True when phrase p is written at token i: its words adjacent, the first in either case when p folds it. */
function phraseAt(tokens: readonly Token[], i: number, p: Phrase): boolean {
  // The first word folds only where the phrase allows it ("đại tá", not "tướng"); later words match in either case
  // ("Bộ Trưởng"), except in country and place names.
  const foldLater = p.tag !== "country" && p.tag !== "place";
  for (let k = 0; k < p.words.length; k++) {
    const t = tokens[i + k];
    if (!t || !t.word) return false;
    if (k > 0 && !t.spaced) return false;
    const w = p.words[k]!;
    if (t.text === w) continue;
    if (!(k === 0 ? p.foldFirst : foldLater) || t.lower !== p.lowerWords[k]) return false;
  }
  return true;
}

/** Tags tokens with the longest vocabulary phrase starting at each position, left to right. */
function tagTokens(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; ) {
    const candidates = PHRASES.get(tokens[i]!.lower);
    let hit: Phrase | undefined;
    if (candidates !== undefined) {
      for (const p of candidates) {
        if (phraseAt(tokens, i, p)) {
          hit = p;
          break;
        }
      }
    }
    if (hit === undefined) {
      i++;
      continue;
    }
    const end = i + hit.words.length;
    for (let k = i; k < end; k++) {
      const t = tokens[k]!;
      t.tag = hit.tag;
      t.phraseStart = i;
      t.phraseEnd = end;
    }
    i = end;
  }
}

/** True when token i and i+1 are separated by spaces only (no punctuation). */
function adjacent(tokens: Token[], i: number): boolean {
  return tokens[i + 1]?.spaced === true;
}

const isCapitalized = (t: Token): boolean => t.capitalized;
const isAcronym = (t: Token): boolean => /^[\p{Lu}\p{N}.+-]{2,}$/u.test(t.text) && !/^\p{Lu}\p{Ll}/u.test(t.text);
const announces = (t: Token | undefined): boolean => !!t && (t.tag === "rank" || t.tag === "role" || t.tag === "honorific");

/** A run of adjacent capitalized, untagged words: the raw material of a name. */
interface Run {
  start: number;
  end: number;
}

/**
 * True when token j, a one-word rank or country ("Tướng", "Lào"), ends a Vietnamese name begun at token i with a
 * family name and at least two syllables ("Lê Văn Tướng", "Nguyễn Văn Lào"): the word is the person's given name.
 */
function givenNameWord(tokens: Token[], i: number, j: number): boolean {
  const t = tokens[j]!;
  return (t.tag === "rank" || t.tag === "country") && t.phraseStart === j && t.phraseEnd === j + 1 && j - i >= 2 && j - i < settings.nameMaxWords &&
    VIETNAMESE_SURNAMES.has(tokens[i]!.text) && VIETNAMESE_LETTER.test(`${tokens[i]!.text}${tokens[i + 1]!.text}${t.text}`);
}

function capitalizedRuns(tokens: Token[]): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.tag || !isCapitalized(tokens[i]!)) continue;
    let j = i + 1;
    while (j < tokens.length && (!tokens[j]!.tag || givenNameWord(tokens, i, j)) && isCapitalized(tokens[j]!) && adjacent(tokens, j - 1)) j++;
    runs.push({ start: i, end: j });
    i = j - 1;
  }
  return runs;
}

const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;
const AMBIGUOUS_COUNTRY_WORDS: ReadonlySet<string> = new Set(
  COUNTRIES.flatMap((c) => c.ambiguous ?? []),
);

/**
 * The part of a run that is a person's name, or null: family name first for Vietnamese names
 * ("Gia Lai Dương Mah Tiệp" → "Dương Mah Tiệp"), no body or place word first, no acronyms.
 */
function nameWithin(tokens: Token[], run: Run, announced: boolean): Run | null {
  let { start } = run;
  const { end } = run;
  const words = tokens.slice(start, end).map((t) => t.text);
  if (words.some((w, k) => !INITIAL.test(w) && (isAcronym(tokens[start + k]!) || /[\d.]/.test(w)))) return null;
  if (INITIAL.test(words.at(-1)!)) return null;
  const surnameAt = words.findIndex((w) => VIETNAMESE_SURNAMES.has(w));
  const vietnamese = words.some((w) => VIETNAMESE_LETTER.test(w));
  if (surnameAt > 0 && vietnamese && !VIETNAMESE_SURNAMES.has(words[0]!)) start += surnameAt;
  else if (AMBIGUOUS_COUNTRY_WORDS.has(words[0]!) && words.length >= 3) start += 1;
  const length = end - start;
  if (length > settings.nameMaxWords) return null;
  // A family name that also opens bodies ("Vương", "Hạ", "Lữ") is a name when a rank, role or honorific stands right before it.
  const announcedHere = announced && start === run.start && announces(tokens[start - 1]);
  if (NON_NAME_WORDS.has(tokens[start]!.text) && !(announcedHere && VIETNAMESE_SURNAMES.has(tokens[start]!.text))) return null;
  // A Vietnamese-spelled name starts with a family name, unless it is a hyphenated transliteration ("Vông-xắc").
  const transliterated = words.some((w) => w.includes("-"));
  if (vietnamese && !transliterated && !VIETNAMESE_SURNAMES.has(tokens[start]!.text)) return null;
  // A one-word name only straight after a rank or honorific, and not a Vietnamese syllable ("Tướng Prabowo";
  // "Quốc vụ khanh Thường trực" is a title).
  const previous = tokens[start - 1];
  const oneWordOk = announced && start === run.start && (previous?.tag === "rank" || previous?.tag === "honorific") && (words[0]!.includes("-") || !VIETNAMESE_LETTER.test(words[0]!));
  if (length < 2 && !oneWordOk) return null;
  return { start, end };
}

const textOf = (text: string, tokens: Token[], from: number, to: number): string =>
  from >= to ? "" : text.slice(tokens[from]!.start, tokens[to - 1]!.end);

/** Title words between a role and a name, read back: tagged phrases, capitalized words, known lowercase syllables. */
function isTitleWord(t: Token): boolean {
  if (t.tag === "stop") return false;
  if (t.tag) return true;
  // Numbers name units ("Quân khu 7", "Vùng 4 Hải quân", "Đại đội Biên phòng 320").
  return t.word && (isCapitalized(t) || /^\d{1,4}$/.test(t.text) || TITLE_SYLLABLES.has(t.lower));
}

/**
 * Reads back from a name to the earliest rank, role or honorific that announces it. A comma is crossed only
 * into a segment that ends in a title ("Phó Thủ tướng, Bộ trưởng … Tea Banh", "Bộ trưởng Quốc phòng Lào,
 * Đại tướng Chansamone"); never past another name: a chain that reaches one was that person's title.
 */
function titleBefore(tokens: Token[], nameStart: number, names: ReadonlySet<number>): { from: number; announced: boolean } {
  let from = -1;
  let segmentStart = nameStart;
  // Where the title started before the scan crossed a comma after a rank (the start of another person's mention).
  let beforeRankComma: number | null = null;
  for (let i = nameStart - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (names.has(i)) {
      if (beforeRankComma !== null) from = beforeRankComma;
      break;
    }
    if (t.text === ",") {
      const next = tokens[segmentStart];
      if (from < 0 || !next || !(next.tag === "role" || next.tag === "rank") || next.phraseStart !== segmentStart) break;
      if (next.tag === "rank" && beforeRankComma === null) beforeRankComma = from;
      segmentStart = i;
      continue;
    }
    if (!isTitleWord(t)) break;
    if (announces(t) && t.phraseStart === i) {
      from = i;
      segmentStart = i;
    }
  }
  return { from: from < 0 ? nameStart : from, announced: from >= 0 };
}

const DASHES: ReadonlySet<string> = new Set(["-", "–", "—"]);

/** True when token i starts a rank, role or honorific, or a name: what "và" or a dash before it hands over to. */
function startsMention(tokens: Token[], i: number, names: ReadonlySet<number>): boolean {
  const t = tokens[i];
  return !t || names.has(i) || (announces(t) && t.phraseStart === i);
}

/** True when "và" or a dash at token i joins two parts of one body's name ("Lao động - Thương binh và Xã hội"). */
function joinsBodyName(tokens: Token[], i: number, names: ReadonlySet<number>): boolean {
  const t = tokens[i]!, next = tokens[i + 1];
  const joiner = DASHES.has(t.text) || (t.text === "và" && t.tag === "stop");
  return joiner && !!next && isCapitalized(next) && next.tag !== "stop" && !startsMention(tokens, i + 1, names);
}

/**
 * Where an apposition starting at token `from` ends (exclusive), or null when it runs into a name (then it was that
 * person's title). It is read to what closes it: a comma, ";", "(", a predicate verb, "và"/"cùng" or a dash before
 * another person, or the sentence's end. On the way it may bridge a few lowercase words outside the title vocabulary
 * ("chỉ huy biên đội tàu Nhật Bản") when a title word follows them; otherwise it ends at the first such word.
 */
function appositionEnd(tokens: Token[], from: number, names: ReadonlySet<number>): number | null {
  // One past the run of title words read without bridging anything, and one past the last title word.
  let strictEnd = from, lastTitle = from, unknown = 0, bridged = false;
  // An unknown word is part of the title only when a name-like word (capitalized, a number, a country) follows it.
  let pendingUnknown = false;
  for (let j = from; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (names.has(j)) return bridged ? strictEnd : null;
    if (joinsBodyName(tokens, j, names)) {
      bridged = true;
      continue;
    }
    if (!t.word || t.tag === "stop") break;
    if (isTitleWord(t)) {
      if (isCapitalized(t) || /^\d/.test(t.text) || t.tag) pendingUnknown = false;
      lastTitle = j + 1;
      if (!bridged) strictEnd = j + 1;
      continue;
    }
    bridged = true;
    pendingUnknown = true;
    if (++unknown > settings.titleMaxUnknownWords) return strictEnd;
  }
  // A title ends in a title word: trailing unknown words were the predicate ("Đại sứ Nhật Bản nói").
  const end = lastTitle;
  const closed = end === tokens.length || !tokens[end]!.word || tokens[end]!.tag === "stop";
  return closed && !pendingUnknown ? end : strictEnd;
}

/** Reads appositions after a name: ", Ủy viên …, Thứ trưởng …" or " - Thứ trưởng …", each starting with a role or rank. */
function titleAfter(text: string, tokens: Token[], nameEnd: number, names: ReadonlySet<number>): string[] {
  const parts: string[] = [];
  let i = nameEnd;
  while (i < tokens.length && (tokens[i]!.text === "," || DASHES.has(tokens[i]!.text))) {
    const first = tokens[i + 1];
    if (!first || !(first.tag === "role" || first.tag === "rank") || first.phraseStart !== i + 1) break;
    const j = appositionEnd(tokens, i + 1, names);
    if (j === null) break;
    parts.push(textOf(text, tokens, i + 1, j));
    if (j < tokens.length && tokens[j]!.text !== ",") break;
    i = j;
  }
  return parts;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Any honorific between spaces: a title without one needs none of the removals below (most titles). */
const ANY_HONORIFIC = new RegExp(` (?:${HONORIFICS.map(escape).join("|")}) `, "u");

/** Removes honorifics from a title ("Bộ trưởng … Campuchia Samdech Pichey Sena" → "Bộ trưởng … Campuchia"). */
function cleanTitle(title: string): string {
  let t = ` ${title} `;
  if (ANY_HONORIFIC.test(t)) for (const h of HONORIFICS) t = t.split(` ${h} `).join(" ");
  return collapseSpaces(t).replace(/^[\s,–-]+|[\s,–-]+$/g, "").replace(/\s+,/g, ",");
}

/** Splits text into sentences and clauses a title never crosses. */
function sentencesOf(text: string): string[] {
  // Not after an initial ("Đô đốc R. Hari Kumar").
  return text.split(/(?<=[.!?;:…])(?<!(?:^|\s)\p{Lu}\.)\s+|\n+|[“”"]/u).filter((s) => s.trim() !== "");
}

/** Photo credits and bylines inside a caption are not people taking part. */
const CREDIT_IN_TEXT = /\(?(?<![\p{L}])(?:Ảnh|Ảnh minh họa|Nguồn|Video|Clip|Đồ họa)\s?:[^)\n]{0,80}\)?/gu;

/** People in one sentence, in order, with the title the sentence gives them. */
function peopleIn(sentence: string): Participant[] {
  const tokens = tokenize(sentence);
  tagTokens(tokens);
  const runs = capitalizedRuns(tokens);
  const named = runs.map((run) => ({ run, name: nameWithin(tokens, run, true) })).filter((r) => r.name !== null);
  const nameTokens = new Set<number>();
  for (const r of named) for (let k = r.name!.start; k < r.name!.end; k++) nameTokens.add(k);
  const found: Participant[] = [];
  for (const { name } of named) {
    const { start, end } = name!;
    const before = titleBefore(tokens, start, nameTokens);
    const after = titleAfter(sentence, tokens, end, nameTokens);
    const strictName = nameWithin(tokens, { start, end }, before.announced);
    if (!strictName || (!before.announced && after.length === 0)) continue;
    if (!before.announced && !VIETNAMESE_SURNAMES.has(tokens[start]!.text)) continue;
    const pre = cleanTitle(textOf(sentence, tokens, before.from, start));
    found.push({ name: textOf(sentence, tokens, start, end), title: [pre, ...after.map(cleanTitle)].filter((p) => p !== "").join(", ") });
  }
  return found;
}

const normalize = (name: string): string => collapseSpaces(name.normalize("NFC").toLowerCase()).trim();

/** A name's proper word-suffixes ("stefanie beck" → ["beck"]): the shorter ways one person is named again. */
function suffixes(normalized: string): string[] {
  const words = normalized.split(" ");
  return words.slice(1).map((_, k) => words.slice(k + 1).join(" "));
}

/**
 * The people of one article, one entry per person: a name equal to, or a last-words form of, another
 * ("Gavan", "Ronnie Gil Gavan") is the same person. Indexed by full name and by suffix, so merging is linear.
 */
class People {
  readonly list: Participant[] = [];
  private readonly byName = new Map<string, Participant>();
  private readonly bySuffix = new Map<string, Participant>();

  add(p: Participant): void {
    const key = normalize(p.name);
    const same = this.byName.get(key) ?? this.bySuffix.get(key) ?? suffixes(key).map((s) => this.byName.get(s)).find((q) => q !== undefined);
    if (!same) {
      const entry = { ...p };
      this.list.push(entry);
      this.index(entry);
      return;
    }
    if (p.name.length > same.name.length) {
      same.name = p.name;
      this.index(same);
    }
    if (p.title.length > same.title.length) same.title = p.title;
  }

  private index(entry: Participant): void {
    const key = normalize(entry.name);
    this.byName.set(key, entry);
    for (const s of suffixes(key)) if (!this.bySuffix.has(s)) this.bySuffix.set(s, entry);
  }
}

/** Finds the participants in the article text (headline, paragraphs and captions), one entry per person. */
export function extractParticipants(texts: readonly string[], credits: readonly string[] = []): Participant[] {
  const people = new People();
  const credited = new Set(credits.map(normalize));
  for (const text of texts) {
    for (const sentence of sentencesOf(text.replace(CREDIT_IN_TEXT, " "))) {
      for (const p of peopleIn(sentence)) if (!credited.has(normalize(p.name))) people.add(p);
    }
  }
  return people.list;
}
