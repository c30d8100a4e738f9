/** Marker lines: headings that open a list of other stories or a comment section, and one-line "Xem thêm:" links. */
import { INLINE_LINK_PREFIXES, LIST_MARKERS, MEDIA_MARKERS, TERMINAL_MARKERS } from "../vocabulary/boilerplate.ts";
import { keyOf } from "./shape.ts";
import { isSpaceChar, withoutTrailing } from "../chars.ts";

/** "list" opens a list of other stories, "media" a sidebar of media links (headlines only), "terminal" comments or footer, "link" is a one-line link. */
export type MarkerKind = "list" | "media" | "terminal" | "link";

const listMarkers = new Set(LIST_MARKERS);
const terminalMarkers = new Set(TERMINAL_MARKERS);
const mediaMarkers = new Set(MEDIA_MARKERS);
/** Bullets and arrows before a marker (">> Xem thêm", "» Tin liên quan", "• Đọc thêm"). */
const LEADING_MARKS = /^[>»›•·*+\-–—\s]+/u;
/** Colons and arrows after a marker ("Tin liên quan:", "Xem thêm »"): `[\s:>»›.…]`, stripped from the end by a loop. */
const TRAILING_MARK_CHARS = new Set([...":>»›.…"].map((c) => c.charCodeAt(0)));
const isTrailingMark = (c: number): boolean => TRAILING_MARK_CHARS.has(c) || isSpaceChar(c);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** The text without a count at its end ("Bình luận (12)"): `replace(/\s*\(\d{1,6}\)$/u, "")` as a scan. */
function withoutTrailingCount(text: string): string {
  const close = text.length - 1;
  if (close < 0 || text.charCodeAt(close) !== 0x29) return text;
  let open = close - 1;
  while (open >= 0 && isDigit(text.charCodeAt(open))) open--;
  const digits = close - 1 - open;
  if (digits < 1 || digits > 6 || open < 0 || text.charCodeAt(open) !== 0x28) return text;
  return withoutTrailing(text.slice(0, open), isSpaceChar);
}
const LINK_HEAD = new RegExp(`^(?:${[...INLINE_LINK_PREFIXES].sort((a, b) => b.length - a.length).join("|")})\\s*[:>»]`, "u");
/** A link prefix fused to the linked headline, as a scraper joins a label and its link ("Xem tiếpTDC tiếp đoàn …"). */
function fusedLinkHead(text: string): boolean {
  const lower = text.toLowerCase();
  return INLINE_LINK_PREFIXES.some((prefix) => lower.startsWith(prefix) && /\p{Lu}/u.test(text.charAt(prefix.length)));
}

/** What kind of marker a line is, or null for an ordinary line. */
export function markerKind(text: string, key = keyOf(text)): MarkerKind | null {
  if (text.length > 250) return null;
  const bareKey = key.replace(LEADING_MARKS, "");
  const bare = withoutTrailing(withoutTrailingCount(withoutTrailing(bareKey, isTrailingMark)), isTrailingMark);
  if (listMarkers.has(bare)) return "list";
  if (terminalMarkers.has(bare)) return "terminal";
  if (mediaMarkers.has(bare)) return "media";
  if (LINK_HEAD.test(bareKey) || fusedLinkHead(text.replace(LEADING_MARKS, ""))) return "link";
  return null;
}
