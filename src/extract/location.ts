/**
 * Finds where the event happened, as written. In order:
 *
 * 1. the dateline's own place before an agency tag ("Viêng Chăn (TTXVN) – …");
 * 2. the dated sentence's place: "tại X" ("Chiều 14/5, tại Hà Nội, …", "ở thủ đô Budapest"), or where the delegation leaves from or
 *    arrives at ("rời Thủ đô Hà Nội, lên đường …", "tới thủ đô Brúc-xen", "cập cảng quốc tế Cam Ranh");
 * 3. the first such place in the other lead sentences, then in the headline;
 * 4. the country or capital a visit goes to ("thăm hữu nghị chính thức Trung Quốc");
 * 5. a locality the lead's first sentence opens with, as its subject or its organizer ("Xã Trường Tây, huyện Hoà
 *    Thành được công nhận …", "Từ ngày 20 - 22/11, UBND huyện Nậm Nhùn tổ chức …").
 *
 * A place is a bounded span: it stops at a clause break, at the verb or time that continues the sentence ("Hà Nội
 * sáng 23/12", "xã Huồi Tụ chỉ đạt …"), at "và" before what is no place ("Đà Nẵng và các nhà đầu tư"). It is never
 * an event or a session ("tại Phiên thảo luận thứ 3"), a person's post ("Đại sứ … tại Trung Quốc"), the place of a
 * mission the ceremony sends people to ("lên đường làm nhiệm vụ tại Nam Sudan"), nor the home country as a whole.
 */
import { metadata as settings } from "./settings.ts";
import { allMatches } from "./matches.ts";
import { COUNTRIES, HOME_COUNTRY } from "./vocabulary/countries.ts";
import { TITLE_SYLLABLES } from "./vocabulary/ranks.ts";
import {
  ARRIVAL_VERBS, BASED_BEFORE_PLACE, HOME_PLACES, HOST_INSTITUTIONS, HOST_VERBS, LOCALITY_KINDS, MARKERS_BEFORE_PLACE, MISSION_BEFORE, NOT_A_PLACE, OCCASION_OPENERS, PLACE_END_WORDS, PLACE_KINDS, PROVINCES,
  PLACES, PLAN_BEFORE, POSTS_BEFORE_PLACE, VISIT_VERBS,
} from "./vocabulary/places.ts";

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternation = (list: readonly string[]): string => [...list].sort((a, b) => b.length - a.length).map(escape).join("|");

/** X starts with a capital or with a lowercase kind of place ("huyện Lộc Ninh", "thủ đô Phnom Penh", "cảng quốc tế Cam Ranh"). */
const PLACE_START = new RegExp(`^(?:\\p{Lu}|(?:${alternation(PLACE_KINDS)})\\s)`, "u");
/** X opens with a kind of place in either case ("cảng Sài Gòn", "Vịnh Cam Ranh"). */
const KIND_FIRST = new RegExp(`^(?:${alternation(PLACE_KINDS.flatMap((k) => [k, k.charAt(0).toUpperCase() + k.slice(1)]))})\\s`, "u");
/** X is an event or occasion, or a pronoun place ("tỉnh ta"): no place. */
const NOT_PLACE = new RegExp(`^(?:${alternation(NOT_A_PLACE)})(?![\\p{L}])`, "u");
/** Where X ends: a word that continues the sentence, or a time ("sáng 23/12"). */
// "trong nhà" (indoor) is part of a venue's name ("Cung điền kinh trong nhà"), not the sentence going on.
const PLACE_END = new RegExp(`\\s(?:${alternation(PLACE_END_WORDS)})(?![\\p{L}])(?<!\\strong(?=\\snhà))|\\s(?:sáng|chiều|tối|trưa|đêm|ngày|lúc|vào lúc)\\s\\d|\\s\\d{1,2}\\s?(?:h|giờ)(?:\\d{2})?(?![\\p{L}])`, "u");
/** "và" before what is no place ("Đà Nẵng và các nhà đầu tư"): X ends before it; "và huyện Snuol" goes on. */
const AND_NOT_PLACE = new RegExp(`\\svà\\s(?!\\p{Lu}|(?:${alternation(PLACE_KINDS)})\\s)`, "u");
/** "tại X" inside a person's or an organization's post ("Tùy viên Quốc phòng Việt Nam tại Trung Quốc") names no venue. */
const POST_BEFORE = new RegExp(`(?:${alternation(POSTS_BEFORE_PLACE)})[^,.;:]{0,60}$`, "iu");
/** "lên đường làm nhiệm vụ tại X": the mission's place, not the ceremony's. */
const MISSION = new RegExp(`(?:${alternation(MISSION_BEFORE)})[^,.;:]{0,40}$`, "u");
const HOME = new RegExp(`^(?:${alternation(HOME_PLACES)})$`, "u");
/** "các doanh nghiệp Hàn Quốc tại X", "đối tác của DUE tại X": where they are based. */
const BASED = new RegExp(`(?:^|\\s)(?:${alternation(BASED_BEFORE_PLACE)})(?:\\s(?:của\\s)?[\\p{Lu}\\d][\\p{L}\\d.&-]*(?:\\s\\p{Ll}+)?){0,3}\\s?$`, "u");
/** "về việc chuẩn bị xúc tiến đầu tư tại X": the place of what is planned, in the same clause. */
const PLAN = new RegExp(`(?:^|\\s)(?:${alternation(PLAN_BEFORE)})\\s[^.;:]{0,60}$`, "u");
/** A road or building marker alone ("Km 27", "tầng 3"): the place is the part after it. */
const MARKER_ONLY = new RegExp(`^(?:${alternation(MARKERS_BEFORE_PLACE)})\\s?[\\d\\p{L}]{1,6}(?:\\s?[+/.-]\\s?\\d+)?$`, "u");
const MARKER_START = new RegExp(`^(?:${alternation(MARKERS_BEFORE_PLACE)})\\s?\\d`, "u");
/** A locality named inside a body's name ("Hội Chữ thập đỏ thành phố Đà Nẵng", "UBND tỉnh Quảng Nam"). */
const LOCALITY_INSIDE = new RegExp(`\\s(?:${alternation(LOCALITY_KINDS)})\\s\\p{Lu}`, "u");
/** A document's number ("196/LHHVN", "34/2025/DS-ST"): never part of a place. */
const DOCUMENT_NUMBER = /\d+\/(?:\d+\/)?[\p{Lu}Đ]/u;
/** A locality of a chain that goes on after a comma ("xã Chiềng Bằng, huyện Quỳnh Nhai, tỉnh Sơn La"). */
const LOCALITY_NEXT = new RegExp(`^,\\s(?:${alternation(LOCALITY_KINDS)})\\s\\p{Lu}`, "u");
const LOCALITY_FIRST = new RegExp(`^(?:${alternation(LOCALITY_KINDS.flatMap((k) => [k, k.charAt(0).toUpperCase() + k.slice(1)]))})\\s\\p{Lu}`, "u");

/** "tại X" anywhere; "Tại X," opening a sentence too; "ở X" where X is plainly a place ("ở thủ đô Budapest"). */
const AT = /(?<![\p{L}])(?:[tT]ại|ở|[tT]rên địa bàn|thuộc)\s/gu;
/** Where a delegation leaves from or arrives at, or a ship berths: "rời X", "tới X", "cập cảng X". */
const MOVE = new RegExp(`(?<![\\p{L}])(?:${alternation(ARRIVAL_VERBS)})\\s`, "gu");
/** What a visit goes to: "thăm chính thức X". */
const VISIT = new RegExp(`(?<![\\p{L}])(?:${alternation(VISIT_VERBS)})\\s`, "gu");
/** The dateline's place before an agency tag: "Viêng Chăn (TTXVN) – ", "HÀ NỘI (VNA) - ". */
// The agency's tag may carry the day and run straight into the lead ("Tuyên Quang (TTXVN 17/2/2024) Sáng 17/2, …").
const DATELINE_PLACE = /^(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3})\s?\((?:TTXVN|VNA|[\p{Lu}.+]{2,12})(?:\)\s?[-–—]|\s\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\))/u;
/** A day written in a sentence ("Chiều 14/5", "… chiều 16-10, giờ địa phương, …", "Từ ngày 20 - 22/11"): the dated sentence. */
const DAY_IN_SENTENCE = /(?<![\p{L}])(?:sáng|chiều|tối|trưa|đêm|ngày|hôm nay|hôm qua)(?:\s(?:nay|qua))?(?:\s\(?(?:thứ\s[\p{L}\d]{1,4}|chủ nhật)\)?,?)?\s\(?(?:ngày\s)?\d{1,2}(?:\s?[-–]\s?\d{1,2})?[/.-]\d{1,2}/iu;

/** The sentences of a block, split at ". " before a capital letter. */
function sentences(block: string): string[] {
  return block.split(/(?<=[.!?…])\s+(?=[\p{Lu}“"])/u);
}

/** Known countries and capitals, for what a move or a visit may go to without a kind of place before it ("Thủ đô Hà Nội" too). */
const KNOWN_PLACE = new RegExp(
  `^(?:(?:thủ đô|Thủ đô|thành phố|Thành phố|nước|Vương quốc)\\s)?(?:${alternation([...PLACES, ...COUNTRIES.flatMap((c) => [c.name, ...c.aliases.filter((a) => !c.ambiguous?.includes(a))])])})(?![\\p{L}])`,
  "u",
);

/**
 * The text after a preposition up to the clause end (a "." only before a space: "TP.HCM" is one word), keeping commas
 * inside parentheses; a locality goes on across a comma to the locality that holds it ("xã A, huyện B, tỉnh C"), and a
 * road or building marker ("Km 27, đường tránh Huế") gives way to the place after it.
 */
function placeAfter(text: string, from: number): string {
  const end = clauseEnd(text, from);
  const first = text.slice(from, end).trim();
  if (MARKER_ONLY.test(first) && text[end] === ",") return placeAfter(text, end + 1 + (text[end + 1] === " " ? 1 : 0));
  let stop = end;
  if (LOCALITY_FIRST.test(first)) {
    while (LOCALITY_NEXT.test(text.slice(stop, stop + 40)) && stop - from < settings.locationMaxChars) stop = clauseEnd(text, stop + 2);
  }
  return boundedPlace(text.slice(from, stop));
}

/** Where the clause that starts at `from` ends: a comma, a colon or a full stop outside parentheses, or a line break. */
function clauseEnd(text: string, from: number): number {
  let depth = 0;
  let end = from;
  const limit = Math.min(text.length, from + settings.locationMaxChars * 2);
  for (; end < limit; end++) {
    const ch = text[end]!;
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && (/[,;:!?“”"\n]/.test(ch) || (ch === "." && (!/\p{L}/u.test(text[end + 1] ?? "") || GLUED_SENTENCE.test(text.slice(end - 2, end + 3)))))) break;
  }
  return end;
}

/** A full stop the scrape glued to the next sentence ("tại Hải Phòng.Bộ trưởng …"): lowercase before it, a capitalized word after ("TP.HCM" stays one word). */
const GLUED_SENTENCE = /^\p{Ll}{2}\.\p{Lu}\p{Ll}/u;

/** A place read up to its clause's end, cut where the sentence goes on. */
function boundedPlace(span: string): string {
  let place = span;
  for (const stop of [PLACE_END, AND_NOT_PLACE]) {
    const m = stop.exec(place);
    if (m) place = place.slice(0, m.index);
  }
  // Lowercase words at the end belong to the place when they can belong to a name ("Bộ Quốc phòng", "Bệnh viện Đa khoa
  // tỉnh", "Bộ Nông nghiệp và Phát triển nông thôn"); otherwise they were the sentence going on ("Vịnh Cam Ranh sau năm ngày").
  const words = place.trim().split(" ");
  let tail = words.length;
  while (tail > 1 && /^\p{Ll}/u.test(words[tail - 1]!)) tail--;
  const inName = (w: string): boolean => SINGLE_KINDS.has(w) || TITLE_SYLLABLES.has(w);
  // A kind alone is no place: its lowercase words are its name ("Cung điền kinh", "Nhà thi đấu").
  const kept = words.slice(tail).every(inName) || BARE_KIND.has(words.slice(0, tail).join(" ").toLowerCase()) ? words : words.slice(0, tail);
  return kept.join(" ");
}

/** One-word kinds of place, which may end a place's name ("Bệnh viện Đa khoa tỉnh", "Trụ sở UBND huyện"). */
const SINGLE_KINDS: ReadonlySet<string> = new Set(PLACE_KINDS.filter((k) => !k.includes(" ")));

/** A kind of place alone ("tại Trường", "tại Bệnh viện", "tại Nhà trường"): the text's own institution, named before. */
const BARE_KIND: ReadonlySet<string> = new Set([...PLACE_KINDS, "nhà trường", "đơn vị", "cơ quan"]);

/** A kind of place named by its number ("quốc lộ 14", "khu 3"): a name without a capital letter. */
const KIND_NUMBER = new RegExp(`^(?:${alternation(PLACE_KINDS)})\\s\\d`, "u");

/** A kind of place and then "tại" ("cập cảng tại TP.HCM"): the place is the one after "tại", read there. */
const KIND_THEN_AT = new RegExp(`^(?:${alternation(PLACE_KINDS)})\\s+(?:tại|ở)\\s`, "u");

/** True when `place` can be the event's: a place's shape, no event, no pronoun, not too long, not the home country as a whole. */
function acceptable(place: string): boolean {
  return place !== "" && PLACE_START.test(place) && !NOT_PLACE.test(place) && !KIND_THEN_AT.test(place) && (/\p{Lu}/u.test(place) || KIND_NUMBER.test(place)) &&
    !HOME.test(place) && place.length <= settings.locationMaxChars && !MARKER_ONLY.test(place) && !DOCUMENT_NUMBER.test(place) &&
    !BARE_KIND.has(place.toLowerCase()) && !(ACRONYM.test(place) && !KNOWN_PLACE.test(place));
}

/** An acronym alone ("ABCF", "VFF"): an organization's name, unless it is a known place's ("TP.HCM"). */
const ACRONYM = /^[\p{Lu}.&]{2,8}$/u;

interface Found {
  place: string;
  index: number;
  /** Where something belongs ("thuộc xã A"), not where it happens: taken only when the sentence names no venue. */
  belonging?: true;
}

/** Places after "tại" in a text, each with where it stands; not a post's or a mission's. */
function placesAt(text: string): Found[] {
  const found: Found[] = [];
  for (const m of allMatches(AT, text)) {
    const from = m.index + m[0].length;
    // Cheap tests first: most "tại" are followed by no place at all.
    const head = text.slice(from, from + 40);
    if ((!PLACE_START.test(head) && !MARKER_START.test(head)) || NOT_PLACE.test(head)) continue;
    // "ở" is everywhere in prose ("ở các xã", "ở mức cao"): only before a kind of place or a known country or city.
    if ((m[0].startsWith("ở") || m[0].startsWith("thuộc")) && !KIND_FIRST.test(head) && !KNOWN_PLACE.test(head)) continue;
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    if (POST_BEFORE.test(before) || MISSION.test(before) || BASED.test(before) || PLAN.test(before)) continue;
    const place = placeAfter(text, from);
    if (acceptable(place)) found.push({ place, index: m.index, ...(m[0].startsWith("thuộc") ? { belonging: true as const } : {}) });
  }
  return found;
}

/** Places a delegation leaves from or arrives at ("rời Hà Nội", "tới thủ đô Brúc-xen", "cập cảng Sài Gòn"). */
function placesMovedTo(text: string): Found[] {
  const found: Found[] = [];
  for (const m of allMatches(MOVE, text)) {
    const from = m.index + m[0].length;
    const head = text.slice(from, from + 40);
    const named = /^\p{Lu}/u.test(head);
    if (!KIND_FIRST.test(head) && !KNOWN_PLACE.test(head) && !named) continue;
    const place = placeAfter(text, from);
    // Without a kind of place before it, only a known country or capital (not "tới các đơn vị"), or a body named with
    // the locality it sits in ("đến Hội Chữ thập đỏ thành phố Đà Nẵng").
    if (acceptable(place) && (KIND_FIRST.test(place) || KNOWN_PLACE.test(place) || (named && LOCALITY_INSIDE.test(place)))) found.push({ place, index: m.index });
  }
  return found;
}

/**
 * The country or capital a visit goes to ("thăm hữu nghị chính thức Trung Quốc"), not the home country; an institution
 * or locality visited later in the same text beats a country ("chuyến thăm chính thức Pháp, … tới thăm, làm
 * việc với Viện Nghiên cứu Quốc gia Lyon").
 */
function visitedPlace(text: string): string | null {
  const visited: string[] = [];
  for (const m of allMatches(VISIT, text)) {
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + settings.locationMaxChars * 2);
    const known = KNOWN_PLACE.exec(rest);
    if (known && !HOME.test(known[0]) && known[0] !== HOME_COUNTRY.name) visited.push(known[0]);
    // An institution visited ("đến thăm và làm việc với Học viện Nông nghiệp Việt Nam (VNUA)"), or a locality ("… với tỉnh Ninh Bình").
    else if (HOST_START.test(rest) || (LOCALITY_FIRST.test(rest) && /^\p{Ll}/u.test(rest))) {
      const place = placeAfter(rest, 0);
      if (acceptable(place)) visited.push(place);
    }
  }
  if (visited.length === 0) return null;
  return COUNTRY_NAME.test(visited[0]!) ? visited.find((p) => !COUNTRY_NAME.test(p)) ?? visited[0]! : visited[0]!;
}

/** An institution with a capitalised name ("Trường ĐH Hồng Đức", "Bệnh viện Bạch Mai"). */
const HOST_START = new RegExp(`^(?:${alternation(HOST_INSTITUTIONS)})\\s\\p{Lu}`, "u");
const HOST_VERB = new RegExp(`(?:^|\\s)(?:${alternation(HOST_VERBS)})(?![\\p{L}])`, "u");

/**
 * The institution a sentence opens with as the host of a delegation ("Chiều 8/10, Bệnh viện Đa khoa Sơn Tây đã có buổi tiếp đón
 * đoàn …"), or null: without another venue, the meeting was at the host's.
 */
function hostInstitution(sentence: string): string | null {
  const rest = sentence.replace(LEAD_OPENING, "");
  if (!HOST_START.test(rest)) return null;
  const clause = rest.slice(0, clauseEnd(rest, 0));
  if (!HOST_VERB.test(clause)) return null;
  const place = placeAfter(rest, 0);
  return acceptable(place) ? place : null;
}

/** An outlet tag and a time clause before a lead's subject ("(BLC) - Từ ngày 20 - 22/11, ", "Gần 1 tháng qua, "). */
const LEAD_OPENING = /^(?:\([^()]{1,30}\)\s?[-–]\s?|[\p{Lu}.+]{2,12}\s?[-–]\s)?(?:[^,]{0,40}(?:\d|\squa|\snay)[^,]{0,100},\s){0,2}/u;
/** A locality opening the subject ("Xã Trường Tây, huyện Hoà Thành", "UBND huyện Nậm Nhùn"), with one more locality after a comma. */
const SUBJECT_LOCALITY = new RegExp(
  `^(?:[Uu]BND\\s|[Ủủ]y ban nhân dân\\s)?((?:${LOCALITY_KINDS.map(escape).join("|")})\\s\\p{Lu}[\\p{L}'’-]*(?:\\s\\p{Lu}[\\p{L}'’-]*){0,3}(?:,\\s(?:${LOCALITY_KINDS.map(escape).join("|")})\\s\\p{Lu}[\\p{L}'’-]*(?:\\s\\p{Lu}[\\p{L}'’-]*){0,3})?)`,
  "u",
);

/** The locality a lead's first sentence opens with, or null (its kind may be capitalized there: "Xã Trường Tây"). */
function subjectLocality(block: string): string | null {
  const rest = block.replace(LEAD_OPENING, "");
  const m = SUBJECT_LOCALITY.exec(rest.charAt(0).toLowerCase() + rest.slice(1));
  return m ? rest.slice(m.index + m[0].length - m[1]!.length, m.index + m[0].length) : null;
}

/**
 * A headline that opens with a known province, city or region before a colon ("Hà Giang: Phát triển du lịch …"), or
 * with a province as the subject of its verb ("Thừa Thiên Huế tăng cường hợp tác …"), is about that place. (The
 * President's name is no province's subject.)
 */
const HEADLINE_PLACE = new RegExp(`^(${alternation(PLACES)})\\s?:\\s`, "u");
const HEADLINE_SUBJECT = new RegExp(`^(${alternation(PROVINCES.filter((p) => p !== "Hồ Chí Minh"))})\\s(?=\\p{Ll})`, "u");

function headlinePlace(title: string | null): string | null {
  return title ? HEADLINE_PLACE.exec(title)?.[1] ?? HEADLINE_SUBJECT.exec(title)?.[1] ?? null : null;
}

/** Every known country, by any of its names, for telling a country from a city or a venue. */
const COUNTRY_NAME = new RegExp(
  `^(?:(?:nước|Vương quốc|Cộng hòa)\\s)?(?:${alternation([...HOME_PLACES, ...COUNTRIES.flatMap((c) => [c.name, ...c.aliases])])})$`,
  "u",
);

/**
 * The first place of a sentence: "tại X" or a move, whichever comes first; but a country gives way to a city or a
 * venue the same sentence names after it ("Lễ hội Việt Nam tại Nhật Bản đã khai mạc tại Tokyo").
 */
function firstPlace(text: string): string | null {
  const all = [...placesAt(text), ...placesMovedTo(text)];
  const venues = all.filter((f) => !f.belonging);
  const found = (venues.length ? venues : all).sort((a, b) => a.index - b.index);
  const first = found[0]?.place ?? null;
  if (first !== null && COUNTRY_NAME.test(first)) return found.find((f) => !COUNTRY_NAME.test(f.place))?.place ?? first;
  return first;
}

/** An occasion opening a sentence ("Nhân dịp …", "Trong khuôn khổ …"), before its day. */
const OCCASION_OPENING = new RegExp(`^(?:\\([^()]{1,30}\\)\\s?[-–]\\s?|[\\p{Lu}.+]{2,12}\\s?[-–]\\s)?(?:${alternation(OCCASION_OPENERS)})(?![\\p{L}])`, "u");

/**
 * The dated sentence's place. A place inside an occasion that opens the sentence before its day ("Nhân dịp khám bệnh
 * miễn phí … tại tỉnh Hà Giang, chiều 3/6, đoàn … làm việc tại Bệnh viện …") is the occasion's: a place after
 * the day beats it.
 */
function datedPlace(sentence: string): string | null {
  const day = DAY_IN_SENTENCE.exec(sentence);
  if (day && day.index > 0 && OCCASION_OPENING.test(sentence)) {
    const after = firstPlace(sentence.slice(day.index));
    if (after) return after;
  }
  return firstPlace(sentence);
}

/** The named parts of a place ("xã Chiềng Bằng", "huyện Quỳnh Nhai"), lowercased, for telling when one place holds another. */
function namedParts(place: string): string[] {
  return place.split(/\s?[,()]\s?/u).map((p) => p.trim().toLowerCase()).filter((p) => /\s/.test(p));
}

/** True when `outer` names a locality that `inner` also names ("bản Bỉa Ban, xã Chiềng Bằng" in "xã Chiềng Bằng, huyện Quỳnh Nhai"). */
function holds(outer: string, inner: string): boolean {
  const parts = new Set(namedParts(outer));
  return namedParts(inner).slice(1).some((p) => parts.has(p)) || (namedParts(inner).length > 1 && parts.has(namedParts(inner)[1]!));
}

/** Returns the place of the event from the lead blocks (and the headline), or null. */
export function extractLocation(lead: readonly string[], title: string | null = null): string | null {
  const blocks = lead.slice(0, settings.locationLeadBlocks);
  for (const block of blocks) {
    const dateline = DATELINE_PLACE.exec(block);
    if (dateline && acceptable(dateline[1]!)) return dateline[1]!;
  }
  // The dated sentence's place first: "Sáng 8/9, tại Hà Nội, …", "… diễn ra tại X", "… rời Hà Nội, lên đường …"; but where
  // an earlier lead sentence names the locality that holds it, that whole place ("tại xã A, huyện B, tỉnh C" before "tại bản D, xã A").
  const all = blocks.flatMap(sentences);
  const datedAt = all.findIndex((s) => DAY_IN_SENTENCE.test(s));
  const place = datedAt >= 0 ? datedPlace(all[datedAt]!) : null;
  if (place) return all.slice(0, datedAt).map(firstPlace).find((p) => p !== null && holds(p, place)) ?? place;
  for (const text of [...blocks, title ?? ""]) {
    const place = firstPlace(text);
    if (place) return place;
  }
  for (const text of [title ?? "", ...blocks]) {
    const visited = visitedPlace(text);
    if (visited) return visited;
  }
  const subject = (blocks[0] ? subjectLocality(blocks[0]) : null) ?? (datedAt >= 0 ? subjectLocality(all[datedAt]!) : null);
  const host = datedAt >= 0 ? hostInstitution(all[datedAt]!) : null;
  return subject ?? host ?? headlinePlace(title);
}
