/**
 * The names search shares between the article pages (what Pagefind indexes), the search page
 * (its form and URL) and the client script, which reads them from the form, never from a copy.
 */

/** One filter: its Pagefind key, its URL parameter on /tim-kiem/ and the label readers see. */
export interface FilterSpec {
  pagefind: string;
  param: string;
  label: string;
}

/** The filters, in the order the search page shows them. */
export const FILTERS = {
  partner: { pagefind: "partner", param: "doi-tac", label: "Đối tác" },
  year: { pagefind: "year", param: "nam", label: "Năm" },
  place: { pagefind: "place", param: "dia-diem", label: "Địa điểm" },
  outlet: { pagefind: "outlet", param: "nguon", label: "Cơ quan báo chí" },
  participant: { pagefind: "participant", param: "nhan-vat", label: "Nhân vật" },
  series: { pagefind: "series", param: "chuoi-su-kien", label: "Chuỗi sự kiện" },
} as const satisfies Record<string, FilterSpec>;
export type FilterKey = keyof typeof FILTERS;

/**
 * The filters whose values grow with the archive (one person, one event series every few
 * articles). The search page offers each as a text box whose suggestions it loads the first time
 * the reader uses it (filterValuesPath), not as a list written into the page: at 10,000 articles the
 * two lists held 11,000 names and made the page 1.25 MB.
 */
export const SUGGESTED_FILTERS = ["participant", "series"] as const satisfies readonly FilterKey[];

/** Where the search page loads a suggested filter's values (a JSON array of names), under the site root. */
export function filterValuesPath(key: FilterKey): string {
  return `/tim-kiem/loc/${FILTERS[key].param}.json`;
}

/**
 * The one sort key of the index: a dated article's day as yyyymmdd. Undated articles have none:
 * Pagefind leaves them out of a sorted list, and the search page puts them after the dated ones
 * (templates/assets/search-shards.js). One key for both directions keeps the index's metadata,
 * which every first search loads, a seventh lighter than with a key per direction.
 */
export const SORT_KEY = "day";

/** Date orders besides relevance, both over SORT_KEY; undated articles last in both. */
export const SORTS = {
  newest: { param: "moi-nhat", label: "Mới nhất trước", direction: "desc" },
  oldest: { param: "cu-nhat", label: "Cũ nhất trước", direction: "asc" },
} as const;

/** URL parameters of the search page: the query, the sort order, and the words to highlight on an article. */
export const PARAMS = { query: "q", sort: "sap-xep", highlight: "highlight" } as const;

/** The data the search page loads with itself (src/search/page-data.ts), under the site root. */
export const SEARCH_DATA_PATH = "/tim-kiem/du-lieu.json";
/**
 * Where it loads the details a person's card shows (article count, latest title), one file of
 * SEARCH_SETTINGS.personDetailsPerFile people at a time, in the order of the people's names.
 */
export const SEARCH_DETAILS_FOLDER = "/tim-kiem/chi-tiet/";

/** The details file that holds the people from position `file` × personDetailsPerFile. */
export function searchDetailsPath(file: number): string {
  return `${SEARCH_DETAILS_FOLDER}${file}.json`;
}
