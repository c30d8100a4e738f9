/**
 * Small pure formatting helpers for templates: dates, months and counts, in the site's locale and
 * date format (src/site/config.ts) with the wording of src/site/strings.ts.
 */
import { SITE } from "../site/config.ts";
import { STRINGS } from "../site/strings.ts";

const F = STRINGS.format;
const DATE = new Intl.DateTimeFormat(SITE.locale, { ...SITE.dateFormat, timeZone: "UTC" });

/** "2022-05-14" → "Thứ Bảy, 14/5/2022"; null → "Chưa rõ ngày". */
export function vietnameseDate(iso: string | null): string {
  if (!iso) return F.undated;
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return DATE.format(new Date(Date.UTC(y, m - 1, d)));
}

/** 5 → "Tháng 5"; with a year, "Tháng 5/2022". */
export function monthName(month: number, year?: string): string {
  return year ? F.monthOfYear(month, year) : F.month(month);
}

/** 3 → "3 bài viết". */
export function articleCount(n: number): string {
  return F.articleCount(n.toLocaleString(SITE.locale));
}

/** 5 → "lần thứ 5". */
export function sessionLabel(ordinal: number): string {
  return F.session(ordinal);
}

/** The event as cited, with its session number when the name does not already carry it. */
export function eventLabel(event: string, ordinal: number | null): string {
  return ordinal !== null && !/lần thứ/i.test(event) ? `${event} (${sessionLabel(ordinal)})` : event;
}

/** Joins names the Vietnamese way: "A", "A và B", "A, B và C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} ${F.and} ${names.at(-1)}`;
}

/** A page title with its page number, except on the page at the list's own URL: "Campuchia – trang 2". */
export function pagedTitle(title: string, page: { landing: boolean; number: number }): string {
  return page.landing ? title : F.pagedTitle(title, page.number);
}
