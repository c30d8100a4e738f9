import { test } from "node:test";
import assert from "node:assert/strict";
import { paginate, pageUrl } from "./paging.ts";

test("paginate splits items into numbered pages with Vietnamese page URLs", () => {
  const pages = paginate([1, 2, 3, 4, 5], "/doi-tac/lao/", 2);
  assert.deepEqual(pages.map((p) => [p.url, p.number, p.items]), [
    ["/doi-tac/lao/", 1, [1, 2]],
    ["/doi-tac/lao/trang/2/", 2, [3, 4]],
    ["/doi-tac/lao/trang/3/", 3, [5]],
  ]);
  assert.deepEqual(pages[0]!.urls, pages.map((p) => p.url));
  assert.equal(pageUrl("/", 4), "/trang/4/");
});

test("an empty list still has one (empty) page", () => {
  assert.deepEqual(paginate([], "/", 20).map((p) => [p.url, p.items.length]), [["/", 0]]);
});
