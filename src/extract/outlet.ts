/**
 * Names the publishing outlet: where the page names itself, by the site's own name in its furniture ("Theo dõi Báo
 * Gia Lai trên Google News"), its logo line at the top ("Thanh Niên"), its lead tag ("TPO - ", "(GLO)- ", "(Tổ Quốc) - "),
 * its host alone on a line or in the newsroom's e-mail; else by where the file came from, a URL line the scraper left at the top ("Nguồn: https://vov.vn/…") or a folder named
 * after the site ("vov.vn/2024/a.txt"), each host mapped to its outlet by a table; else by the hotline's area code.
 * Nothing else tells it: null, the outlet is unknown.
 */
import {
  AGENCY_TAGS, AREA_CODES, HOST_ENDINGS, KNOWN_OUTLETS, OUTLET_DOMAINS, OUTLET_TAGS, PHONE_CUE, PROVINCIAL_PAPER_PREFIX, SITE_NAME_PATTERNS, SOURCE_LINE_LABELS,
} from "./vocabulary/outlets.ts";
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

/** The outlet the page names itself by, in its furniture, its logo line or its lead tags, or null. */
function namedInText(lines: readonly string[]): string | null {
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
  const tagged = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (tagged) return tagged;
  // A lead tag written as the outlet's own name ("(Tổ Quốc) - ", "(Dân Việt) - "), not an agency's.
  for (const line of lines) {
    const m = NAME_TAG.exec(line);
    if (m && !AGENCY_TAGS.includes(m[1]!)) return m[1]!;
  }
  return null;
}

/** A lead tag of proper words in parentheses before a dash: "(Tổ Quốc) - ", "(Dân Việt) - ". */
const NAME_TAG = /^\((\p{Lu}\p{Ll}[\p{L}]*(?: \p{Lu}[\p{L}]*){1,3})\)\s?[-–—]\s/u;
/** A newsroom's e-mail address in the page's furniture ("toasoan@toquoc.gov.vn"): its host is the site's. */
const EMAIL_HOST = /(?<![\w.-])[\w.+-]+@((?:[a-z0-9-]+\.)+[a-z]{2,})(?![\w.-])/i;

/** The host the page's furniture names: a line that is only a host ("Vufo.org.vn"), or the newsroom's e-mail. */
function hostInFurniture(lines: readonly string[]): string | null {
  // Furniture lines are short: long lines (prose, or hostile input) are not read, which also keeps these tests linear.
  const short = lines.filter((l) => l.length <= settings.furnitureLineMaxChars);
  for (const line of short) {
    const text = line.trim().toLowerCase();
    if (HOST.test(text)) return text;
  }
  for (const line of short) {
    const m = line.includes("@") ? EMAIL_HOST.exec(line) : null;
    if (m) return m[1]!.toLowerCase();
  }
  return null;
}

const DOMAINS = new Map(OUTLET_DOMAINS);
/** Short names of the sites in the table ("vov", "qdnd"): a folder may be named so. */
const SITE_KEYS = new Map(OUTLET_DOMAINS.map(([host, outlet]) => [host.split(".")[0]!, outlet] as const).filter(([key]) => key.length >= 3));
/** Provinces by their name as a host writes it ("quangnam" → "Quảng Nam"). */
const PROVINCE_SLUGS = new Map(AREA_CODES.map(([, province]) => [hostSlug(province), province]));

/** A name as a host writes it: lowercase, no diacritics, no spaces or punctuation ("Bà Rịa - Vũng Tàu" → "bariavungtau"). */
function hostSlug(name: string): string {
  return name.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** A host name: letters, digits and hyphens in two or more dot-separated labels ending in a top-level domain ("vov.vn"). */
const HOST = new RegExp(`^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+(?:${HOST_ENDINGS.join("|")})$`);

/**
 * The outlet of a site's host: the table's entry for it or for a domain it belongs to ("m.vov.vn" → "vov.vn"), a
 * provincial paper by its "bao<province>" host, else the host itself (the site is known, its name is not).
 */
export function outletOfHost(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, "").replace(/^(?:www\d?|m|mobile|amp)\./, "");
  const labels = h.split(".");
  for (let k = 0; k < labels.length - 1; k++) {
    const known = DOMAINS.get(labels.slice(k).join("."));
    if (known) return known;
  }
  const first = labels[0]!;
  // The same site under another domain ("toquoc.gov.vn" for "toquoc.vn").
  const sameSite = SITE_KEYS.get(first);
  if (sameSite && labels.length > 1) return sameSite;
  if (first.startsWith(PROVINCIAL_PAPER_PREFIX)) {
    const province = PROVINCE_SLUGS.get(first.slice(PROVINCIAL_PAPER_PREFIX.length));
    if (province) return `Báo ${province}`;
  }
  return h;
}

const SOURCE_LABEL = new RegExp(`^(?:${SOURCE_LINE_LABELS.map(escape).join("|")})\\s*:\\s*`, "u");
const URL_HOST = /^https?:\/\/([^/\s?#:]+)(?::\d+)?(?:[/?#]\S*)?$/i;

/** The host of a URL line at the top of the page ("https://vov.vn/…", "Nguồn: https://…"), or null. */
function hostInSourceLine(lines: readonly string[]): string | null {
  for (const line of lines.filter((l) => l.trim() !== "").slice(0, settings.sourceLineLines)) {
    const m = URL_HOST.exec(line.trim().replace(SOURCE_LABEL, ""));
    if (m) return m[1]!;
  }
  return null;
}

/** The outlet a file's folders name: a folder named after a site's host ("vov.vn") or its short name ("vov"), or null. */
export function outletOfPath(source: string): string | null {
  const folders = source.split(/[\\/]/).slice(0, -1);
  for (const folder of folders) {
    const name = folder.toLowerCase();
    if (HOST.test(name)) return outletOfHost(name);
    const known = SITE_KEYS.get(name);
    if (known) return known;
  }
  return null;
}

/**
 * Returns the outlet of a page from its lines (furniture included) and, when given, the file's path under the content
 * folder; null when nothing tells it.
 */
export function extractOutlet(lines: readonly string[], source?: string): string | null {
  const named = namedInText(lines);
  if (named) return named;
  const host = hostInSourceLine(lines) ?? hostInFurniture(lines);
  if (host) return outletOfHost(host);
  const filed = source === undefined ? null : outletOfPath(source);
  if (filed) return filed;
  for (const line of lines) {
    const m = PHONE_CUE.exec(line);
    const province = m ? AREAS.get(m[1]!) : undefined;
    if (province) return `Báo ${province}`;
  }
  return null;
}
