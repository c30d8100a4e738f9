/** Finds where the event happened, as written. First version. */
const AT_PLACE = /^(?:Sáng|Chiều|Tối|Ngày)\s+\d{1,2}[/-]\d{1,2}(?:[/-]\d{4})?,\s+tại\s+([^,]+),/u;

export function extractLocation(lines: readonly string[]): string | null {
  for (const line of lines) {
    const m = AT_PLACE.exec(line);
    if (m) return m[1]!.trim();
  }
  return null;
}
