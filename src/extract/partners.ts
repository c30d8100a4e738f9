/** Finds the foreign partner countries, as canonical Vietnamese names with ISO codes. First version. */
import type { PartnersResult } from "./types.ts";

const COUNTRIES: ReadonlyArray<readonly [name: string, code: string, aliases: readonly string[]]> = [
  ["Campuchia", "KH", ["Campuchia"]],
  ["Canada", "CA", ["Canada"]],
];

export function extractPartners(text: string): PartnersResult {
  const names: string[] = [];
  const codes: string[] = [];
  for (const [name, code, aliases] of COUNTRIES) {
    if (aliases.some((a) => text.includes(a))) {
      names.push(name);
      codes.push(code);
    }
  }
  return { names, codes };
}
