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
import { DEGREE_ABBREVIATIONS, RANKS, ROLE_HEADS, ROLE_PREFIXES, HONORIFICS, KINSHIP_FORMS, TITLE_SYLLABLES, TITLE_STOPS } from "./vocabulary/ranks.ts";
import { COUNTRIES, HOME_COUNTRY } from "./vocabulary/countries.ts";
import {
  EAST_ASIAN_SURNAMES, GENERIC_PLACE_KINDS, INSTITUTION_KINDS, MENTION_CUES, NOT_INSTITUTION_PHRASES, NAME_PARTICLES, NON_NAME_WORDS, NOT_PLACE_KIND_PHRASES, PLACE_KIND_WORDS, VIETNAMESE_SURNAMES,
  WORSHIP_PLACES,
} from "./vocabulary/names.ts";
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

/** An initial inside a foreign name ("R. Hari Kumar", "Meynardo LB. Montealegre"). */
const INITIAL = /^\p{Lu}{1,3}\.$/u;
/** Initials written onto a transliterated or foreign name ("R.Ri-vlin", "A.Li-bơ-man", "U.A-đam", "S.Mi-xen"). */
const GLUED_INITIALS = /^(?:\p{Lu}\.)+\p{Lu}[\p{Ll}\p{M}'’-]/u;

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
      const bits = classOf(c);
      if (!(bits & (LETTER | MARK | NUMBER)) && !isApostrophe(c)) break;
      // Two words the scrape glued together ("Việt NamĐại sứ", "ảnh 1Chủ tịch"): a capital after two lowercase letters,
      // or a capitalized word after a number, starts a new word ("5G", "G20" stay whole).
      if (bits & UPPER && j - i >= 2 && isLowerLetter(text, j - 1) && isLowerLetter(text, j - 2)) return j;
      if (bits & UPPER && classAt(text, j - 1) & NUMBER && isLowerLetter(text, j + widthOf(c))) return j;
      j += widthOf(c);
    }
    if (j < text.length && isJoiner(text.charCodeAt(j)) && classAt(text, j + 1) & (LETTER | NUMBER)) j += 1 + widthOf(text.codePointAt(j + 1)!);
    else return j;
  }
}

/** True when the UTF-16 unit at i is a lowercase letter (Vietnamese letters are single units in NFC). */
function isLowerLetter(text: string, i: number): boolean {
  const bits = classAt(text, i);
  return (bits & LETTER) !== 0 && (bits & UPPER) === 0;
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
 * Where an initial starting at i ends (after its dot), or -1: one capital and a dot ("R. Hari Kumar"), or two or three
 * capitals and a dot straight after a capitalized word ("Meynardo LB. Montealegre"), before a space and a capital.
 */
function initialEnd(text: string, i: number, previous: Token | undefined, previousEnd: number): number {
  let j = i;
  while (j < text.length && j - i < 3 && classAt(text, j) & UPPER && classAt(text, j) & LETTER) j++;
  const letters = j - i;
  if (letters === 0 || text.charCodeAt(j) !== 0x2e || !(classAt(text, j + 1) & SPACE) || !(classAt(text, j + 2) & UPPER)) return -1;
  if (letters > 1 && !(previous?.word && previous.capitalized && onlySpaces(text, previousEnd, i))) return -1;
  return j + 1;
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
    const initial = bits & UPPER ? initialEnd(text, i, tokens.at(-1), previousEnd) : -1;
    const word = (bits & (LETTER | NUMBER)) !== 0;
    const end = initial > 0 ? initial : word ? wordEnd(text, i) : i + width;
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

/** A title as written with either spelling of the final "i"/"y" that Vietnamese allows ("Bác sĩ"/"Bác sỹ", "Kỹ sư"/"Kĩ sư"). */
function spellings(title: string): string[] {
  const other = title.replace(/(?<!\p{L})sĩ(?![\p{L}])/gu, "sỹ").replace(/(?<![\p{L}])([Kk])ỹ(?![\p{L}])/gu, "$1ĩ");
  return other === title ? [title] : [title, other];
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

/**
 * Every vocabulary phrase, longest first, indexed by its first word and then by its second (lower-cased):
 * a common first word ("phó", "tỉnh", "thành") opens hundreds of phrases, of which the next word leaves a few.
 */
interface PhraseIndex {
  /** Phrases of two words or more, by their second word. */
  bySecond: Map<string, Phrase[]>;
  /** Phrases of one word. */
  single: Phrase[];
}

const PHRASES: Map<string, PhraseIndex> = (() => {
  const all: Phrase[] = [
    ...RANKS.flatMap(spellings).map((r) => phrase(r, "rank", r !== "Tướng")),
    ...ROLE_HEADS.flatMap(spellings).flatMap((r) => [phrase(r, "role", true), ...ROLE_PREFIXES.map((p) => phrase(`${p} ${r}`, "role", false))]),
    ...[...HONORIFICS, ...KINSHIP_FORMS].map((h) => phrase(h, "honorific", false)),
    ...[HOME_COUNTRY, ...COUNTRIES].flatMap((c) => [c.name, ...c.aliases].filter((a) => !c.ambiguous?.includes(a)).map((a) => phrase(a, "country", false))),
    ...PLACES.map((p) => phrase(p, "place", false)),
    ...TITLE_STOPS.map((s) => phrase(s, "stop", false)),
  ];
  const index = new Map<string, PhraseIndex>();
  for (const p of all) {
    const key = p.words[0]!.toLowerCase();
    let entry = index.get(key);
    if (entry === undefined) index.set(key, (entry = { bySecond: new Map(), single: [] }));
    if (p.words.length === 1) entry.single.push(p);
    else {
      const second = p.lowerWords[1]!;
      entry.bySecond.set(second, [...(entry.bySecond.get(second) ?? []), p]);
    }
  }
  for (const entry of index.values()) for (const list of entry.bySecond.values()) list.sort((a, b) => b.words.length - a.words.length);
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
    const entry = tokens[i]!.word ? PHRASES.get(tokens[i]!.lower) : undefined;
    let hit: Phrase | undefined;
    if (entry !== undefined) {
      const next = tokens[i + 1];
      const longer = next !== undefined && next.word && next.spaced ? entry.bySecond.get(next.lower) : undefined;
      hit = longer?.find((p) => phraseAt(tokens, i, p)) ?? entry.single.find((p) => phraseAt(tokens, i, p));
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
 * True when token j, in a one-word rank or country ("Tướng", "Lào") or a province of one or two words ("Hà Giang"),
 * ends a Vietnamese name begun at token i with a family name and at least two syllables ("Lê Văn Tướng", "Nguyễn Văn
 * Lào", "Nguyễn Thị Hà Giang"): the words are the person's given name.
 */
function givenNameWord(tokens: Token[], i: number, j: number): boolean {
  const t = tokens[j]!;
  const words = t.phraseEnd - t.phraseStart;
  const fits = t.tag === "place" ? words <= 2 : (t.tag === "rank" || t.tag === "country") && words === 1;
  return fits && t.phraseStart - i >= 2 && t.phraseEnd - i <= settings.nameMaxWords &&
    VIETNAMESE_SURNAMES.has(tokens[i]!.text) && VIETNAMESE_LETTER.test(`${tokens[i]!.text}${tokens[i + 1]!.text}${t.text}`);
}

function capitalizedRuns(tokens: Token[]): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.tag || !isCapitalized(tokens[i]!)) continue;
    let j = i + 1;
    for (;;) {
      while (j < tokens.length && (!tokens[j]!.tag || givenNameWord(tokens, i, j)) && isCapitalized(tokens[j]!) && adjacent(tokens, j - 1)) j++;
      const resumes = particlesEnd(tokens, i, j);
      if (resumes === j) break;
      j = resumes;
    }
    runs.push({ start: i, end: j });
    i = j - 1;
  }
  return runs;
}

/**
 * Where a foreign name goes on after lowercase particles at token j ("Philine van der Leeuw"): past the particles and the
 * capitalized word after them, when the run begun at i is not spelled as Vietnamese; else j.
 */
function particlesEnd(tokens: Token[], i: number, j: number): number {
  let k = j;
  while (k < tokens.length && NAME_PARTICLES.has(tokens[k]!.text) && adjacent(tokens, k - 1)) k++;
  const next = tokens[k];
  if (k === j || !next || next.tag || !isCapitalized(next) || !adjacent(tokens, k - 1)) return j;
  return tokens.slice(i, j).some((t) => vietnameseWord(t.text)) ? j : k + 1;
}

/** The kind of an institution right before a name ("đại học", "công ty"): what follows is the institution's name. */
const INSTITUTION_BEFORE = new RegExp(`(?:^|\\s)(?:${INSTITUTION_KINDS.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})$`, "u");

/** Every country name that is no everyday word, longest first, as a regular-expression alternation. */
const COUNTRY_NAMES = [HOME_COUNTRY, ...COUNTRIES]
  .flatMap((c) => [c.name, ...c.aliases].filter((a) => !c.ambiguous?.includes(a)))
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
  .join("|");
/** A country's name as one part of a hyphenated pair ("Lào-Việt Nam", "Việt Nam-Campuchia"). */
const COUNTRY_PARTS = new RegExp(`(?:^|[-–\\s])(?:${COUNTRY_NAMES})\\s?[-–]|[-–]\\s?(?:${COUNTRY_NAMES})(?:$|[-–\\s])`, "u");

const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;
const AMBIGUOUS_COUNTRY_WORDS: ReadonlySet<string> = new Set(
  COUNTRIES.flatMap((c) => c.ambiguous ?? []),
);

/** Letters only Vietnamese spelling uses: not the á, é, ó, ñ of Spanish or French names ("Álvaro López Miera"). */
const VIETNAMESE_ONLY_LETTER = /[ạảăằắẳẵặầấẩẫậđẹẻẽềếểễệỉĩịọỏồốổỗộơờớởỡợụủũưừứửữựỳỷỹỵ]/iu;
/** A run of vowels, marked or not: a Vietnamese syllable has exactly one ("Nguyễn", "Lùng"); "Álvaro" has three. */
const VOWEL_RUN = /[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]+/giu;

/** A word spelled as Vietnamese: a letter only Vietnamese uses, or a tone mark on a word of one syllable ("Tà", "Lùng"). */
function vietnameseWord(word: string): boolean {
  if (VIETNAMESE_ONLY_LETTER.test(word)) return true;
  return VIETNAMESE_LETTER.test(word) && (word.match(VOWEL_RUN)?.length ?? 0) === 1;
}
/** A word in plain Latin letters ("Janet", "Tony"): a Western given name before a Vietnamese family name ("Janet Nguyễn"). */
const PLAIN_LATIN = /^[A-Za-z]{3,}$/;

/**
 * The kind of place named in lowercase right before `start` ("xã", "bang", "thủ đô"): "generic" where a title names
 * it without the place's own name and a person may follow ("Chủ tịch UBND tỉnh Đỗ Minh Tuấn"), "named" where the
 * words after it are the place's name ("xã Trà Cang", "thăm bang Tamil Nadu"); null where there is none.
 */
function placeKindBefore(tokens: Token[], start: number): "generic" | "named" | null {
  const previous = tokens[start - 1];
  if (!previous || !previous.word || previous.capitalized || !PLACE_KIND_WORDS.has(previous.lower)) return null;
  if (NOT_PLACE_KIND_PHRASES.has(`${tokens[start - 2]?.lower ?? ""} ${previous.lower}`)) return null;
  return GENERIC_PLACE_KINDS.has(previous.lower) && titleBefore(tokens, start - 1, NO_NAMES).announced ? "generic" : "named";
}

const NO_NAMES: ReadonlySet<number> = new Set();

/**
 * The part of a run that is a person's name, or null: family name first for Vietnamese names
 * ("Gia Lai Dương Mah Tiệp" → "Dương Mah Tiệp"), no body or place word first, no acronyms, never a place's name
 * ("xã Trà Cang", "bang Tamil Nadu") though a name may follow it in the run.
 */
function nameWithin(tokens: Token[], run: Run, announced: boolean): Run | null {
  let { start } = run;
  const { end } = run;
  // A body's abbreviation before the name belongs to the title ("Bộ GD&ĐT Phạm Văn Luận", "UBND Nguyễn Văn A").
  while (start < end - 1 && isAcronym(tokens[start]!) && !INITIAL.test(tokens[start]!.text)) start++;
  const words = tokens.slice(start, end).map((t) => t.text);
  if (words.some((w, k) => !INITIAL.test(w) && (isAcronym(tokens[start + k]!) || /\d/.test(w) || (w.includes(".") && !GLUED_INITIALS.test(w))))) return null;
  if (INITIAL.test(words.at(-1)!)) return null;
  // Countries joined by a hyphen name a body or a pair ("Phân ban hợp tác Lào-Việt Nam"), never a person.
  if (words.some((w) => w.includes("-")) && COUNTRY_PARTS.test(words.join(" "))) return null;
  const vietnamese = words.some(vietnameseWord);
  // A Western given name before a Vietnamese family name, announced ("Bà Janet Nguyễn", "ông Jimmy Tòng Nguyễn").
  const western = announced && announces(tokens[start - 1]) && words.length >= 2 && PLAIN_LATIN.test(words[0]!) &&
    !VIETNAMESE_SURNAMES.has(words[0]!) && VIETNAMESE_SURNAMES.has(words.at(-1)!);
  // "Đại học Khon Kaen", "Trường Tiểu học Lê Lợi", "đường Trần Hưng Đạo": a name right after an institution's or a
  // street's kind is its name.
  const before = tokens.slice(Math.max(0, start - 3), start).map((t) => t.lower);
  if (INSTITUTION_BEFORE.test(before.join(" ")) && !NOT_INSTITUTION_PHRASES.has(before.slice(-2).join(" "))) return null;
  // "đền Bà Men", "miếu Ông Địa": a place of worship's name after a form of address.
  if (tokens[start - 1]?.tag === "honorific" && WORSHIP_PLACES.has(tokens[start - 2]?.lower ?? "")) return null;
  const kind = placeKindBefore(tokens, start);
  // The place takes the first words; a person's name may start at a later family name ("xã Trà Cang Nguyễn Văn Bằng").
  // A Korean or Chinese family name may follow a one-word place ("tỉnh Gyeongsangnam-do Lee Sung Ho").
  const later = kind ? words.findIndex((w, i) => words.length - i >= 2 && words.length - i <= 4 &&
    ((i >= 2 && VIETNAMESE_SURNAMES.has(w)) || (i >= 1 && EAST_ASIAN_SURNAMES.has(w) && !EAST_ASIAN_SURNAMES.has(words[0]!)))) : -1;
  if (later > 0) start += later;
  else if (kind === "named") return null;
  else if (!western) {
    const surnameAt = words.findIndex((w) => VIETNAMESE_SURNAMES.has(w));
    if (surnameAt > 0 && vietnamese && !VIETNAMESE_SURNAMES.has(words[0]!)) start += surnameAt;
    else if (AMBIGUOUS_COUNTRY_WORDS.has(words[0]!) && (words.length >= 3 || (words.length === 2 && announces(tokens[start - 1]) && !vietnameseWord(words[1]!)))) start += 1;
  }
  // A hyphenated Korean or Chinese given name after its family name ends a run that began with a company's name.
  if (end - start >= 3 && tokens[end - 1]!.text.includes("-") && EAST_ASIAN_SURNAMES.has(tokens[end - 2]!.text)) start = end - 2;
  const length = end - start;
  if (length > settings.nameMaxWords) return null;
  // A family name that also opens bodies ("Vương", "Hạ", "Lữ") is a name when a rank, role or honorific stands right before it.
  const announcedHere = announced && start === run.start && announces(tokens[start - 1]);
  // Where a title announces it from further back, a name of two or more capitalized words may start with one too ("Chủ tịch
  // Quốc hội Vương Đình Huệ"): the body would go on in lowercase ("Vương quốc", "Hạ viện", "Lữ đoàn").
  const surnameFirst = VIETNAMESE_SURNAMES.has(tokens[start]!.text) && (announcedHere || (announced && length >= 2 && vietnamese));
  if (NON_NAME_WORDS.has(tokens[start]!.text) && !surnameFirst) return null;
  // A Vietnamese-spelled name starts with a family name, unless it is a hyphenated transliteration ("Vông-xắc").
  const transliterated = words.some((w) => w.includes("-"));
  // A less common family name ("ông Trác Lôi Minh") passes when an honorific stands right before the whole name.
  const byHonorific = announcedHere && tokens[start - 1]!.tag === "honorific" && length >= 2 && length <= 4;
  // Judged on the name's own words: a country word left before it ("Mỹ Antony Blinken") does not make it Vietnamese.
  const vietnameseName = start === run.start ? vietnamese : tokens.slice(start, end).some((t) => vietnameseWord(t.text));
  if (vietnameseName && !transliterated && !western && !byHonorific && !VIETNAMESE_SURNAMES.has(tokens[start]!.text)) return null;
  // A one-word name only straight after a rank or honorific, and not a Vietnamese syllable ("Tướng Prabowo";
  // "Quốc vụ khanh Thường trực" is a title).
  const previous = tokens[start - 1];
  // After a role, a country may stand between it and the name ("Thủ tướng Bỉ S.Mi-xen", "Tổng thống I-xra-en R.Ri-vlin");
  // a name with initials glued on is a name wherever a title announces it.
  const word = tokens[start]!.text;
  const afterCountry = (previous?.tag === "country" || AMBIGUOUS_COUNTRY_WORDS.has(previous?.text ?? "")) && (word.includes("-") || GLUED_INITIALS.test(word));
  const oneWordOk = announced && (start === run.start || afterCountry) &&
    (afterCountry || GLUED_INITIALS.test(word) || previous?.tag === "rank" || previous?.tag === "honorific") &&
    (word.includes("-") || !VIETNAMESE_LETTER.test(word));
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

/** What reading back from a name found: where its title starts, whether something announces it, and whether it is a possessor. */
interface TitleStart {
  from: number;
  announced: boolean;
  /** "Trợ lý của chủ tịch Quốc hội X", "đại diện của Bộ trưởng X": the name is whose the post is, only mentioned. */
  possessor: boolean;
  /** The title ends in a colon before a list of names ("nguyên Chủ tịch Quốc hội: X, Y"): each name in the list has it. */
  list: boolean;
}

/** True when a post ends right before token i ("Trợ lý trưởng của", "đại diện của"), not an act ("sự chủ trì của"). */
function isPostBefore(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before) return false;
  // A role, maybe with a syllable after it ("Trợ lý trưởng của").
  return before.tag === "role" || (TITLE_SYLLABLES.has(before.lower) && tokens[i - 2]?.tag === "role") || (before.lower === "diện" && tokens[i - 2]?.lower === "đại");
}

/** A role abbreviation written with its dot ("TS.", "GS.TS."): the dot is no sentence end. */
const isAbbreviatedRole = (t: Token | undefined): boolean => !!t && t.tag === "role" && (/^[\p{Lu}.]+$/u.test(t.text) || DEGREES.has(t.text));
const DEGREES: ReadonlySet<string> = new Set(DEGREE_ABBREVIATIONS);

/**
 * True when "và" or a dash at token i joins two parts of one body's name inside a title read backwards ("Bộ Kế
 * hoạch và Đầu tư", "Bộ Nông nghiệp và phát triển nông thôn", "Lao động - Thương binh và Xã hội"): title words
 * on both sides, and no rank, role, honorific or name after it.
 */
function joinsTitleBackwards(tokens: Token[], i: number, names: ReadonlySet<number>): boolean {
  const t = tokens[i]!, before = tokens[i - 1], after = tokens[i + 1];
  const joiner = DASHES.has(t.text) || t.lower === "và";
  return joiner && !!before && !!after && isTitleWord(before) && isTitleWord(after) && !startsMention(tokens, i + 1, names);
}

/**
 * Reads back from a name to the earliest rank, role or honorific that announces it. Inside a title the scan crosses
 * "và" and dashes that join a body's name, the commas of a body's name while nothing has announced the name yet
 * ("Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch X"), the dot of an abbreviated degree ("TS. X"), a colon before a list
 * ("nguyên Chủ tịch Quốc hội: X, Y") and a few lowercase words outside the title vocabulary. Past an announcing
 * word, a comma or dash is crossed only into a segment that ends in a title ("Phó Thủ tướng, Bộ trưởng … Tea
 * Banh", "Bộ trưởng Quốc phòng Lào, Đại tướng Chansamone"); never past another name: a chain that reaches one was
 * that person's title. "của" after an announcing word ends it: the name is whose the post before it is.
 */
function titleBefore(tokens: Token[], nameStart: number, names: ReadonlySet<number>): TitleStart {
  let from = -1;
  let segmentStart = nameStart;
  // Where the title started before the scan crossed a comma after a rank (the start of another person's mention).
  let beforeRankComma: number | null = null;
  let unknown = 0;
  let bodyCommas = 0;
  let list = false;
  const result = (possessor = false): TitleStart => ({ from: from < 0 ? nameStart : from, announced: from >= 0, possessor, list: list && from >= 0 });
  for (let i = nameStart - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (names.has(i)) {
      if (beforeRankComma !== null) from = beforeRankComma;
      break;
    }
    if (t.text === "," || (DASHES.has(t.text) && from >= 0 && !joinsTitleBackwards(tokens, i, names))) {
      const next = tokens[segmentStart];
      const titled = from >= 0 && !!next && (next.tag === "role" || next.tag === "rank") && next.phraseStart === segmentStart;
      if (titled) {
        if (next.tag === "rank" && beforeRankComma === null) beforeRankComma = from;
        segmentStart = i;
        continue;
      }
      // A comma inside a body's name or between the localities of one ("thành phố Naju, tỉnh Jeollanam-do"), read while
      // nothing has announced the name yet.
      const after = tokens[i + 1];
      const opensPart = !!after && (isCapitalized(after) || (PLACE_KIND_WORDS.has(after.lower) && !!tokens[i + 2] && isCapitalized(tokens[i + 2]!)));
      const inBody = t.text === "," && from < 0 && ++bodyCommas <= settings.titleBodyCommas && !!tokens[i - 1] && isTitleWord(tokens[i - 1]!) &&
        opensPart && !startsMention(tokens, i + 1, names);
      if (inBody) continue;
      break;
    }
    if (t.text === "." && isAbbreviatedRole(tokens[i - 1])) continue;
    // "Bộ GD&ĐT", "Phòng Khoa học & Hợp tác quốc tế": an ampersand inside a body's name.
    if (t.text === "&" && !!tokens[i - 1] && isTitleWord(tokens[i - 1]!) && !!tokens[i + 1] && isTitleWord(tokens[i + 1]!)) continue;
    if (t.text === ":" && i === nameStart - 1 && !!tokens[i - 1] && isTitleWord(tokens[i - 1]!)) {
      list = true;
      continue;
    }
    // "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch - Nguyễn Văn Hùng": a dash between a title and its name.
    if (DASHES.has(t.text) && i === nameStart - 1 && !!tokens[i - 1] && isTitleWord(tokens[i - 1]!) && !names.has(i - 1)) continue;
    if (joinsTitleBackwards(tokens, i, names)) continue;
    // "Trợ lý trưởng của chủ tịch Quốc hội X", "đại diện của Bộ trưởng X": a post of someone else's, X is its possessor.
    if (t.lower === "của" && from >= 0 && isPostBefore(tokens, i)) return result(true);
    if (!isTitleWord(t)) {
      if (t.word && !t.tag && !isCapitalized(t) && ++unknown <= settings.titleBeforeMaxUnknownWords) continue;
      break;
    }
    if (announces(t) && t.phraseStart === i) {
      from = i;
      segmentStart = i;
    }
  }
  return result();
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
  // After "và" a body's name may go on in lowercase ("Bộ Nông nghiệp và phát triển nông thôn").
  const continues = !!next && next.tag !== "stop" && (isCapitalized(next) || (t.text === "và" && isTitleWord(next) && !!tokens[i + 2] && isTitleWord(tokens[i + 2]!)));
  return joiner && continues && !startsMention(tokens, i + 1, names);
}

/**
 * True when the comma at token i lists the parts of one body's name, read forward ("Bộ Văn hóa, Thể thao và Du lịch"):
 * capitalized parts separated by commas up to a "và" before the last one, with no rank, role, honorific or name.
 */
function enumerationComma(tokens: Token[], i: number, names: ReadonlySet<number>): boolean {
  const previous = tokens[i - 1], next = tokens[i + 1];
  if (!previous || !next || !isTitleWord(previous) || !isCapitalized(next) || next.tag || startsMention(tokens, i + 1, names)) return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + settings.enumerationMaxTokens); k++) {
    const t = tokens[k]!;
    if (t.lower === "và") return !!tokens[k + 1] && isCapitalized(tokens[k + 1]!) && !startsMention(tokens, k + 1, names);
    if (t.text === ",") {
      if (!isCapitalized(tokens[k + 1] ?? t)) return false;
      continue;
    }
    if (!t.word || names.has(k) || (t.tag && t.tag !== "place")) return false;
  }
  return false;
}

/**
 * Where an apposition starting at token `from` ends (exclusive), or null when it runs into a name (then it was that
 * person's title). It is read to what closes it: a comma, ";", "(", a predicate verb, "và"/"cùng" or a dash before
 * another person, or the sentence's end. On the way it may bridge a few lowercase words outside the title vocabulary
 * ("chỉ huy biên đội tàu Nhật Bản") when a title word follows them; otherwise it ends at the first such word.
 */
function appositionEnd(tokens: Token[], from: number, names: ReadonlySet<number>, absorbed?: Set<number>): number | null {
  // One past the run of title words read without bridging anything, and one past the last title word.
  let strictEnd = from, lastTitle = from, unknown = 0, bridged = false;
  // An unknown word is part of the title only when a name-like word (capitalized, a number, a country) follows it.
  let pendingUnknown = false;
  for (let j = from; j < tokens.length; j++) {
    const t = tokens[j]!;
    // Running into another name, the apposition was that person's title ("…, Phó Vụ trưởng Vụ Kế hoạch - Tài chính Y"),
    // unless the apposition is the one person's own (`absorbed` given): then the words are a unit's or a place's name
    // ("Thượng tá X, Trạm trưởng Trạm Kiểm soát biên phòng Kim Thủy Hà").
    if (names.has(j)) {
      // Only words no rank, role or honorific of their own announces: those are the apposition's unit ("Trạm … Kim
      // Thủy Hà"); "Chủ tịch Quốc hội Hàn Quốc Kim Jin-pyo" and "Đại tướng Lê Văn B" are people.
      if (!absorbed || announces(tokens[j - 1]) || titleBefore(tokens, j, names).from !== from) return null;
      absorbed.add(j);
      while (names.has(j + 1)) j++;
      lastTitle = j + 1;
      if (!bridged) strictEnd = j + 1;
      continue;
    }
    if (joinsBodyName(tokens, j, names)) {
      bridged = true;
      continue;
    }
    if (t.text === "," && enumerationComma(tokens, j, names)) continue;
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
function titleAfter(text: string, tokens: Token[], nameEnd: number, names: ReadonlySet<number>, absorbed?: Set<number>): string[] {
  const parts: string[] = [];
  let i = nameEnd;
  while (i < tokens.length && (tokens[i]!.text === "," || DASHES.has(tokens[i]!.text))) {
    const first = tokens[i + 1];
    if (!first || !(first.tag === "role" || first.tag === "rank") || first.phraseStart !== i + 1) break;
    const j = appositionEnd(tokens, i + 1, names, absorbed);
    if (j === null) break;
    parts.push(textOf(text, tokens, i + 1, j));
    if (j < tokens.length && tokens[j]!.text !== "," && !DASHES.has(tokens[j]!.text)) break;
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
  const cleaned = collapseSpaces(t).replace(/^[\s,:–-]+|[\s,:–-]+$/g, "").replace(/\s+,/g, ",");
  // A form of address alone ("Chị", "Em") is no title; inside one ("Bác sĩ", "Thầy thuốc") it stays.
  return KINSHIP.has(cleaned) ? "" : cleaned;
}
const KINSHIP: ReadonlySet<string> = new Set(KINSHIP_FORMS);

/** Splits text into sentences and clauses a title never crosses. */
function sentencesOf(text: string): string[] {
  return text.split(SENTENCE_BREAK).filter((s) => s.trim() !== "");
}

/**
 * Where sentences and clauses end: after ".", "!", "?", ";", "…" (not after an initial, "Đô đốc R. Hari Kumar",
 * "Meynardo LB. Montealegre", nor a degree, "GS.TS. Holger Paschedag"), at line breaks and quotation marks. A colon
 * does not end one: "nguyên Chủ tịch Quốc hội: Nguyễn Sinh Hùng, …" gives the title of the names after it.
 */
const SENTENCE_BREAK = new RegExp(
  String.raw`(?<=[.!?;…])(?<!(?:^|\s)\p{Lu}{1,3}\.)(?<!(?:^|[\s.,])(?:${DEGREE_ABBREVIATIONS.join("|")})\.)\s+|
+|[“”"]`,
  "u",
);

/** Photo credits and bylines inside a caption are not people taking part. */
const CREDIT_IN_TEXT = /\(?(?<![\p{L}])(?:Ảnh|Ảnh minh họa|Nguồn|Video|Clip|Đồ họa)\s?:[^)\n]{0,80}\)?/gu;

/** A person as one sentence names them, and whether the sentence only mentions them (an invitation, a message). */
interface Named extends Participant {
  mentioned: boolean;
}

const alternation = (list: readonly string[]): string => [...list].sort((a, b) => b.length - a.length).map(escape).join("|");
/** A mention cue at the end of the text before a title ("theo lời mời của ", "chuyển lời thăm hỏi của "). */
const MENTION_BEFORE = new RegExp(`(?:^|[\\s,(])(?:${alternation(MENTION_CUES)})\\s*$`, "iu");

/** True when only commas and "và" stand between tokens `from` (exclusive end of a name) and `to`: the next name of a list. */
function listContinues(tokens: Token[], from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) if (tokens[k]!.text !== "," && tokens[k]!.lower !== "và") return false;
  return true;
}

/**
 * People in one sentence, in order, with the title the sentence gives them, and the place names it shows after a
 * kind of place ("xã Trà Cang"), which are never people. A name in a list after an announced one ("nguyên Chủ tịch
 * Quốc hội: Nguyễn Sinh Hùng, Nguyễn Thị Kim Ngân") is a person too, with the list's title after a colon.
 */
function peopleIn(sentence: string): { people: Named[]; places: string[] } {
  const tokens = tokenize(sentence);
  tagTokens(tokens);
  const runs = capitalizedRuns(tokens);
  const places = runs.filter((run) => placeKindBefore(tokens, run.start) === "named").map((run) => textOf(sentence, tokens, run.start, run.end));
  const named = runs.map((run) => ({ run, name: nameWithin(tokens, run, true) })).filter((r) => r.name !== null);
  const nameTokens = new Set<number>();
  for (const r of named) for (let k = r.name!.start; k < r.name!.end; k++) nameTokens.add(k);
  const people: Named[] = [];
  type Previous = { end: number; title: string; list: boolean; mentioned: boolean };
  let previous = null as Previous | null;
  // Names read as part of another person's own apposition: no people.
  const absorbed = new Set<number>();
  for (const { name } of named) {
    const { start, end } = name!;
    if (absorbed.has(start)) continue;
    const before = titleBefore(tokens, start, nameTokens);
    // A name announced by a rank or an honorific alone ("Thượng tá X, Trạm trưởng …") owns the apposition after it;
    // a name with its role before it ("Cục trưởng … X, Phó Vụ trưởng … Y") is one item of a list of role-name pairs.
    const ownsApposition = before.announced && !tokens.slice(before.from, start).some((t) => t.tag === "role");
    const after = titleAfter(sentence, tokens, end, nameTokens, ownsApposition ? absorbed : undefined);
    const strictName = nameWithin(tokens, { start, end }, before.announced);
    const last = previous;
    const inList: boolean = !before.announced && last !== null && listContinues(tokens, last.end, start);
    if (!strictName || (!before.announced && after.length === 0 && !inList)) continue;
    if (!before.announced && !inList && !VIETNAMESE_SURNAMES.has(tokens[start]!.text)) continue;
    const pre: string = before.announced ? cleanTitle(textOf(sentence, tokens, before.from, start)) : inList && last!.list ? last!.title : "";
    // The cue stands right before the title: a short window keeps the end-anchored test cheap on long sentences.
    const cue = sentence.slice(Math.max(0, tokens[before.from]!.start - settings.mentionCueWindow), tokens[before.from]!.start);
    const mentioned: boolean = before.possessor || MENTION_BEFORE.test(cue) || (inList && last!.mentioned);
    people.push({ name: textOf(sentence, tokens, start, end), title: [pre, ...after.map(cleanTitle)].filter((p) => p !== "").join(", "), mentioned });
    previous = { end, title: pre, list: before.list || (inList && last!.list), mentioned };
  }
  return { people, places };
}

const normalize = (name: string): string => collapseSpaces(name.normalize("NFC").toLowerCase()).trim();

/** A name's proper word-suffixes ("stefanie beck" → ["beck"]): the shorter ways one person is named again. */
function suffixes(normalized: string): string[] {
  const words = normalized.split(" ");
  return words.slice(1).map((_, k) => words.slice(k + 1).join(" "));
}

/** "sác-lơ mi-xen" → "s.mi-xen": how a two-word foreign name is written again with an initial. */
function initialForm(normalized: string): string | null {
  const words = normalized.split(" ");
  return words.length === 2 && !normalized.includes(".") ? `${words[0]!.charAt(0)}.${words[1]}` : null;
}

/** "r.ri-vlin" → { initials: "r", rest: "ri-vlin" }: a name written with initials glued on. */
function initialsOf(normalized: string): { initials: string; rest: string } | null {
  const m = /^((?:\p{L}\.)+)\s?(\S.*)$/u.exec(normalized);
  return m ? { initials: m[1]!.replace(/\./g, ""), rest: m[2]! } : null;
}

/** A name without diacritics, for telling two spellings of one name apart from two names. */
function foldName(normalized: string): string {
  return normalized.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d");
}

/** True when b is a with at most one letter added, dropped or changed. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: string, y: string) => x.slice(i + 1) === y.slice(i + 1) || x.slice(i + 1) === y.slice(i) || x.slice(i) === y.slice(i + 1);
  return i >= Math.min(a.length, b.length) || rest(a, b);
}

/** One person of an article, with whether any sentence shows them taking part (not only mentioned). */
interface Entry extends Participant {
  participates: boolean;
}

/**
 * The people of one article, one entry per person: a name equal to, or a last-words form of, another
 * ("Gavan", "Ronnie Gil Gavan"), the same name with initials ("S.Mi-xen", "Sác-lơ Mi-xen") or a foreign given
 * name alone ("Thanasak", "Thanasak Patimaprakorn") is the same person. Indexed by full name, by suffix and by
 * first word, so merging is linear.
 */
class People {
  readonly list: Entry[] = [];
  private readonly byName = new Map<string, Entry>();
  private readonly bySuffix = new Map<string, Entry>();
  private readonly byFirstWord = new Map<string, Entry>();

  add(p: Named): void {
    const key = normalize(p.name);
    const same = this.byName.get(key) ?? this.bySuffix.get(key) ?? suffixes(key).map((s) => this.byName.get(s)).find((q) => q !== undefined) ??
      this.sameWithInitials(key) ?? this.sameByFirstWord(key) ?? this.sameSpelledOtherwise(key);
    if (!same) {
      const entry = { name: p.name, title: p.title, participates: !p.mentioned };
      this.list.push(entry);
      this.index(entry);
      return;
    }
    same.participates ||= !p.mentioned;
    // The fuller name wins ("Ronnie Gil Gavan" over "Gavan"); of two spellings with as many words, the first one seen.
    if (p.name.split(" ").length > same.name.split(" ").length && !p.name.includes(".")) {
      same.name = p.name;
      this.index(same);
    }
    if (p.title.length > same.title.length) same.title = p.title;
  }

  /** "s.mi-xen" for a known "sác-lơ mi-xen", or the reverse. */
  private sameWithInitials(key: string): Entry | undefined {
    const glued = initialsOf(key);
    if (glued) {
      const full = this.byName.get(glued.rest) ?? this.bySuffix.get(glued.rest);
      if (full && normalize(full.name).startsWith(glued.initials.charAt(0))) return full;
      return undefined;
    }
    const short = initialForm(key);
    return short === null ? undefined : this.byName.get(short);
  }

  /**
   * The same name spelled otherwise: without a diacritic ("Nguyễn Chí Vinh" for "Nguyễn Chí Vịnh"), or a foreign word
   * with one letter added, dropped or changed ("Mangnormek" for "Mangnomek"), every other word the same.
   */
  private sameSpelledOtherwise(key: string): Entry | undefined {
    const folded = foldName(key);
    const words = key.split(" ");
    return this.list.find((e) => {
      const other = normalize(e.name);
      if (foldName(other) === folded) return true;
      const otherWords = other.split(" ");
      if (otherWords.length !== words.length || words.length < 2) return false;
      const differing = words.map((w, k) => [w, otherWords[k]!] as const).filter(([a, b]) => a !== b);
      return differing.length === 1 && differing.every(([a, b]) =>
        Math.min(a.length, b.length) >= settings.variantMinLetters && !vietnameseWord(a) && !vietnameseWord(b) && withinOneEdit(a, b));
    });
  }

  /** A foreign given name alone for a known full name ("thanasak"), or the full name for a known given name. */
  private sameByFirstWord(key: string): Entry | undefined {
    const words = key.split(" ");
    if (words.length === 1) return vietnameseWord(key) ? undefined : this.byFirstWord.get(key);
    const alone = this.byName.get(words[0]!);
    return alone && !VIETNAMESE_SURNAMES.has(alone.name) && !vietnameseWord(words[0]!) ? alone : undefined;
  }

  private index(entry: Entry): void {
    const key = normalize(entry.name);
    this.byName.set(key, entry);
    for (const s of suffixes(key)) if (!this.bySuffix.has(s)) this.bySuffix.set(s, entry);
    const words = key.split(" ");
    if (words.length > 1 && !VIETNAMESE_SURNAMES.has(entry.name.split(" ")[0]!) && !vietnameseWord(words[0]!) && !this.byFirstWord.has(words[0]!)) {
      this.byFirstWord.set(words[0]!, entry);
    }
  }
}

/** The people of an article: who takes part or is quoted, and who is only mentioned (invited by, sent a message by, acted for). */
export interface ArticlePeople {
  participants: Participant[];
  mentioned: Participant[];
}

/**
 * A dash written without spaces between a name and the role after it ("Đồng chí Hoàng Văn Nam-Ủy viên BCH TW Đảng"):
 * the dash of a transliterated name ("Lơ-me-ri-ô", "Jean-Luc") is never followed by a role of two words or more.
 */
const GLUED_ROLE = new RegExp(
  `-(?<=\\p{Ll}-)(?=(?:${[...ROLE_HEADS, ...RANKS].filter((r) => r.includes(" ") && /^\p{Lu}/u.test(r)).sort((a, b) => b.length - a.length).map((r) => r.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![\\p{L}]))`,
  "gu",
);

/**
 * Finds the people in the article text (headline, paragraphs and captions), one entry per person: those who take part
 * or are quoted, and apart from them those every sentence only mentions. Credited photographers and reporters are no
 * one's participants; a place named after its kind ("xã Trà Cang") is never a person.
 */
export function extractPeople(texts: readonly string[], credits: readonly string[] = []): ArticlePeople {
  const people = new People();
  const credited = new Set(credits.map(normalize));
  const places = new Set<string>();
  for (const text of texts) {
    for (const sentence of sentencesOf(text.replace(CREDIT_IN_TEXT, " ").replace(GLUED_ROLE, " - "))) {
      const found = peopleIn(sentence);
      for (const place of found.places) places.add(normalize(place));
      for (const p of found.people) if (!credited.has(normalize(p.name))) people.add(p);
    }
  }
  const kept = people.list.filter((p) => !places.has(normalize(p.name)));
  const strip = ({ name, title }: Entry): Participant => ({ name, title });
  return { participants: kept.filter((p) => p.participates).map(strip), mentioned: kept.filter((p) => !p.participates).map(strip) };
}

/** The people who take part in or are quoted by the article (see extractPeople). */
export function extractParticipants(texts: readonly string[], credits: readonly string[] = []): Participant[] {
  return extractPeople(texts, credits).participants;
}
