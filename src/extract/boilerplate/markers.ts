/** Marker lines: headings that open a list of other stories or a comment section, and one-line "Xem thêm:" links. */
import { INLINE_LINK_PREFIXES, LIST_MARKERS, MEDIA_MARKERS, TERMINAL_MARKERS } from "../vocabulary/boilerplate.ts";
import { keyOf } from "./shape.ts";

/** "list" opens a list of other stories, "media" a sidebar of media links (headlines only), "terminal" comments or footer, "link" is a one-line link. */
export type MarkerKind = "list" | "media" | "terminal" | "link";

const listMarkers = new Set(LIST_MARKERS);
const terminalMarkers = new Set(TERMINAL_MARKERS);
const mediaMarkers = new Set(MEDIA_MARKERS);
/** Bullets and arrows before a marker (">> Xem thêm", "» Tin liên quan", "• Đọc thêm"). */
const LEADING_MARKS = /^[>»›•·*+\-–—\s]+/u;
/** Colons and arrows after a marker ("Tin liên quan:", "Xem thêm »"), and a count ("Bình luận (12)"). */
const TRAILING_MARKS = /[\s:>»›.…]+$/u;
const TRAILING_COUNT = /\s*\(\d{1,6}\)$/u;
const LINK_HEAD = new RegExp(`^(?:${[...INLINE_LINK_PREFIXES].sort((a, b) => b.length - a.length).join("|")})\\s*[:>»]`, "u");

/** What kind of marker a line is, or null for an ordinary line. */
export function markerKind(text: string, key = keyOf(text)): MarkerKind | null {
  if (text.length > 250) return null;
  const bareKey = key.replace(LEADING_MARKS, "");
  const bare = bareKey.replace(TRAILING_MARKS, "").replace(TRAILING_COUNT, "").replace(TRAILING_MARKS, "");
  if (listMarkers.has(bare)) return "list";
  if (terminalMarkers.has(bare)) return "terminal";
  if (mediaMarkers.has(bare)) return "media";
  if (LINK_HEAD.test(bareKey)) return "link";
  return null;
}
