/** Finds the event and its number ("lần thứ 5" → 5). First version. */
import type { EventResult } from "./types.ts";

const NUMBERED = /((?:Đối thoại|Hội nghị|Giao lưu)[^.,;:]{0,120}?) lần thứ (\d+)/u;

export function extractEvent(text: string): EventResult {
  const m = NUMBERED.exec(text);
  if (!m) return { event: null, ordinal: null };
  return { event: `${m[1]} lần thứ ${m[2]}`, ordinal: Number(m[2]) };
}
