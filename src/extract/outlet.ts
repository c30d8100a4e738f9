/**
 * Names the publishing outlet where the page shows it: the site's own name in its furniture
 * ("Theo dõi Báo Gia Lai trên Google News"), its logo line at the top ("Thanh Niên"), its lead tag ("TPO - ", "(GLO)- "), or its hotline's area code.
 */
import { AREA_CODES, KNOWN_OUTLETS, OUTLET_TAGS, PHONE_CUE, SITE_NAME_PATTERNS } from "./vocabulary/outlets.ts";
import { metadata as settings } from "./settings.ts";

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const TAGS = new Map(OUTLET_TAGS.map(([tag, outlet]) => [tag, outlet]));
/** A tag at the start of a line, maybe in parentheses, before a dash: "TPO - ", "(GLO)- ", "VOV.VN -". */
const LEAD_TAG = new RegExp(
  `^\\(?(${[...TAGS.keys()].sort((a, b) => b.length - a.length).map(escape).join("|")})\\)?\\s?[-–—]`,
  "u",
);
const AREAS = new Map(AREA_CODES);
const LOGOS = new Map(KNOWN_OUTLETS.map(([printed, outlet]) => [printed.toLowerCase(), outlet]));

/** The outlet a whole line names as a logo does ("Nhân Dân điện tử"), or undefined. */
function logoOutlet(line: string): string | undefined {
  return LOGOS.get(line.trim().replace(/(?:\s(?:điện tử|Online|online)|\.vn)$/u, "").toLowerCase());
}

/** Known outlets by printed name, longest first, so "Báo Quân đội nhân dân" wins over a capitalized-words capture "Báo Quân". */
const PRINTED = [...KNOWN_OUTLETS].sort((a, b) => b[0].length - a[0].length);

/** The outlet a site name in furniture names, from where its capture starts: a known outlet's printed name, or the capture itself. */
function siteOutlet(line: string, at: number, captured: string): string {
  const rest = line.slice(at, at + 60).toLowerCase();
  const known = PRINTED.find(([printed]) => rest.startsWith(printed.toLowerCase()) && !/\p{L}/u.test(rest.charAt(printed.length)));
  return known ? known[1] : captured.trim();
}

/** Returns the outlet named by the page's lines (furniture included), or null. */
export function extractOutlet(lines: readonly string[]): string | null {
  for (const line of lines) {
    for (const pattern of SITE_NAME_PATTERNS) {
      const m = pattern.exec(line);
      // "Theo dõi Báo Tiền Phong trên Google News" names "Tiền Phong", as its masthead does.
      if (m) return siteOutlet(line, m.index + m[0].indexOf(m[1]!), m[1]!);
    }
  }
  for (const line of lines.slice(0, settings.outletLogoLines)) {
    const logo = logoOutlet(line);
    if (logo) return logo;
  }
  const counts = new Map<string, number>();
  for (const line of lines) {
    const m = LEAD_TAG.exec(line);
    if (m) {
      const outlet = TAGS.get(m[1]!)!;
      counts.set(outlet, (counts.get(outlet) ?? 0) + 1);
    }
  }
  const tagged = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (tagged) return tagged[0];
  for (const line of lines) {
    const m = PHONE_CUE.exec(line);
    const province = m ? AREAS.get(m[1]!) : undefined;
    if (province) return `Báo ${province}`;
  }
  return null;
}
