/**
 * Clean fragments: what a Pagefind client receives (content, metadata, headings) has no đ-aliases,
 * every word keeps its position (so excerpts and highlights fall where they did), and the index
 * itself still holds the d-spellings.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { gunzipSync, gzipSync } from "node:zlib";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import * as pagefind from "pagefind";
import { cleanBundle, cleanFragment, cleanFragmentJson, readPagefindJson, type Fragment } from "./clean-index.ts";
import { aliasHtmlForIndex, withoutDAliases } from "./fold.ts";

const words = (text: string) => text.split(/\s+/).filter(Boolean);

test("a fragment loses its aliases in content, metadata and headings, and nothing else changes", () => {
  const fragment: Fragment = {
    url: "/bai-viet/doi-thoai/",
    content: "Đối-Dối thoại tại Đà-Dà Nẵng. Việt Nam-Đức-Dức, Nam-Campuchia.",
    word_count: 7,
    filters: { partner: ["Đức"] },
    meta: { title: "Đối-Dối thoại", date: "Thứ Hai, 6/8/2012" },
    anchors: [{ element: "h2", id: "a", text: "Đoàn-Doàn đại-dại biểu", location: 3 }],
  };
  const clean = cleanFragment(fragment);
  assert.equal(clean.content, "Đối thoại tại Đà Nẵng. Việt Nam-Đức, Nam-Campuchia.");
  assert.deepEqual(clean.meta, { title: "Đối thoại", date: "Thứ Hai, 6/8/2012" });
  assert.deepEqual(clean.anchors, [{ element: "h2", id: "a", text: "Đoàn đại biểu", location: 3 }]);
  assert.deepEqual([clean.url, clean.word_count, clean.filters], [fragment.url, fragment.word_count, fragment.filters]);
  assert.equal(words(clean.content).length, words(fragment.content).length, "every word keeps its position");
  // A group file holds fragments by page hash.
  assert.deepEqual(cleanFragmentJson({ vi_1: fragment, vi_2: { ...fragment, content: "Lào" } }), { vi_1: clean, vi_2: { ...clean, content: "Lào" } });
});

test("a written bundle's fragments read clean, its index still holds the d-spellings", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "clean-index-"));
  try {
    const { index } = await pagefind.createIndex({ forceLanguage: "vi" });
    const page = `<!doctype html><html lang="vi"><body><article data-pagefind-body><h1>Đối thoại quốc phòng</h1><h2 id="doan">Đoàn đại biểu</h2><p>Đoàn đến Đà Nẵng ngày 14/5.</p></article></body></html>`;
    await index!.addHTMLFile({ url: "/bai-viet/a/", content: aliasHtmlForIndex(page) });
    await index!.writeFiles({ outputPath: dir });
    await pagefind.close();
    const fragmentDir = path.join(dir, "fragment");
    const [file] = await readdir(fragmentDir);
    const before = (await readPagefindJson(await readFile(path.join(fragmentDir, file!)), file!)) as Fragment;
    assert.match(before.content, /Đối-Dối/, "Pagefind stores the text it indexed");

    assert.equal(await cleanBundle(dir), 1);
    assert.deepEqual(await readdir(fragmentDir), [file], "the fragment keeps its name");
    const after = (await readPagefindJson(await readFile(path.join(fragmentDir, file!)), file!)) as Fragment;
    assert.equal(after.meta?.title, "Đối thoại quốc phòng");
    assert.doesNotMatch(JSON.stringify(after), /Đối-Dối|Đoàn-Doàn|đại-dại|Đà-Dà/);
    assert.deepEqual(words(after.content), words(before.content).map(withoutDAliases), "word for word, without aliases");
    const indexDir = path.join(dir, "index");
    const chunks = await Promise.all((await readdir(indexDir)).map(async (f) => gunzipSync(await readFile(path.join(indexDir, f))).toString("utf8")));
    assert.ok(chunks.some((c) => c.includes("doan")), "the d-spelling is still indexed");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("a file that is not Pagefind's is refused with its name", async () => {
  await assert.rejects(readPagefindJson(gzipSync("{}"), "x.pf_fragment"), /x\.pf_fragment is not a Pagefind file/);
});

/** A bundle of `count` pages, each with đ-words, written by Pagefind into `dir`. */
async function writeBundle(dir: string, count: number): Promise<void> {
  const { index } = await pagefind.createIndex({ forceLanguage: "vi" });
  for (let i = 0; i < count; i++) {
    const page = `<!doctype html><html lang="vi"><body><article data-pagefind-body><h1>Đối thoại số ${i}</h1><p>Đoàn đến Đà Nẵng lần ${i}.</p></article></body></html>`;
    await index!.addHTMLFile({ url: `/bai-viet/${i}/`, content: aliasHtmlForIndex(page) });
  }
  await index!.writeFiles({ outputPath: dir });
  await pagefind.close();
}

test("fragments cleaned by worker threads are byte for byte those cleaned in the build's own thread", { skip: availableParallelism() < 2 && "one core: the build never starts clean workers" }, async () => {
  const work = await mkdtemp(path.join(tmpdir(), "clean-workers-"));
  try {
    const here = path.join(work, "here");
    await writeBundle(here, 12);
    const shared = path.join(work, "shared");
    await cp(here, shared, { recursive: true });
    assert.equal(await cleanBundle(here), 12);
    assert.equal(await cleanBundle(shared, { filesPerWorker: 3 }), 12);
    const fragments = await readdir(path.join(here, "fragment"));
    for (const name of fragments) {
      const [a, b] = await Promise.all([here, shared].map((dir) => readFile(path.join(dir, "fragment", name))));
      assert.ok(a!.equals(b!), `${name} is the same`);
    }
    const clean = (await readPagefindJson(await readFile(path.join(shared, "fragment", fragments[0]!)), fragments[0]!)) as Fragment;
    assert.doesNotMatch(JSON.stringify(clean), /Đối-Dối|Đà-Dà/);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});

test("a damaged fragment stops the cleaning with its name, in a worker thread too", async () => {
  const work = await mkdtemp(path.join(tmpdir(), "clean-damaged-"));
  try {
    await writeBundle(work, 6);
    const [name] = await readdir(path.join(work, "fragment"));
    await writeFile(path.join(work, "fragment", name!), gzipSync("not a fragment"));
    await assert.rejects(cleanBundle(work), new RegExp(`${name!.replace(".", "\\.")} is not a Pagefind file`));
    if (availableParallelism() >= 2) await assert.rejects(cleanBundle(work, { filesPerWorker: 2 }), new RegExp(`${name!.replace(".", "\\.")} is not a Pagefind file`));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
