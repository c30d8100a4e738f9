/** /tim-kiem/chi-tiet.json: the people's latest titles, loaded when the search page first shows a person's card (src/search/page-data.ts). */
import { SEARCH_DETAILS_PATH } from "../../src/search/contract.ts";
import { searchPageData } from "../../src/search/page-data.ts";
import type { SiteModel } from "../../src/site/model.ts";

export const data = { permalink: SEARCH_DETAILS_PATH, excludeFromSitemap: true, eleventyExcludeFromCollections: true };

export function render({ archive }: { archive: SiteModel }): string {
  return JSON.stringify(searchPageData(archive).details);
}
