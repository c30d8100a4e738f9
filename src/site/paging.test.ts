import { test } from "node:test";
import assert from "node:assert/strict";
import { paginate, pageUrl, movedPages, cuts, PAGER_WINDOW, type ListPage } from "./paging.ts";

/** Items newest first: n, n−1, …, 1 (each its own key). */
const newestFirst = (n: number) => Array.from({ length: n }, (_, i) => n - i);
const key = String;

test("a newest-first list is numbered from its oldest end; its own URL shows the newest page", () => {
  const items = newestFirst(200);
  const pages = paginate(items, "/doi-tac/lao/", 10, key);
  const count = pages.length;
  assert.ok(count > 3, "several pages");
  assert.deepEqual(pages.map((p) => p.number), Array.from({ length: count }, (_, i) => count - i));
  assert.deepEqual(pages.map((p) => p.url), ["/doi-tac/lao/", ...Array.from({ length: count - 1 }, (_, i) => pageUrl("/doi-tac/lao/", count - 1 - i))]);
  assert.deepEqual(pages.map((p) => p.landing), [true, ...Array(count - 1).fill(false)]);
  assert.deepEqual(pages.flatMap((p) => p.items), items, "every item once, in reading order");
  assert.equal(pages.at(-1)!.items.at(-1), 1, "page 1 holds the oldest");
  assert.equal(pages[1]!.pager.previous, "/doi-tac/lao/");
  assert.equal(pages[1]!.pager.next, pageUrl("/doi-tac/lao/", count - 2));
  assert.equal(pages[0]!.pager.previous, null);
  assert.equal(pages.at(-1)!.pager.next, null);
  assert.equal(pageUrl("/", 4), "/trang/4/");
});

test("pages hold between half and twice the page size, the page size on average", () => {
  const n = 5000;
  const ends = cuts(n, (i) => `bai-${i}`, 20, (k) => k);
  const lengths = ends.map((end, i) => end - (ends[i - 1] ?? 0));
  assert.ok(lengths.every((l) => l >= 10 && l <= 40), String(lengths));
  const mean = lengths.reduce((a, b) => a + b, 0) / lengths.length;
  assert.ok(mean > 16 && mean < 24, `mean ${mean}`);
  const pages = paginate(Array.from({ length: n }, (_, i) => `bai-${i}`), "/", 20, (k) => k);
  assert.ok(pages[0]!.items.length >= 10 && pages[0]!.items.length < 80, "the newest page: the last page's worth and what came after");
});

test("an oldest-first list has its first page at its own URL and new items on its last page", () => {
  const items = Array.from({ length: 60 }, (_, i) => i);
  const pages = paginate(items, "/nhan-vat/a/", 6, key, "oldest-first");
  assert.ok(pages.length > 3);
  assert.deepEqual(pages.map((p) => [p.url, p.number, p.landing]), pages.map((_, i) => [i === 0 ? "/nhan-vat/a/" : pageUrl("/nhan-vat/a/", i + 1), i + 1, i === 0]));
  assert.deepEqual(pages.flatMap((p) => p.items), items);
  assert.equal(pages.at(-1)!.items.at(-1), 59);
});

test("an empty list still has one (empty) page, without a pager", () => {
  for (const order of ["newest-first", "oldest-first"] as const) {
    const pages = paginate([], "/", 20, key, order);
    assert.deepEqual(pages.map((p) => [p.url, p.items.length, p.pager.entries.length]), [["/", 0, 0]]);
  }
});

/** The pages of a list by URL, as they would be rendered. */
const byUrl = <T>(pages: ListPage<T>[]) => new Map(pages.map((p) => [p.url, JSON.stringify(p)]));

test("a new newest article changes only the newest pages of a newest-first list", () => {
  const size = 5;
  for (let n = 0; n < 300; n++) {
    const before = byUrl(paginate(newestFirst(n), "/", size, key));
    const after = byUrl(paginate(newestFirst(n + 1), "/", size, key));
    const count = after.size;
    for (const [url, page] of before) {
      const { number } = JSON.parse(page) as ListPage<number>;
      // Pages beyond the pager's reach of the newest page (and of the gap before it) stay as they were.
      if (number < count - PAGER_WINDOW - 2) assert.equal(after.get(url), page, `n=${n}: ${url}`);
    }
    // At most the newest page and, when it splits, one new numbered page appear.
    assert.ok(after.size - before.size <= 1 && after.size >= before.size, `n=${n}`);
  }
});

test("an article added or removed anywhere mostly changes the page it is on alone", () => {
  const size = 20;
  const list = Array.from({ length: 2000 }, (_, i) => `a${i}`).reverse();
  const before = paginate(list, "/", size, (k) => k);
  const old = byUrl(before);
  let renumbered = 0;
  let onePage = 0;
  let trials = 0;
  for (let t = 0; t < 400; t++) {
    const at = (t * 7919) % list.length;
    for (const edited of [[...list.slice(0, at), `new${t}`, ...list.slice(at)], [...list.slice(0, at), ...list.slice(at + 1)]]) {
      trials++;
      const after = paginate(edited, "/", size, (k) => k);
      if (after.length !== before.length) renumbered++;
      // Besides the newest page (which shows every change of the list's size): the page with the edit,
      // or the pages up to where the cuts fall as before when the edit moved one.
      else if (after.filter((p) => !p.landing && old.get(p.url) !== JSON.stringify(p)).length <= 1) onePage++;
    }
  }
  // With pages of a fixed size, every edit but those on the newest page would renumber or shift every newer page.
  assert.ok(renumbered / trials < 0.1, `${renumbered} of ${trials} edits renumbered pages`);
  assert.ok(onePage / trials > 0.75, `${onePage} of ${trials} edits changed one page`);
});

test("a new article on an oldest-first list changes only its last pages", () => {
  const size = 4;
  for (let n = 0; n < 150; n++) {
    const before = byUrl(paginate(Array.from({ length: n }, (_, i) => i), "/", size, key, "oldest-first"));
    const after = byUrl(paginate(Array.from({ length: n + 1 }, (_, i) => i), "/", size, key, "oldest-first"));
    const count = before.size;
    for (const [url, page] of before) {
      const { number } = JSON.parse(page) as ListPage<number>;
      if (number < count - PAGER_WINDOW) assert.equal(after.get(url), page, `n=${n}: ${url}`);
    }
  }
});

test("pagers show the newest page, a window around the current page, and page 1, with gaps", () => {
  const pages = paginate(newestFirst(300), "/", 5, key);
  const count = pages.length;
  assert.ok(count > 20);
  const page10 = pages.find((p) => p.number === 10)!;
  assert.deepEqual(
    page10.pager.entries.map((e) => (e === null ? "…" : `${e.number}${e.current ? "*" : ""}`)),
    ["newest", "…", "12", "11", "10*", "9", "8", "…", "1"],
  );
  const landing = pages[0]!;
  assert.deepEqual(landing.pager.entries.map((e) => (e === null ? "…" : String(e.number))), ["newest", String(count - 1), String(count - 2), "…", "1"]);
});

test("URLs of the old numbering that no page has now lead to the list", () => {
  // 45 items in pages of 20: the old numbering had /trang/2/ and /trang/3/; with two pages now, /trang/1/ and the list itself.
  assert.deepEqual(movedPages(45, 2, "/doi-tac/lao/", 20), [
    { url: "/doi-tac/lao/trang/2/", to: "/doi-tac/lao/" },
    { url: "/doi-tac/lao/trang/3/", to: "/doi-tac/lao/" },
  ]);
  assert.deepEqual(movedPages(15, 1, "/", 20), []);
  // Every old page number is a page now or leads to the list.
  for (let n = 0; n < 300; n += 7) {
    const pages = paginate(newestFirst(n), "/", 20, key);
    const now = new Set([...pages.map((p) => p.url), ...movedPages(n, pages.length, "/", 20).map((m) => m.url)]);
    for (let k = 2; k <= Math.ceil(n / 20); k++) assert.ok(now.has(pageUrl("/", k)), `n=${n}, page ${k}`);
  }
});
