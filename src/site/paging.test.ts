import { test } from "node:test";
import assert from "node:assert/strict";
import { paginate, pageUrl, movedPages, PAGER_WINDOW, type ListPage } from "./paging.ts";

/** Items newest first: n, n−1, …, 1. */
const newestFirst = (n: number) => Array.from({ length: n }, (_, i) => n - i);

test("a newest-first list is numbered from its oldest end; its own URL shows the newest page", () => {
  const pages = paginate(newestFirst(10), "/doi-tac/lao/", 3);
  assert.deepEqual(pages.map((p) => [p.url, p.number, p.landing, p.items]), [
    ["/doi-tac/lao/", 3, true, [10, 9, 8, 7]],
    ["/doi-tac/lao/trang/2/", 2, false, [6, 5, 4]],
    ["/doi-tac/lao/trang/1/", 1, false, [3, 2, 1]],
  ]);
  assert.deepEqual(pages[1]!.pager.previous, "/doi-tac/lao/");
  assert.deepEqual(pages[1]!.pager.next, "/doi-tac/lao/trang/1/");
  assert.equal(pages[0]!.pager.previous, null);
  assert.equal(pages[2]!.pager.next, null);
  assert.equal(pageUrl("/", 4), "/trang/4/");
});

test("an oldest-first list has its first page at its own URL and new items on its last page", () => {
  const pages = paginate([1, 2, 3, 4, 5], "/nhan-vat/a/", 2, "oldest-first");
  assert.deepEqual(pages.map((p) => [p.url, p.number, p.landing, p.items]), [
    ["/nhan-vat/a/", 1, true, [1, 2]],
    ["/nhan-vat/a/trang/2/", 2, false, [3, 4]],
    ["/nhan-vat/a/trang/3/", 3, false, [5]],
  ]);
});

test("an empty list still has one (empty) page, without a pager", () => {
  for (const order of ["newest-first", "oldest-first"] as const) {
    const pages = paginate([], "/", 20, order);
    assert.deepEqual(pages.map((p) => [p.url, p.items.length, p.pager.entries.length]), [["/", 0, 0]]);
  }
});

/** The pages of a list by URL, as they would be rendered. */
const byUrl = (pages: ListPage<number>[]) => new Map(pages.map((p) => [p.url, JSON.stringify(p)]));

test("a new newest article changes only the newest pages of a newest-first list", () => {
  const size = 5;
  for (let n = 0; n < 200; n++) {
    const before = byUrl(paginate(newestFirst(n), "/", size));
    const after = byUrl(paginate(newestFirst(n + 1), "/", size));
    const count = Math.max(1, Math.floor((n + 1) / size));
    for (const [url, page] of before) {
      const { number } = JSON.parse(page) as ListPage<number>;
      // Pages beyond the pager's reach of the newest page (and of the gap before it) stay as they were.
      if (number < count - PAGER_WINDOW - 2) assert.equal(after.get(url), page, `n=${n}: ${url}`);
    }
    // At most the newest page and, when it splits, one new numbered page appear.
    assert.ok(after.size - before.size <= 1, `n=${n}`);
  }
});

test("a new article on an oldest-first list changes only its last pages", () => {
  const size = 4;
  for (let n = 0; n < 100; n++) {
    const before = byUrl(paginate(Array.from({ length: n }, (_, i) => i), "/", size, "oldest-first"));
    const after = byUrl(paginate(Array.from({ length: n + 1 }, (_, i) => i), "/", size, "oldest-first"));
    const count = Math.max(1, Math.ceil(n / size));
    for (const [url, page] of before) {
      const { number } = JSON.parse(page) as ListPage<number>;
      if (number < count - PAGER_WINDOW) assert.equal(after.get(url), page, `n=${n}: ${url}`);
    }
  }
});

test("pagers show the newest page, a window around the current page, and page 1, with gaps", () => {
  const pages = paginate(newestFirst(100), "/", 5);
  const page10 = pages.find((p) => p.number === 10)!;
  assert.deepEqual(
    page10.pager.entries.map((e) => (e === null ? "…" : `${e.number}${e.current ? "*" : ""}`)),
    ["newest", "…", "12", "11", "10*", "9", "8", "…", "1"],
  );
  const landing = pages[0]!;
  assert.deepEqual(landing.pager.entries.map((e) => (e === null ? "…" : String(e.number))), ["newest", "19", "18", "…", "1"]);
});

test("URLs of the old numbering that no page has now lead to the list", () => {
  // 45 items in pages of 20: the old numbering had /trang/2/ and /trang/3/; now /trang/1/ and the list itself.
  assert.deepEqual(movedPages(45, "/doi-tac/lao/", 20), [
    { url: "/doi-tac/lao/trang/2/", to: "/doi-tac/lao/" },
    { url: "/doi-tac/lao/trang/3/", to: "/doi-tac/lao/" },
  ]);
  assert.deepEqual(movedPages(15, "/", 20), []);
  // Every old page number is a page now or leads to the list.
  for (let n = 0; n < 300; n += 7) {
    const now = new Set([...paginate(newestFirst(n), "/", 20).map((p) => p.url), ...movedPages(n, "/", 20).map((m) => m.url)]);
    for (let k = 2; k <= Math.ceil(n / 20); k++) assert.ok(now.has(pageUrl("/", k)), `n=${n}, page ${k}`);
  }
});
