/** Index stage: Pagefind (Node API) indexes the article pages of a built site into pagefind/. */
import path from "node:path";
import * as pagefind from "pagefind";
import { addSitePages } from "./pages.ts";

/** Indexes every page of `siteDir` that marks its article with data-pagefind-body. */
export async function indexSite(siteDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "vi" });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    // Each page goes in as its search copy, with đ-words aliased so "doi thoai" finds "Đối thoại".
    const added = await addSitePages(index, siteDir);
    if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, "pagefind") });
    if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join("; ")}`);
    return { pages: added.pages };
  } finally {
    await pagefind.close();
  }
}
