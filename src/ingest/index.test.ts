import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, mkdir, writeFile, readFile, readdir, rm, stat, unlink, utimes } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { ingest } from "./index.ts";
import { IngestCache, extractorVersion } from "./cache.ts";

/** Raw pages in the style of three outlets: a date with its year, one whose year rests on today, one under a page clock. */
const RAW = {
  "qdnd/han-quoc.txt":
    "Việt Nam - Hàn Quốc tăng cường hợp tác quốc phòng\n\n(QĐND) - Ngày 15/3/2024, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng, đã tiếp đoàn Bộ Quốc phòng Hàn Quốc. Hai bên trao đổi về hợp tác đào tạo và công nghiệp quốc phòng trong thời gian tới.\n",
  "vov/asean.txt":
    "Hội nghị Tư lệnh Lục quân ASEAN lần thứ 25\n\n(VOV) - Sáng 20/12, tại Viêng Chăn, Đại tướng Trịnh Văn Quyết dự Hội nghị Tư lệnh Lục quân ASEAN. Các đại biểu thông qua kế hoạch hợp tác năm 2025 và trao đổi về an ninh khu vực cùng hợp tác đào tạo sĩ quan.\n",
  // The clock nearest the headline is after the first build's day: ignored then; later it is printed four days after
  // the event, which gives the year (the other clock, a fortnight before the event, cannot).
  "bienphong/tuan-tra.txt":
    "Thứ hai, 19/01/2026 08:30 GMT+7\n\nBộ đội Biên phòng Việt Nam - Campuchia tuần tra chung\n\nThứ sáu, 02/01/2026 10:15 GMT+7\n\n(Báo Biên phòng) - Ngày 15/1, tại cửa khẩu Mộc Bài, Đại tá Nguyễn Văn Bình, Chỉ huy trưởng Bộ đội Biên phòng tỉnh Tây Ninh, cùng lực lượng Campuchia tổ chức tuần tra song phương đoạn biên giới chung.\n",
  "vnexpress/an-do.txt":
    "Đối thoại Chính sách quốc phòng Việt Nam - Ấn Độ lần thứ 14\n\nChiều 16/6/2023, tại New Delhi, Thượng tướng Hoàng Xuân Chiến và Bộ trưởng Quốc phòng Ấn Độ đồng chủ trì Đối thoại. Hai bên nhất trí thúc đẩy hợp tác đào tạo, gìn giữ hòa bình và an ninh biển.\n",
};

async function withContent(run: (root: string, content: string) => Promise<void>): Promise<void> {
  const root = await mkdtemp(path.join(tmpdir(), "ingest-"));
  try {
    const content = path.join(root, "content", "raw");
    for (const [file, text] of Object.entries(RAW)) {
      await mkdir(path.dirname(path.join(content, file)), { recursive: true });
      await writeFile(path.join(content, file), text);
    }
    await run(root, content);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** Every file of a folder with its text. */
async function folder(dir: string): Promise<Map<string, string>> {
  const names = (await readdir(dir)).sort();
  return new Map(await Promise.all(names.map(async (n) => [n, await readFile(path.join(dir, n), "utf8")] as [string, string])));
}

/** The cache folder's catalogue as the next ingest would read it. */
async function openCache(cacheDir: string): Promise<IngestCache> {
  return IngestCache.open(cacheDir, await extractorVersion());
}

/** Day each file's cache entry was made on, by raw file. */
async function extractedOn(cacheDir: string): Promise<Record<string, string>> {
  const { records } = await openCache(cacheDir);
  return Object.fromEntries([...records.values()].map((r) => [r.file, r.entry.extractedOn]));
}

const DAY1 = new Date("2026-01-05T09:00:00Z");
const DAY2 = new Date("2026-01-25T09:00:00Z");

test("on a later day only files whose date could have changed are extracted again, and the output is a fresh extraction's", async () => {
  await withContent(async (root, content) => {
    const cacheFile = path.join(root, "cache");
    const markdown = path.join(root, "md");
    const first = await ingest(content, markdown, { today: DAY1 }, () => {}, cacheFile);
    const second = await ingest(content, markdown, { today: DAY2 }, () => {}, cacheFile);
    assert.deepEqual(await extractedOn(cacheFile), {
      "qdnd/han-quoc.txt": "2026-01-05",
      "vnexpress/an-do.txt": "2026-01-05",
      // Its year rests on today, but no day up to the next 20 December changes it.
      "vov/asean.txt": "2026-01-05",
      "bienphong/tuan-tra.txt": "2026-01-25",
    });
    const fresh = await ingest(content, path.join(root, "fresh"), { today: DAY2 });
    assert.deepEqual(second.articles.map((a) => a.frontMatter), fresh.articles.map((a) => a.frontMatter));
    assert.deepEqual(await folder(markdown), await folder(path.join(root, "fresh")));
    // The page clock that was in the future on the first day is the bound on the second: the basis changed.
    const basis = (r: typeof first, file: string) => r.articles.find((a) => a.frontMatter.file === file)!.frontMatter.dateBasis;
    assert.notEqual(basis(first, "bienphong/tuan-tra.txt"), basis(second, "bienphong/tuan-tra.txt"));
  });
});

test("a rebuild writes only changed Markdown files, deletes removed articles' files, and leaves the folder as a fresh ingest would", async () => {
  await withContent(async (root, content) => {
    const cacheFile = path.join(root, "cache");
    const markdown = path.join(root, "md");
    const options = { today: DAY1 };
    const first = await ingest(content, markdown, options, () => {}, cacheFile);
    const pathOf = (file: string) => first.articles.find((a) => a.frontMatter.file === file)!.markdownPath;
    const mtime = async (p: string) => (await stat(p)).mtimeMs;
    const unchangedBefore = await mtime(pathOf("qdnd/han-quoc.txt"));
    const cacheBefore = await mtime(path.join(cacheFile, "catalogue.ndjson"));

    // Nothing changed: nothing is written, the cache file included.
    await ingest(content, markdown, options, () => {}, cacheFile);
    assert.equal(await mtime(path.join(cacheFile, "catalogue.ndjson")), cacheBefore);
    assert.equal(await mtime(pathOf("qdnd/han-quoc.txt")), unchangedBefore);

    await writeFile(path.join(content, "vov/asean.txt"), `${RAW["vov/asean.txt"]}\nHội nghị diễn ra trong hai ngày với nhiều hoạt động giao lưu.\n`);
    await unlink(path.join(content, "vnexpress/an-do.txt"));
    await writeFile(path.join(root, "content", "corrections.yaml"), "bienphong/tuan-tra:\n  location: Tây Ninh\n");
    await writeFile(path.join(markdown, "notes.txt"), "an editor's file, not ingest's");
    const second = await ingest(content, markdown, options, () => {}, cacheFile);
    assert.equal(await mtime(pathOf("qdnd/han-quoc.txt")), unchangedBefore, "an unchanged article's file is not rewritten");
    assert.equal(second.articles.length, 3);

    const fresh = path.join(root, "fresh");
    await ingest(content, fresh, options);
    const ours = await folder(markdown);
    assert.equal(ours.get("notes.txt"), "an editor's file, not ingest's", "files ingest did not write are left alone");
    ours.delete("notes.txt");
    assert.deepEqual(ours, await folder(fresh));
    assert.match(await readFile(pathOf("bienphong/tuan-tra.txt"), "utf8"), /location: Tây Ninh/);
    assert.match(await readFile(pathOf("vov/asean.txt"), "utf8"), /hai ngày/);
  });
});

test("a Markdown file deleted behind the cache's back is written again", async () => {
  await withContent(async (root, content) => {
    const cacheFile = path.join(root, "cache");
    const markdown = path.join(root, "md");
    const first = await ingest(content, markdown, { today: DAY1 }, () => {}, cacheFile);
    await rm(markdown, { recursive: true });
    await ingest(content, markdown, { today: DAY1 }, () => {}, cacheFile);
    assert.deepEqual([...(await folder(markdown)).keys()].sort(), first.articles.map((a) => path.basename(a.markdownPath)).sort());
  });
});

test("the catalogue grows by one line per changed file and is compacted once half of it is superseded", async () => {
  await withContent(async (root, content) => {
    const cacheFile = path.join(root, "cache");
    const markdown = path.join(root, "md");
    const options = { today: DAY1 };
    await ingest(content, markdown, options, () => {}, cacheFile);
    assert.equal((await openCache(cacheFile)).lineCount, 5, "a header and a record per file");
    await writeFile(path.join(content, "qdnd/han-quoc.txt"), `${RAW["qdnd/han-quoc.txt"]}\nHai bên ký biên bản ghi nhớ về hợp tác quân y.\n`);
    await ingest(content, markdown, options, () => {}, cacheFile);
    assert.equal((await openCache(cacheFile)).lineCount, 6, "one line appended");
    for (const [file, text] of Object.entries(RAW)) await writeFile(path.join(content, file), `${text}\nBài viết được cập nhật.\n`);
    await ingest(content, markdown, options, () => {}, cacheFile);
    const compacted = await openCache(cacheFile);
    assert.equal(compacted.lineCount, 5, "rewritten with the live records only");
    assert.equal(compacted.records.size, 4);
  });
});

test("files whose size and times are unchanged are not read; a changed file is found even with its old size and modification time", async () => {
  await withContent(async (root, content) => {
    const cacheDir = path.join(root, "cache");
    const markdown = path.join(root, "md");
    const options = { today: DAY1 };
    const first = await ingest(content, markdown, options, () => {}, cacheDir);
    assert.equal(first.extracted, 4);
    assert.equal((await ingest(content, markdown, options, () => {}, cacheDir)).extracted, 0);
    // Same bytes, new times: read and hashed again, not extracted.
    const file = path.join(content, "qdnd/han-quoc.txt");
    const { atime, mtime } = await stat(file);
    await utimes(file, atime, new Date(mtime.getTime() + 60_000));
    assert.equal((await ingest(content, markdown, options, () => {}, cacheDir)).extracted, 0);
    // Other bytes of the same length, the modification time set back: the change time tells.
    const before = await stat(file);
    const text = RAW["qdnd/han-quoc.txt"].replace("Hà Nội", "Huế Ơi");
    assert.equal(Buffer.byteLength(text), Buffer.byteLength(RAW["qdnd/han-quoc.txt"]));
    await writeFile(file, text);
    await utimes(file, before.atime, before.mtime);
    const changed = await ingest(content, markdown, options, () => {}, cacheDir);
    assert.equal(changed.extracted, 1);
    assert.match(await readFile(changed.articles.find((a) => a.frontMatter.file === "qdnd/han-quoc.txt")!.markdownPath, "utf8"), /Huế Ơi/);
  });
});

/** Pages of one site: its call for readers' news above the headline, except on the page where it stands inside the article. */
function sitePage(title: string, callFirst: boolean): string {
  const call = "Mời bạn đọc gửi tin bài về hòm thư của tòa soạn.";
  const lead = `Ngày 3/4, ${title.toLowerCase()} đã diễn ra tại Hà Nội với sự tham dự của đại diện các đơn vị trong toàn quân và nhiều khách mời quốc tế.`;
  const body = "Các đại biểu đã trao đổi kinh nghiệm tổ chức lực lượng, huấn luyện cán bộ và phối hợp giữa các đơn vị trong thời gian tới.";
  return (callFirst ? [call, title, lead, body] : [title, lead, call, body]).join("\n");
}

test("furniture learned across the archive: adding the file that makes a line repeated re-extracts the file that kept it, removing it restores that file", async () => {
  const root = await mkdtemp(path.join(tmpdir(), "ingest-furniture-"));
  try {
    const content = path.join(root, "raw");
    await mkdir(content, { recursive: true });
    const cacheDir = path.join(root, "cache");
    const markdown = path.join(root, "md");
    await writeFile(path.join(content, "kept.txt"), sitePage("Hội nghị quân chính", false));
    await writeFile(path.join(content, "a.txt"), sitePage("Hội thao quốc phòng", true));
    await writeFile(path.join(content, "b.txt"), sitePage("Hội nghị tổng kết", true));
    /** The "kept" article's text after an ingest (with the cache unless told otherwise), and how many files that ingest extracted. */
    const kept = async (cache: string | undefined = cacheDir, out = markdown) => {
      const result = await ingest(content, out, { today: DAY1 }, () => {}, cache);
      const article = result.articles.find((a) => a.frontMatter.id === "kept")!;
      const text = await result.texts.get(article.textKey);
      return { ...text, markdown: await readFile(article.markdownPath, "utf8"), extracted: result.extracted };
    };
    const before = await kept();
    assert.match(before.body, /Mời bạn đọc gửi tin bài/u, "twice outside the article is chance: the line stays");

    await writeFile(path.join(content, "c.txt"), sitePage("Hội diễn văn nghệ", true));
    const learned = await kept();
    assert.doesNotMatch(learned.body, /Mời bạn đọc gửi tin bài/u, "three times: furniture in every file");
    assert.doesNotMatch(learned.markdown, /Mời bạn đọc gửi tin bài/u, "its Markdown file is written again");
    assert.ok(learned.removedLines.some((r) => r.reason === "repeated outside the article in 3 or more files"));
    assert.equal(learned.extracted, 2, "the new file, and the one file that kept the line");
    const fresh = await kept(undefined, path.join(root, "md-fresh"));
    assert.equal(fresh.body, learned.body, "the cached build equals a fresh one");

    await writeFile(path.join(content, "d.txt"), sitePage("Hội chợ sách", true));
    const more = await kept();
    assert.equal(more.body, learned.body);
    assert.equal(more.extracted, 1, "a fourth file printing the line re-extracts no other file");

    await unlink(path.join(content, "c.txt"));
    await unlink(path.join(content, "d.txt"));
    const restored = await kept();
    assert.equal(restored.body, before.body, "with the files gone, the first extraction is back");
    assert.match(restored.markdown, /Mời bạn đọc gửi tin bài/u);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
