/**
 * Clean fragments: what a Pagefind client receives (content, metadata, headings) has no đ-aliases,
 * every word keeps its position (so excerpts and highlights fall where they did), and the index
 * itself still holds the d-spellings.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
import { tmpdir } from "node:os";
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
  const { gzipSync } = await import("node:zlib");
  await assert.rejects(readPagefindJson(gzipSync("{}"), "x.pf_fragment"), /x\.pf_fragment is not a Pagefind file/);
});
