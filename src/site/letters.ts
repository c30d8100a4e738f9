/**
 * Group indexes by initial: an index of more groups than SITE.groupIndexLimit (people and event
 * series grow with the archive) is split into one page per initial letter, so that no index page
 * grows with the archive's size (at 10,000 generated articles the series index was 2.2 MB of HTML).
 */
import { SITE } from "./config.ts";
import { SECTIONS } from "./sections.ts";
import { STRINGS } from "./strings.ts";

/** The path segment under a section that holds its letter pages ("/nhan-vat/chu-cai/a/"); no group may take it as a slug. */
export const LETTERS_SEGMENT = "chu-cai";

/**
 * The folders of the letter pages, under the site root: every page in them is rendered again
 * whenever the indexes are, so a rebuild replaces them whole and a letter gone leaves no page.
 */
export const LETTER_FOLDERS = (["partner", "person", "series", "outlet"] as const).map((kind) => `${SECTIONS[kind]}/${LETTERS_SEGMENT}`);

/** One initial's page of an index. */
export interface LetterPage<G> {
  /** What readers see: "A", "Đ", or STRINGS.letters.other for names that start with no letter. */
  letter: string;
  /** Its URL segment: "a", "dd" for Đ, "khac" for "#". */
  slug: string;
  groups: G[];
}

const OTHER = "#";
const VIETNAMESE = new Intl.Collator(SITE.locale);

/**
 * The letter a name is filed under: its first letter without tone or vowel marks (Ă, Â → A;
 * Ơ, Ô → O; Ư → U), Đ kept apart as Vietnamese alphabets keep it, "#" for a digit or a sign.
 */
export function initialOf(name: string): string {
  const first = [...name.trim().normalize("NFC")][0] ?? "";
  const upper = first.toLocaleUpperCase(SITE.locale);
  if (upper === "Đ") return "Đ";
  const base = upper.normalize("NFD").charAt(0);
  return /^[A-Z]$/.test(base) ? base : OTHER;
}

/** The URL segment of a letter's page. */
export function letterSlug(letter: string): string {
  return letter === "Đ" ? "dd" : letter === OTHER ? "khac" : letter.toLowerCase();
}

/** Whether an index of `count` groups is split by initial. */
export function byLetters(count: number, limit: number = SITE.groupIndexLimit): boolean {
  return count > limit;
}

/** Groups (in index order) split by initial, in alphabetical order of the letters, "#" last; each keeps its groups' order. */
export function letterPages<G extends { name: string }>(groups: readonly G[]): LetterPage<G>[] {
  const pages = new Map<string, G[]>();
  for (const group of groups) {
    const letter = initialOf(group.name);
    const page = pages.get(letter);
    if (page) page.push(group);
    else pages.set(letter, [group]);
  }
  return [...pages]
    .sort(([a], [b]) => (a === OTHER ? 1 : b === OTHER ? -1 : VIETNAMESE.compare(a, b)))
    .map(([letter, members]) => ({ letter: letter === OTHER ? STRINGS.letters.other : letter, slug: letterSlug(letter), groups: members }));
}
