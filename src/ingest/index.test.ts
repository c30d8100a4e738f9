import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, mkdir, writeFile, readFile, readdir, rm, stat, unlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { ingest } from "./index.ts";
import { loadCache } from "./cache.ts";

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

/** Day each file's cache entry was made on, by raw file. */
async function extractedOn(cacheFile: string): Promise<Record<string, string>> {
  const { entries } = await loadCache(cacheFile);
  return Object.fromEntries([...entries.values()].map((e) => [e.outcome.ok ? e.outcome.frontMatter.file : "?", e.extractedOn]));
}

const DAY1 = new Date("2026-01-05T09:00:00Z");
const DAY2 = new Date("2026-01-25T09:00:00Z");

test("on a later day only files whose date could have changed are extracted again, and the output is a fresh extraction's", async () => {
  await withContent(async (root, content) => {
    const cacheFile = path.join(root, "cache", "extracted.ndjson");
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
    const cacheFile = path.join(root, "cache", "extracted.ndjson");
    const markdown = path.join(root, "md");
    const options = { today: DAY1 };
    const first = await ingest(content, markdown, options, () => {}, cacheFile);
    const pathOf = (file: string) => first.articles.find((a) => a.frontMatter.file === file)!.markdownPath;
    const mtime = async (p: string) => (await stat(p)).mtimeMs;
    const unchangedBefore = await mtime(pathOf("qdnd/han-quoc.txt"));
    const cacheBefore = await mtime(cacheFile);

    // Nothing changed: nothing is written, the cache file included.
    await ingest(content, markdown, options, () => {}, cacheFile);
    assert.equal(await mtime(cacheFile), cacheBefore);
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
    const cacheFile = path.join(root, "cache", "extracted.ndjson");
    const markdown = path.join(root, "md");
    const first = await ingest(content, markdown, { today: DAY1 }, () => {}, cacheFile);
    await rm(markdown, { recursive: true });
    await ingest(content, markdown, { today: DAY1 }, () => {}, cacheFile);
    assert.deepEqual([...(await folder(markdown)).keys()].sort(), first.articles.map((a) => path.basename(a.markdownPath)).sort());
  });
});

test("the cache file grows by one line per changed file and is compacted once half of it is superseded", async () => {
  await withContent(async (root, content) => {
    const cacheFile = path.join(root, "cache", "extracted.ndjson");
    const markdown = path.join(root, "md");
    const options = { today: DAY1 };
    await ingest(content, markdown, options, () => {}, cacheFile);
    assert.equal((await loadCache(cacheFile)).lines, 4);
    await writeFile(path.join(content, "qdnd/han-quoc.txt"), `${RAW["qdnd/han-quoc.txt"]}\nHai bên ký biên bản ghi nhớ về hợp tác quân y.\n`);
    await ingest(content, markdown, options, () => {}, cacheFile);
    assert.equal((await loadCache(cacheFile)).lines, 5, "one line appended");
    for (const [file, text] of Object.entries(RAW)) await writeFile(path.join(content, file), `${text}\nBài viết được cập nhật.\n`);
    await ingest(content, markdown, options, () => {}, cacheFile);
    const compacted = await loadCache(cacheFile);
    assert.equal(compacted.lines, 4, "rewritten with the live entries only");
    assert.equal(compacted.entries.size, 4);
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
    const cacheFile = path.join(root, "cache", "extracted.ndjson");
    const markdown = path.join(root, "md");
    await writeFile(path.join(content, "kept.txt"), sitePage("Hội nghị quân chính", false));
    await writeFile(path.join(content, "a.txt"), sitePage("Hội thao quốc phòng", true));
    await writeFile(path.join(content, "b.txt"), sitePage("Hội nghị tổng kết", true));
    const body = async () => (await ingest(content, markdown, { today: DAY1 }, () => {}, cacheFile)).articles.find((a) => a.frontMatter.id === "kept")!;
    const before = await body();
    assert.match(before.body, /Mời bạn đọc gửi tin bài/u, "twice outside the article is chance: the line stays");

    await writeFile(path.join(content, "c.txt"), sitePage("Hội diễn văn nghệ", true));
    const learned = await body();
    assert.doesNotMatch(learned.body, /Mời bạn đọc gửi tin bài/u, "three times: furniture in every file");
    assert.ok(learned.removed.some((r) => r.reason === "repeated outside the article in 3 files"));
    const fresh = await ingest(content, path.join(root, "md-fresh"), { today: DAY1 });
    assert.equal(fresh.articles.find((a) => a.frontMatter.id === "kept")!.body, learned.body, "the cached build equals a fresh one");

    await unlink(path.join(content, "c.txt"));
    assert.equal((await body()).body, before.body, "with the file gone, the first extraction is back");
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
