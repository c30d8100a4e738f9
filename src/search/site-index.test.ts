import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { indexedHash, searchVersion, type SearchState } from "./delta.ts";
import { SiteIndex } from "./site-index.ts";

const page = (words: string) => `<!doctype html><html lang="vi"><head><title>${words}</title></head><body><main data-pagefind-body><h1>${words}</h1><p>${words}</p></main></body></html>`;

async function folders() {
  const root = await mkdtemp(path.join(tmpdir(), "site-index-"));
  const live = path.join(root, "live");
  const staged = path.join(root, "staged");
  for (const dir of ["a", "b"]) await mkdir(path.join(live, "bai-viet", dir), { recursive: true });
  await mkdir(path.join(staged, "bai-viet", "a"), { recursive: true });
  return { root, live, staged };
}

test("an index finished while the render still writes reads a page rendered in this build only once it is written", async (t) => {
  const { root, live, staged } = await folders();
  t.after(() => rm(root, { recursive: true, force: true }));
  const renderedA = page("Hội đàm quốc phòng mới");
  await writeFile(path.join(live, "bai-viet/a/index.html"), page("Bản cũ của bài"));
  await writeFile(path.join(live, "bai-viet/b/index.html"), page("Bài thứ hai"));
  // The main bundle holds page a as rendered now, and not page b: the index is written whole
  // again (a page of unknown state), from page a's new copy and page b's live one.
  const previous: SearchState = { version: await searchVersion(), shards: 1, main: { "/bai-viet/a/": ["a1", indexedHash(renderedA)!] }, delta: {}, deltaBundle: null, deltaIds: [], serial: 0 };
  const index = await SiteIndex.start(staged, live, previous, false);
  let written!: () => void;
  index.readsAfter(new Promise<void>((resolve) => (written = resolve)));
  await index.add("bai-viet/a/index.html", renderedA);
  let finished = false;
  const finishing = index.finish(["bai-viet/a/index.html", "bai-viet/b/index.html"]).finally(() => (finished = true));
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.equal(finished, false, "the index waits for the page rendered in this build to be written");
  await writeFile(path.join(staged, "bai-viet/a/index.html"), renderedA);
  written();
  const outcome = await finishing;
  assert.equal(outcome.whole, true);
  assert.deepEqual(Object.keys(outcome.state.main).sort(), ["/bai-viet/a/", "/bai-viet/b/"]);
  assert.equal(outcome.state.main["/bai-viet/a/"]![1], indexedHash(renderedA), "page a indexed from its new copy");
});

test("a page for the index that comes after the index was finished is refused, not lost", async (t) => {
  const { root, live, staged } = await folders();
  t.after(() => rm(root, { recursive: true, force: true }));
  const index = await SiteIndex.start(staged, live, null, true);
  await index.add("bai-viet/a/index.html", page("Bài đầu"));
  await index.finish(["bai-viet/a/index.html"]);
  await assert.rejects(index.add("bai-viet/a/index.html", page("Bài đến muộn")), /after the index was finished/);
  // Pages the index does not read still pass (lists rendered after the last article page).
  await index.add("danh-sach/index.html", "<!doctype html><html><body><p>Danh sách</p></body></html>");
});
