/** Bylines and source lines ("Theo TTXVN", "Nguồn:", "Hải An"): cut from the body, handed on for credits. */
import { BYLINE_HEADS, REPORTER_HANDLES } from "../vocabulary/boilerplate.ts";
import { shape } from "../settings.ts";
import { keyOf, wordCount } from "./shape.ts";
import { FUNCTION_WORDS } from "../vocabulary/function-words.ts";

/** Punctuation that would make a "Theo …" line a sentence rather than a byline. */
const SENTENCE_INSIDE = /[.!?;…,](?=\s)/u;
const HEAD = new RegExp(`^\\(?(?:${[...BYLINE_HEADS].sort((a, b) => b.length - a.length).join("|")})(?:\\s*:\\s*|\\s+)`, "u");
/** A word of a personal name: capitalised, letters only ("Hải", "Đức"), or an upper-case handle. */
const NAME_WORD = /^[\p{Lu}][\p{L}.]*$/u;
/** Words that may join names in a byline ("Minh Hà và Đức Anh", "Hồng Pha - Quang Huy"). */
const NAME_JOINERS = new Set(["-", "–", "/", "&", "và", "|"]);
/**
 * A source standing alone in brackets: "(TTXVN/Vietnam+)", "(VOV)", "(Báo QĐND)". Up to six tokens,
 * each after a separator, so there is one way to match and a long "(AAAA…!" fails at once.
 */
const AGENCY_ONLY = /^\([\p{Lu}\d][\p{L}\d.+&]*(?:[\s/\-–]+[\p{Lu}\d][\p{L}\d.+&]*){0,5}[\s/\-–]*\)$/u;
/** A credit in brackets after the names: "(TTXVN)", "(TTXVN/Vietnam+)", "(VOV-Tây Bắc)". */
const AGENCY_SUFFIX = /\s*\([^()]{1,40}\)$/u;

/**
 * True for an explicit byline or source line: "Theo TTXVN", "Theo Hiền Hạnh (TTXVN/Vietnam+)",
 * "(Theo VOV)", "Nguồn: Bộ Quốc phòng", "Nguồn:" left empty, "Bài và ảnh: Minh Anh".
 */
export function isSourceLine(text: string, key = keyOf(text)): boolean {
  if (text.length > shape.bylineMaxChars) return false;
  const head = HEAD.exec(key);
  if (head === null) return /^\(?nguồn\s*:?\)?$/u.test(key) || AGENCY_ONLY.test(text);
  const rest = text.slice(head[0].length).replace(/[.)]+$/u, "").trim();
  if (rest === "") return /:/.test(head[0]) || /^\(?nguồn/u.test(key);
  if (wordCount(rest) > 8) return false;
  // "Theo Reuters, AFP": a comma may join sources, all capitalised; "Theo kế hoạch, …" is a sentence.
  if (SENTENCE_INSIDE.test(rest) && !(/^[^.!?;…]*$/u.test(rest) && rest.split(/[\s,]+/u).every((w) => w === "" || /^[\p{Lu}\d(]/u.test(w)))) return false;
  // "Theo TTXVN", "Theo Hiền Hạnh (…)", "Nguồn: baoquocphong.vn": a name, an agency or a site follows.
  return /^[\p{Lu}(]/u.test(rest) || /^[\p{L}\d-]+\.[a-z]{2,}/u.test(rest);
}

/**
 * True for a line that is only a signature: one or a few capitalised names ("Hải An",
 * "Minh Hà - Đức Anh", "NGỌC AN", "Hồng Pha (TTXVN)"), or a reporter handle ("PV", "Nhóm PV").
 * Only trusted at the edges of the article, where a sub-heading cannot stand.
 */
export function isSignature(text: string): boolean {
  if (text.length > 50) return false;
  if (REPORTER_HANDLES.test(text) && wordCount(text) <= 4) return true;
  const names = text.replace(AGENCY_SUFFIX, "").trim();
  if (/\d/.test(names) || names === "") return false;
  const words = names.split(/[\s/]+|(?<=\p{L})-(?=\p{Lu})/u).filter((w) => w !== "" && !NAME_JOINERS.has(w.toLowerCase()));
  // A name has no function words: "VỀ HỘI LÀNG" is an upper-case headline, not a signature.
  const nameWord = (w: string) => NAME_WORD.test(w.replace(/,$/u, "")) && !FUNCTION_WORDS.has(w.toLowerCase());
  return words.length >= 1 && words.length <= shape.nameBylineMaxWords && words.every(nameWord);
}

/** A Vietnamese person's name standing alone: two to four capitalised syllables of letters only ("Thành Nam", "Nguyễn Thị Hoa"). */
export function isPersonName(text: string): boolean {
  return /^\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,3}$/u.test(text.trim());
}
