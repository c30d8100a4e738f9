/** /tim-kiem/loc/….json: the values of a filter the search page offers as a text box (src/search/contract.ts), loaded when the reader first uses it. */
import { SUGGESTED_FILTERS, filterValuesPath, type FilterKey } from "../../src/search/contract.ts";
import { filterValues } from "../../src/search/filters.ts";
import type { SiteModel } from "../../src/site/model.ts";

interface Data {
  archive: SiteModel;
  filterKey: FilterKey;
}

export const data = {
  filterKeys: SUGGESTED_FILTERS,
  pagination: { data: "filterKeys", size: 1, alias: "filterKey" },
  permalink: (d: Data) => filterValuesPath(d.filterKey),
  excludeFromSitemap: true,
  eleventyExcludeFromCollections: true,
};

export function render({ archive, filterKey }: Data): string {
  return JSON.stringify(filterValues(archive)[filterKey]);
}
