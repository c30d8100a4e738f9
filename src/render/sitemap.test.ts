import { test } from "node:test";
import assert from "node:assert/strict";
import { sitemapEntries, type CollectionItem } from "./sitemap.ts";

test("the sitemap lists HTML pages, sorted, without pages that opt out or are noindex", () => {
  const items: CollectionItem[] = [
    { url: "/doi-tac/lao/", outputPath: "out/doi-tac/lao/index.html", data: {} },
    { url: "/bai-viet/a/", outputPath: "out/bai-viet/a/index.html", data: { article: { date: "2024-06-18" } } },
    { url: "/bien-tap/", outputPath: "out/bien-tap/index.html", data: { excludeFromSitemap: true } },
    { url: "/404.html", outputPath: "out/404.html", data: { noindex: true } },
    { url: "/du-lieu/articles.json", outputPath: "out/du-lieu/articles.json", data: {} },
    { url: false, outputPath: false, data: {} },
  ];
  assert.deepEqual(sitemapEntries(items), [
    { url: "/bai-viet/a/", lastmod: "2024-06-18" },
    { url: "/doi-tac/lao/", lastmod: null },
  ]);
});
