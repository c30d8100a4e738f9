import { test } from "node:test";
import assert from "node:assert/strict";
import { planDelta, indexedHash, MIN_DELTA_PAGES, type SearchState } from "./delta.ts";

const state = (main: Record<string, [string, string]>, delta: Record<string, string> = {}): SearchState => ({
  version: "v", shards: 1, main, delta, deltaBundle: Object.keys(delta).length ? "delta-1/" : null, deltaIds: [], serial: 1,
});
const urls = (n: number) => Array.from({ length: n }, (_, i) => `/bai-viet/${i}/`);
const mainOf = (list: string[]) => Object.fromEntries(list.map((u, i) => [u, [`id${i}`, `h${i}`] as [string, string]]));

test("a page rendered again with the text the main bundle holds stays out of the delta", () => {
  const all = urls(100);
  const plan = planDelta(state(mainOf(all)), new Set(all), new Map([[all[0]!, "h0"], [all[1]!, "changed"]]));
  assert.deepEqual([...plan.delta], [[all[1]!, "changed"]]);
  assert.deepEqual(plan.superseded, ["id1"]);
  assert.equal(plan.compact, false);
  assert.equal(plan.rewrite, true);
});

test("new pages join the delta, deleted ones are superseded, unchanged delta pages stay in it", () => {
  const all = urls(100);
  const previous = state(mainOf(all), { [all[5]!]: "new5" });
  const current = new Set([...all.filter((u) => u !== all[9]), "/bai-viet/moi/"]);
  const plan = planDelta(previous, current, new Map([["/bai-viet/moi/", "hm"]]));
  assert.deepEqual(new Map(plan.delta), new Map([[all[5]!, "new5"], ["/bai-viet/moi/", "hm"]]));
  assert.deepEqual(plan.superseded, ["id5", "id9"]);
  // Only a deletion: the delta bundle stays, the manifest changes.
  const onlyDeleted = planDelta(previous, new Set(all.filter((u) => u !== all[9])), new Map());
  assert.equal(onlyDeleted.rewrite, false);
  assert.deepEqual(onlyDeleted.superseded, ["id5", "id9"]);
});

test("past its limit the delta is compacted into a whole index, and so is a page of unknown state", () => {
  const all = urls(1000);
  const changed = new Map(all.slice(0, 51).map((u) => [u, "x"]));
  assert.equal(planDelta(state(mainOf(all)), new Set(all), changed).compact, true, "51 of 1,000 pages is past 5 %");
  assert.equal(planDelta(state(mainOf(all)), new Set(all), new Map(all.slice(0, 50).map((u) => [u, "x"]))).compact, false);
  const small = urls(10);
  assert.equal(planDelta(state(mainOf(small)), new Set(small), new Map(small.map((u) => [u, "x"]))).compact, false, `a small archive may change ${MIN_DELTA_PAGES} pages`);
  assert.equal(planDelta(state(mainOf(small)), new Set([...small, "/bai-viet/ngoai/"]), new Map()).compact, true, "a page neither rendered nor indexed");
});

test("the indexed hash covers the article element only", () => {
  const page = (aside: string, body: string) => `<!doctype html><html lang="vi"><body><nav>${aside}</nav><article data-pagefind-body><p>${body}</p></article><aside>${aside}</aside></body></html>`;
  assert.equal(indexedHash(page("a", "Nội dung")), indexedHash(page("b", "Nội dung")));
  assert.notEqual(indexedHash(page("a", "Nội dung")), indexedHash(page("a", "Nội dung khác")));
  assert.equal(indexedHash("<html><body><p>Trang chủ</p></body></html>"), null);
});
