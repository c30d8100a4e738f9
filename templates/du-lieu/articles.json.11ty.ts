/** /du-lieu/articles.json: the archive's metadata, one record per article (columns in src/editors/opendata.ts). */
import { OPEN_DATA_PATHS, articlesJson } from "../../src/editors/opendata.ts";
import type { SiteData } from "../../src/site/config.ts";
import type { SiteModel } from "../../src/site/model.ts";

export const data = { permalink: OPEN_DATA_PATHS.json, excludeFromSitemap: true, eleventyExcludeFromCollections: true };

export function render({ site, archive }: { site: SiteData; archive: SiteModel }): string {
  return articlesJson(archive.articles, site);
}
