/**
 * /tim-kiem/chi-tiet/<k>.json: people's article counts and latest titles, a few hundred people a
 * file, loaded when the search page shows a card of one of them (src/search/page-data.ts).
 */
import { searchDetailsPath } from "../../src/search/contract.ts";
import { detailFiles, searchPageData, type SearchDetailsFile } from "../../src/search/page-data.ts";
import type { SiteModel } from "../../src/site/model.ts";

interface Data {
  archive: SiteModel;
  detailsFile: { number: number; file: SearchDetailsFile };
}

export const data = {
  // Replaced by `before` with the archive's files: pagination needs a list to start from.
  detailsFiles: [],
  pagination: {
    data: "detailsFiles",
    size: 1,
    alias: "detailsFile",
    before: (_: unknown[], d: { archive: SiteModel }) => detailFiles(searchPageData(d.archive).details).map((file, number) => ({ number, file })),
  },
  permalink: (d: Data) => searchDetailsPath(d.detailsFile.number),
  excludeFromSitemap: true,
  eleventyExcludeFromCollections: true,
};

export function render({ detailsFile }: Data): string {
  return JSON.stringify(detailsFile.file);
}
