/**
 * Finds the foreign partner countries of the cooperation, as canonical Vietnamese names with ISO codes.
 *
 * Countries named in the headline are the partners, but a country the headline names only as the venue ("… tại
 * Singapore") yields to the counterpart: the country of the person the Vietnamese side meets or talks with ("tiếp
 * Đại sứ Trung Quốc", "gặp Bộ trưởng Quốc phòng Nhật Bản", a foreign participant's title). Failing the headline,
 * the counterparts; failing them, the countries of the event's name; failing that, those of the lead and of the
 * officials' titles, weighed so that a country named in passing (in a list of ASEAN members, in "Quân đội ba nước
 * Việt Nam - Lào - Campuchia") does not become a partner.
 */
import type { PartnersResult } from "./types.ts";
import { metadata as settings } from "./settings.ts";
import { COUNTRIES, COUNTRY_CUES, DELEGATION_WORDS, FOREIGN_PROVINCES, FRIENDSHIP_NAMED, HOME_COUNTRY, MEETING_VERBS, PAIR_FORMS, PLACE_CONTINUATIONS, type Country } from "./vocabulary/countries.ts";
import { allMatches } from "./matches.ts";

export interface PartnersInput {
  title: string | null;
  event: string | null;
  /** Article blocks in reading order. */
  blocks: readonly string[];
  /** Titles of the participants ("Bộ trưởng Bộ Quốc phòng Campuchia"): the delegations. */
  participantTitles: readonly string[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Every spelling of every country (the home country too, so "Việt Nam" is recognised and skipped), and the neighbours'
 * provinces, each standing for its country.
 */
const SPELLINGS: ReadonlyArray<readonly [spelling: string, country: Country]> = [
  ...[HOME_COUNTRY, ...COUNTRIES].flatMap((c) => [c.name, ...c.aliases].map((s) => [s, c] as const)),
  ...FOREIGN_PROVINCES.map(([province, name]) => [province, COUNTRIES.find((c) => c.name === name)!] as const),
].sort((a, b) => b[0].length - a[0].length);
const BY_SPELLING = new Map(SPELLINGS.map(([s, c]) => [s, c]));

/** One alternation of all spellings, longest first, on letter boundaries; linear (a plain alternation of literals). */
const MENTION = new RegExp(`(?<![\\p{L}\\p{N}])(?:${SPELLINGS.map(([s]) => escape(s)).join("|")})(?![\\p{L}\\p{N}]|-[\\p{Ll}])`, "gu");
const PLACE_AFTER = new RegExp(`^ (?:${PLACE_CONTINUATIONS.map(escape).join("|")})(?![\\p{L}])`, "u");
const CUE_BEFORE = new RegExp(`(?:${COUNTRY_CUES.map(escape).join("|")})\\s?$`, "u");
const PAIRS = new Map(PAIR_FORMS.map(([short, name]) => [short, COUNTRIES.find((c) => c.name === name)!]));
const SHORT = PAIR_FORMS.map(([short]) => escape(short)).join("|");
/** "Việt - Trung", "Việt-Nhật", "Nga - Việt": a one-syllable country paired with "Việt". */
const PAIR = new RegExp(`(?<![\\p{L}])(?:Việt\\s?[-–]\\s?(${SHORT})|(${SHORT})\\s?[-–]\\s?Việt)(?![\\p{L}])`, "gu");
/** "tại", "ở" (and "thủ đô X") just before a country: it is where the event was held. */
const VENUE_BEFORE = /(?:tại|ở)\s(?:thủ đô\s\S+\s?,?\s?)?$/u;
/** An institution named for a friendship, up to the country in its name ("Bệnh viện Hữu nghị Việt Nam - Lào"). */
const FRIENDSHIP_BEFORE = new RegExp(`(?:${FRIENDSHIP_NAMED.map(escape).join("|")})(?:\\s\\p{Lu}\\p{Ll}*){0,3}\\s[Hh]ữu nghị\\s(?:Việt Nam|Việt)\\s?[-–]?\\s?$`, "u");
/** A country joined to another by a dash, comma or "và" ("Việt Nam - Anh", "Anh, Pháp"). */
const LINKED = /^\s?(?:[-–,]|và)\s?$/u;

interface Mention {
  country: Country;
  index: number;
  end: number;
  /** Written paired with "Việt" ("Mỹ - Việt", "Việt - Trung"). */
  paired?: boolean;
}

/** The countries a text names, in order; ambiguous names ("Anh", "Đức") only with a cue or beside another country. */
export function countryMentions(text: string): Mention[] {
  const raw: Mention[] = [];
  for (const m of allMatches(MENTION, text)) {
    const country = BY_SPELLING.get(m[0]);
    if (!country || PLACE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    if (FRIENDSHIP_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    raw.push({ country, index: m.index, end: m.index + m[0].length });
  }
  const paired: Mention[] = [];
  // Every pair form contains "Việt": most blocks need not run the pattern.
  if (text.includes("Việt")) for (const m of allMatches(PAIR, text)) {
    const country = PAIRS.get(m[1] ?? m[2]!);
    if (country) paired.push({ country, index: m.index, end: m.index + m[0].length, paired: true });
  }
  const kept = raw.filter((m, k) => {
    if (!m.country.ambiguous?.includes(text.slice(m.index, m.end))) return true;
    if (CUE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) return true;
    // A country in parentheses after an organization's name: "Đoàn phẫu thuật Interplast (Mỹ)".
    if (text[m.index - 1] === "(" && text[m.end] === ")") return true;
    const prev = raw[k - 1], next = raw[k + 1];
    return (!!prev && LINKED.test(text.slice(prev.end, m.index))) || (!!next && LINKED.test(text.slice(m.end, next.index)));
  });
  const overlaps = (p: Mention): boolean => kept.some((m) => m.index < p.end && p.index < m.end);
  return [...kept, ...paired.filter((p) => !overlaps(p))].sort((a, b) => a.index - b.index);
}

/** Foreign countries of a text, without those only named inside lists of three or more countries. */
function foreignCountries(text: string, { skipLists }: { skipLists: boolean }, mentionsOf = countryMentions): Country[] {
  const mentions = mentionsOf(text);
  const inList = new Set<number>();
  if (skipLists) {
    // A chain of three or more countries joined by dashes, commas or "và" is a list, not a partner.
    let chainStart = 0;
    for (let k = 1; k <= mentions.length; k++) {
      const linked = k < mentions.length && LINKED.test(text.slice(mentions[k - 1]!.end, mentions[k]!.index));
      if (linked) continue;
      if (k - chainStart >= 3) for (let j = chainStart; j < k; j++) inList.add(j);
      chainStart = k;
    }
  }
  return mentions.filter((m, k) => !inList.has(k) && m.country !== HOME_COUNTRY).map((m) => m.country);
}

/** Countries named as the place of the event: "tại Singapore", "ở Nhật Bản", and those listed with one ("tại Cuba và Ấn Độ"). */
function venuesIn(text: string, mentionsOf = countryMentions): Country[] {
  const mentions = mentionsOf(text);
  const venues: Country[] = [];
  mentions.forEach((m, k) => {
    const listed = k > 0 && venues.includes(mentions[k - 1]!.country) && LINKED.test(text.slice(mentions[k - 1]!.end, m.index));
    if (listed || VENUE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) venues.push(m.country);
  });
  return venues;
}

const unique = (list: Country[]): Country[] => [...new Set(list)];

/** A verb of meeting someone ("tiếp", "hội đàm với", "gặp"): the country after it is the counterpart's. */
const MEETING = new RegExp(`(?<![\\p{L}])(?:${[...MEETING_VERBS, ...DELEGATION_WORDS.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)])].map(escape).sort((a, b) => b.length - a.length).join("|")})(?![\\p{L}])`, "gu");
/** A post held abroad ("… tại Trung Quốc"), or the venue: a country after "tại"/"ở" is where, not whom. */
const AT_BEFORE = /(?:tại|ở)\s(?:thủ đô\s\S+\s?,?\s?)?$/u;

/**
 * The counterparts' countries in one text: after each meeting verb, the first foreign country named within the clause
 * (not a venue), with the countries listed after it ("tiếp đại sứ các nước Trung Quốc, Sri Lanka, Áo").
 */
function counterpartsIn(text: string, mentionsOf: (text: string) => Mention[]): Country[] {
  const mentions = mentionsOf(text);
  if (mentions.length === 0) return [];
  // A foreign organization with its country in parentheses is a counterpart too: "Đoàn phẫu thuật Interplast (Mỹ)".
  const found: Country[] = mentions.filter((m) => text[m.index - 1] === "(" && text[m.end] === ")" && m.country !== HOME_COUNTRY && /\p{Lu}[\p{L}\p{N}-]*\s$/u.test(text.slice(Math.max(0, m.index - 30), m.index - 1))).map((m) => m.country);
  for (const verb of allMatches(MEETING, text)) {
    const start = verb.index + verb[0].length;
    const limit = start + settings.counterpartWindow;
    const k = mentions.findIndex((m) => m.index >= start && m.index <= limit && m.country !== HOME_COUNTRY && !AT_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)));
    if (k < 0 || /[.;!?]/.test(text.slice(start, mentions[k]!.index))) continue;
    found.push(mentions[k]!.country);
    for (let j = k + 1; j < mentions.length && LINKED.test(text.slice(mentions[j - 1]!.end, mentions[j]!.index)); j++) {
      if (mentions[j]!.country !== HOME_COUNTRY) found.push(mentions[j]!.country);
    }
  }
  return found;
}

/** Foreign countries joined to Việt Nam by a dash or "và" ("Việt Nam - Hoa Kỳ", "Nhật Bản và Việt Nam", "Mỹ - Việt"). */
function pairedWithHome(text: string, mentionsOf: (text: string) => Mention[]): Country[] {
  const mentions = mentionsOf(text);
  return mentions
    .filter((m, k) => m.country !== HOME_COUNTRY && (m.paired || [mentions[k - 1], mentions[k + 1]].some((o) =>
      o?.country === HOME_COUNTRY && LINKED.test(o.index < m.index ? text.slice(o.end, m.index) : text.slice(m.end, o.index)))))
    .map((m) => m.country);
}

/** Countries in a foreign participant's title ("Đại sứ Trung Quốc"), not a Vietnamese official's post abroad ("Đại sứ Việt Nam tại Lào"). */
function participantCountries(title: string, mentionsOf: (text: string) => Mention[]): Country[] {
  const mentions = mentionsOf(title);
  const at = (m: Mention): boolean => AT_BEFORE.test(title.slice(Math.max(0, m.index - 12), m.index));
  // "Đại sứ Việt Nam tại Lào" is Vietnamese; "Chủ tịch Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam" is not.
  if (mentions.some((m) => m.country === HOME_COUNTRY && !at(m))) return [];
  return mentions.filter((m) => !at(m) && m.country !== HOME_COUNTRY).map((m) => m.country);
}
const result = (list: Country[]): PartnersResult => ({ names: list.map((c) => c.name), codes: list.map((c) => c.code) });

/** Returns the partner countries of an article. */
export function extractPartners(input: PartnersInput): PartnersResult {
  // The headline and the lead blocks are read more than once: their mentions are found once.
  const found = new Map<string, Mention[]>();
  const mentionsOf = (text: string): Mention[] => {
    let mentions = found.get(text);
    if (mentions === undefined) found.set(text, (mentions = countryMentions(text)));
    return mentions;
  };
  const foreignIn = (text: string, options: { skipLists: boolean }): Country[] => foreignCountries(text, options, mentionsOf);
  const inTitle = unique(foreignIn(input.title ?? "", { skipLists: false }));
  // Whom the Vietnamese side meets: after a meeting verb in the headline or lead, or in a foreign participant's title.
  const met = unique([
    ...[input.title ?? "", ...input.blocks.slice(0, settings.partnerLeadBlocks)].flatMap((t) => counterpartsIn(t, mentionsOf)),
    ...input.participantTitles.flatMap((t) => participantCountries(t, mentionsOf)),
  ]);
  // A venue ("… bên lề Đối thoại Shangri-La tại Singapore") is a partner only when no other country is named and
  // the Vietnamese side meets no one of another country there.
  const venues = new Set(venuesIn(input.title ?? "", mentionsOf));
  const hosts = inTitle.filter((c) => !venues.has(c));
  if (inTitle.length > 0) return result(hosts.length > 0 ? hosts : met.length > 0 ? met : inTitle);
  if (met.length > 0) return result(met);
  const inEvent = unique(foreignIn(input.event ?? "", { skipLists: false }));
  if (inEvent.length > 0) return result(inEvent);

  const score = new Map<Country, number>();
  const add = (list: Country[], weight: number): void => list.forEach((c) => score.set(c, (score.get(c) ?? 0) + weight));
  input.blocks.slice(0, settings.partnerLeadBlocks).forEach((b) => add(unique(foreignIn(b, { skipLists: true })), 2));
  input.participantTitles.forEach((t) => add(unique(participantCountries(t, mentionsOf).filter((c) => c !== HOME_COUNTRY)), 2));
  const leadScore = new Map(score);
  input.blocks.forEach((b) => add(foreignIn(b, { skipLists: true }), 1));
  // Paired with Việt Nam ("quan hệ Việt Nam - Hoa Kỳ", "giữa Việt Nam và Nhật Bản"), a country is the other side.
  input.blocks.forEach((b) => add(pairedWithHome(b, mentionsOf), 1));
  const best = Math.max(0, ...score.values());
  const chosen = [...score.entries()]
    // Named once in the lead, with no one met and nothing in the headline, a country was named in passing (a ship's flag,
    // a next port of call): it takes a second mention.
    .filter(([c, s]) => (leadScore.get(c) ?? 0) > 0 ? s >= settings.partnerLeadMinScore && s * 2 >= best : s >= settings.partnerMinMentions && s * 2 >= best)
    .sort((a, b) => b[1] - a[1])
    .map(([c]) => c);
  return result(chosen);
}

/** The canonical name of a partner written any known way ("Mỹ" → "Hoa Kỳ"); unknown names unchanged. */
export function canonicalPartner(name: string): string {
  const trimmed = name.normalize("NFC").trim();
  return BY_SPELLING.get(trimmed)?.name ?? COUNTRIES.find((c) => c.name.toLowerCase() === trimmed.toLowerCase())?.name ?? trimmed;
}

/** The ISO 3166-1 alpha-2 code of a partner written any known way, or null. */
export function partnerCode(name: string): string | null {
  const canonical = canonicalPartner(name);
  return COUNTRIES.find((c) => c.name === canonical)?.code ?? null;
}
