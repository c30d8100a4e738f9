/**
 * Finds where the event happened, as written: "tại X" in the dateline ("Chiều 14/5, tại Hà Nội, …"),
 * else the first "tại X" of the lead whose X is a place, not an event ("tại Đối thoại").
 */
import { metadata as settings } from "./settings.ts";
import { allMatches } from "./matches.ts";

/** Words that start X in "tại X" when X is an event or occasion, not a place. */
const NOT_A_PLACE = /^(?:Đối thoại|Hội nghị|Hội đàm|Hội thảo|Điện đàm|buổi|cuộc|lễ|Lễ|đây|đó|đối thoại|hội nghị|các|những|mỗi|mọi|Giao lưu|Diễn đàn)(?![\p{L}])/u;
/** X starts with a capital or with a lowercase place word ("huyện Lộc Ninh", "thủ đô Phnom Penh"). */
const PLACE_START = /^(?:\p{Lu}|(?:thủ đô|tỉnh|thành phố|huyện|quận|thị xã|xã|phường|khu vực|trụ sở|điểm cầu|cửa khẩu|đồn|sân bay|cảng|thao trường|vùng biển|biên giới)\s)/u;
/** Where X ends: a clause break or a verb that continues the sentence. */
const PLACE_END = /\s(?:đã|đang|sẽ|diễn ra|nhằm|với|vào|do|để|cho|từ ngày|trong|khai mạc|tổ chức)\s/u;

/** The text after "tại" up to the clause end, keeping commas inside parentheses. */
function placeAfter(text: string, from: number): string {
  let depth = 0;
  let end = from;
  const limit = Math.min(text.length, from + settings.locationMaxChars * 2);
  for (; end < limit; end++) {
    const ch = text[end]!;
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[,.;:!?“”"\n]/.test(ch)) break;
  }
  let place = text.slice(from, end);
  const verb = PLACE_END.exec(place);
  if (verb) place = place.slice(0, verb.index);
  return place.trim();
}

/** "tại X" anywhere; "Tại X," opening a sentence too ("Tại thủ đô Viêng Chăn, …"; "Tại Đối thoại" is no place). */
const AT = /(?<![\p{L}])[tT]ại\s/gu;
/** "tại X" inside a person's post ("Tùy viên Quốc phòng Việt Nam tại Trung Quốc") names no venue. */
const POST_BEFORE = /(?:Đại sứ|Tùy viên|Tuỳ viên|Lãnh sự|Đại biện|Cơ quan đại diện|Trưởng đại diện|[Pp]hóng viên|thường trú)[^,.;:]{0,60}$/u;

function placesIn(text: string): string[] {
  const found: string[] = [];
  for (const m of allMatches(AT, text)) {
    if (POST_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
    const place = placeAfter(text, m.index + m[0].length);
    if (place && PLACE_START.test(place) && !NOT_A_PLACE.test(place) && place.length <= settings.locationMaxChars) found.push(place);
  }
  return found;
}

/** Returns the place of the event from the lead blocks, or null. */
export function extractLocation(lead: readonly string[]): string | null {
  const blocks = lead.slice(0, settings.locationLeadBlocks);
  // A dateline's place first: "Sáng 8/9, tại Hà Nội, …" or "… diễn ra tại X" in the dated sentence.
  for (const block of blocks) {
    const dated = /(?:^|[-–]\s)(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm nay|Từ ngày|Trong ngày)[^.]{0,200}?\d{1,2}[/-]\d{1,2}[^.]{0,400}/u.exec(block);
    const place = dated ? placesIn(dated[0])[0] : undefined;
    if (place) return place;
  }
  for (const block of blocks) {
    const place = placesIn(block)[0];
    if (place) return place;
  }
  return null;
}
