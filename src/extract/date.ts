/** Finds the date of the event (or of publication) and the evidence for its year. First version. */
import type { DateResult } from "./types.ts";

const FULL_DATE = /\b(\d{1,2})[/-](\d{1,2})[/-](\d{4})\b/;

/** Returns the article's date from its lines, or null with the reason. */
export function extractDate(lines: readonly string[], _today: Date = new Date()): DateResult {
  for (const line of lines) {
    const m = FULL_DATE.exec(line);
    if (m) {
      const [, d, mo, y] = m;
      return { date: `${y}-${mo!.padStart(2, "0")}-${d!.padStart(2, "0")}`, basis: `full date "${m[0]}" in the text` };
    }
  }
  return { date: null, basis: "no date with a supported year" };
}
