/** /tim-kiem/du-lieu.json: what the search page loads with itself (answers and same-story copies, src/search/page-data.ts). */
import { SEARCH_DATA_PATH } from "../../src/search/contract.ts";
import { searchPageData } from "../../src/search/page-data.ts";
import type { SiteModel } from "../../src/site/model.ts";

export const data = { permalink: SEARCH_DATA_PATH, excludeFromSitemap: true, eleventyExcludeFromCollections: true };

export function render({ archive }: { archive: SiteModel }): string {
  return JSON.stringify(searchPageData(archive).data);
}
