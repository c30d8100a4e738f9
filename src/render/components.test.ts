import { test } from "node:test";
import assert from "node:assert/strict";
import { pager } from "./components.ts";
import { paginate } from "../site/paging.ts";

test("the pager links the newer and older pages, the newest page by name and the numbered pages nearby", () => {
  const pages = paginate(Array.from({ length: 300 }, (_, i) => i), "/doi-tac/lao/", 5, String);
  const page10 = pages.find((p) => p.number === 10)!;
  const markup = pager(page10, (url) => `/p${url}`).value;
  assert.match(markup, /<a href="\/p\/doi-tac\/lao\/trang\/11\/" rel="prev">/);
  assert.match(markup, /<a href="\/p\/doi-tac\/lao\/trang\/9\/" rel="next">/);
  assert.match(markup, /<a href="\/p\/doi-tac\/lao\/">Mới nhất<\/a>/);
  assert.match(markup, /<a href="\/p\/doi-tac\/lao\/trang\/10\/" aria-current="page">10<\/a>/);
  assert.deepEqual([...markup.matchAll(/>(\d+|…)</g)].map((m) => m[1]), ["…", "12", "11", "10", "9", "8", "…", "1"]);
  assert.equal(pager(paginate([1], "/", 5, String)[0]!, (url) => url).value, "");
});
