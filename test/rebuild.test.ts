/**
 * Rebuilds render only the pages whose data changed and take the others from the previous site;
 * the result must be the site a full build of the same content makes, byte for byte.
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, cp, appendFile, unlink, writeFile, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { build } from "../src/build.ts";
import { generateArticle, generateCorpus } from "../src/bench/generate.ts";
import { assertSameSite, listFiles } from "./helpers/site-files.ts";

let tmp: string;
let raw: string;

/** Builds `raw` into `out` (always the same deployment) and returns the report; `log` gets the build's lines. */
function buildInto(out: string, basePath = "/", log?: (line: string) => void) {
  return build({ contentDir: raw, outDir: out, basePath, siteUrl: "https://example.org/", strict: false }, log);
}

/** Builds `raw` whole into a folder of its own (`name`), checks that `out` is the same site and returns that build's report. */
async function assertEqualsFullBuild(out: string, name: string) {
  const full = path.join(tmp, name);
  const report = await buildInto(full);
  await assertSameSite(out, full);
  return report;
}

before(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), "rebuild-"));
  raw = path.join(tmp, "raw");
  await cp("content/raw", raw, { recursive: true });
  // More articles than the feed shows, so that some article pages can be reused.
  await generateCorpus(path.join(raw, "generated"), 90, 7);
});

after(async () => {
  await rm(tmp, { recursive: true, force: true });
});

test("an unchanged archive renders nothing again and keeps every file, the search index included", async () => {
  const out = path.join(tmp, "unchanged");
  const first = await buildInto(out);
  assert.equal(first.pages.reused, 0, "a first build renders everything");
  const before = path.join(tmp, "unchanged-before");
  await cp(out, before, { recursive: true });
  const second = await buildInto(out);
  assert.equal(second.incremental, true);
  assert.equal(second.pages.rendered, 0);
  const files = await listFiles(before);
  assert.deepEqual(await listFiles(out), files);
  for (const file of files) assert.ok((await readFile(path.join(out, file))).equals(await readFile(path.join(before, file))), `${file} is unchanged`);
});

test("after one raw file changes and one is removed, a rebuild equals a full build", async () => {
  const out = path.join(tmp, "incremental");
  await buildInto(out);
  const files = (await listFiles(raw)).filter((f) => f.startsWith("generated/"));
  await appendFile(path.join(raw, files[10]!), "\nĐoàn công tác cũng thăm một đơn vị bộ đội biên phòng.\n");
  await unlink(path.join(raw, files[20]!));
  const rebuilt = await buildInto(out);
  assert.ok(rebuilt.pages.reused > 0, "some pages are reused");
  const fresh = await assertEqualsFullBuild(out, "full");
  assert.equal(fresh.pages.reused, 0);
});

test("after articles are added (the newest and an old one) and a correction is made, a rebuild equals a full build", async () => {
  const out = path.join(tmp, "incremental");
  await buildInto(out);
  for (const [index, date] of [[900, "1/12/2031"], [901, "3/4/2006"]] as const) {
    const article = generateArticle(7, index);
    // A dated lead, so that one lands at the newest end of every list and one in the middle.
    await writeFile(path.join(raw, "generated", `moi-${index}.txt`), article.text.replace(/(Sáng|Chiều|Tối|Trưa|Ngày) [\d/-]+(?=, tại)/, `Ngày ${date}`));
  }
  const files = (await listFiles(raw)).filter((f) => f.startsWith("generated/0"));
  await writeFile(path.join(tmp, "corrections.yaml"), `${JSON.stringify(`generated/${files[5]!.slice("generated/".length).replace(/\.txt$/, "")}`)}:\n  location: Côn Đảo\n`);
  const rebuilt = await buildInto(out);
  assert.equal(rebuilt.incremental, true);
  assert.ok(rebuilt.pages.reused > rebuilt.pages.rendered, `reused ${rebuilt.pages.reused}, rendered ${rebuilt.pages.rendered}`);
  await assertEqualsFullBuild(out, "full-2");
});

test("after a correction alone names a new place, a rebuild equals a full build (the search page's place filter included)", async () => {
  const out = path.join(tmp, "incremental");
  await buildInto(out);
  const files = (await listFiles(raw)).filter((f) => f.startsWith("generated/0"));
  const place = "Đảo Song Tử Tây";
  await writeFile(path.join(tmp, "corrections.yaml"), `${JSON.stringify(`generated/${files[7]!.slice("generated/".length).replace(/\.txt$/, "")}`)}:\n  location: ${place}\n`);
  const rebuilt = await buildInto(out);
  assert.equal(rebuilt.incremental, true);
  assert.match(await readFile(path.join(out, "tim-kiem", "index.html"), "utf8"), new RegExp(`<option>${place}</option>`));
  await assertEqualsFullBuild(out, "full-3");
});

test("after a correction alone changes a person's latest title, a rebuild equals a full build (the people's details files included)", async () => {
  const out = path.join(tmp, "incremental");
  await buildInto(out);
  // The newest article's participants, as the open data lists them ("Name (title)"), the first with another title:
  // the same people, so only that person's latest title changes.
  const [newest] = JSON.parse(await readFile(path.join(out, "du-lieu", "articles.json"), "utf8")) as { id: string; participants: string[] }[];
  const title = "Đại tá, Chính ủy Lữ đoàn thử nghiệm";
  const people = newest!.participants.map((p, i) => ({ name: p.replace(/ \(.*\)$/, ""), title: i === 0 ? title : (/ \((.*)\)$/.exec(p)?.[1] ?? "") }));
  await writeFile(path.join(tmp, "corrections.yaml"), `${JSON.stringify(newest!.id)}:\n  participants: ${JSON.stringify(people)}\n`);
  const rebuilt = await buildInto(out);
  assert.equal(rebuilt.incremental, true);
  const folder = path.join(out, "tim-kiem", "chi-tiet");
  const details = await Promise.all((await listFiles(folder)).map((f) => readFile(path.join(folder, f), "utf8")));
  assert.ok(details.some((text) => text.includes(JSON.stringify(title))), "the new title is in a details file");
  await assertEqualsFullBuild(out, "full-4");
});

test("a sentence added to an article's text renders its own pages again, not the lists it is on nor the open data, and equals a full build", async () => {
  const out = path.join(tmp, "incremental");
  await buildInto(out);
  const openData = path.join(out, "du-lieu", "articles.csv");
  const openDataTime = (await stat(openData)).mtimeMs;
  // The oldest dated article: not in the feed, which shows the newest articles' texts.
  const records = JSON.parse(await readFile(path.join(out, "du-lieu", "articles.json"), "utf8")) as { id: string; date: string | null }[];
  const oldest = records.filter((r) => r.date !== null).at(-1)!;
  await appendFile(path.join(raw, `${oldest.id}.txt`), "\nHai bên cũng trao đổi về công tác đào tạo cán bộ trong những năm tới.\n");
  const lines: string[] = [];
  const rebuilt = await buildInto(out, "/", (line) => lines.push(line));
  assert.equal(rebuilt.incremental, true);
  // "render: 3 of 412 article, list and review pages changed (articles 1, review 1, reviewText 1)"; the
  // review pages show each article's count of kept lines.
  const changed = /\(([^)]*)\)$/.exec(lines.find((line) => line.startsWith("render:") && line.includes("changed")) ?? "")?.[1] ?? "";
  const sets = changed.split(", ").map((part) => part.split(" ")[0]);
  assert.ok(sets.includes("articles"), changed);
  assert.deepEqual(sets.filter((set) => !["articles", "review", "reviewText"].includes(set!)), [], `only the article's own pages: ${changed}`);
  assert.equal((await stat(openData)).mtimeMs, openDataTime, "the open data is not written again");
  await assertEqualsFullBuild(out, "full-5");
});

test("another base path reuses nothing", async () => {
  const out = path.join(tmp, "incremental");
  const moved = await buildInto(out, "/p/");
  assert.equal(moved.pages.reused, 0);
});
