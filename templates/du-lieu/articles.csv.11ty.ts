/** /du-lieu/articles.csv: the same records as articles.json, lists joined with "; ". */
import { OPEN_DATA_PATHS, articlesCsv } from "../../src/editors/opendata.ts";
import type { SiteData } from "../../src/site/config.ts";
import type { SiteModel } from "../../src/site/model.ts";

export const data = { permalink: OPEN_DATA_PATHS.csv, excludeFromSitemap: true, eleventyExcludeFromCollections: true };

export function render({ site, archive }: { site: SiteData; archive: SiteModel }): string {
  return articlesCsv(archive.articles, site);
}
