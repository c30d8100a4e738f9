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

/** The canonical name of a partner written any known way ("Mỹ" → "Hoa Kỳ"); unknown names unchanged. */
export function canonicalPartner(name: string): string {
  const found = COUNTRIES.find(([canonical, , aliases]) => canonical === name || aliases.includes(name));
  return found ? found[0] : name;
}
