/**
 * The relevance test set (test/fixtures/relevance/): made-up reports, built into a site and
 * indexed once as one index and once as three shards, searched on /tim-kiem/ in Chromium. For
 * each query the answer cards and the leading results must come in the expected order, on both
 * indexes. Pagefind's own order is read too, to show the set tests something Pagefind alone gets
 * wrong; and a story two outlets published shows as one result linking the other copy.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import matter from "gray-matter";
import type { Browser, Page } from "playwright-core";
import { buildSiteModel, type ArticleInput, type SiteModel } from "../src/site/model.ts";
import { checkArticle } from "../src/site/read.ts";
import { renderSite } from "../src/render/eleventy.ts";
import { textsOfInputs } from "../src/render/page-texts.ts";
import { indexSite } from "../src/search/pagefind.ts";
import { CASES } from "./fixtures/relevance/expected.ts";
import { launchChromium } from "./helpers/chromium.ts";
import { serveStatic, type StaticServer } from "./helpers/static-server.ts";

const FIXTURES = "test/fixtures/relevance";
const SHARDS = 3;

/** Front-matter fields a fixture may leave out, with what ingest would write for them. */
function defaults(id: string): Record<string, unknown> {
  return { file: `${id}.txt`, id, dateBasis: "fixture", event: null, eventOrdinal: null, location: null, participants: [], mentioned: [], outlet: null, credits: [], sourceHash: id, warnings: [], corrected: [] };
}

async function fixtureArticles(): Promise<ArticleInput[]> {
  const files = (await readdir(FIXTURES)).filter((f) => f.endsWith(".md")).sort();
  const inputs = await Promise.all(
    files.map(async (file) => {
      const id = file.replace(/\.md$/, "");
      const { data, content } = matter(await readFile(path.join(FIXTURES, file), "utf8"), {});
      const partners = (data.partners ?? []) as string[];
      return checkArticle({ ...defaults(id), partnerCodes: partners.map(() => ""), ...data }, content, file);
    }),
  );
  return inputs;
}

interface Shown {
  answers: { kind: string; name: string; href: string; text: string }[];
  /** Result article ids, in order. */
  results: string[];
  /** Per result, the hrefs of its "also published in" links (without highlight parameters). */
  also: string[][];
  /** The site paths the page requested. */
  requested: string[];
}

let work: string;
let model: SiteModel;
let browser: Browser;
const servers: Record<"single" | "sharded", StaticServer> = {} as never;
/** Article URL → fixture id. */
const idOf = new Map<string, string>();
const problems: string[] = [];

before(async () => {
  work = await mkdtemp(path.join(tmpdir(), "relevance-"));
  const articles = await fixtureArticles();
  model = buildSiteModel(articles);
  for (const a of model.articles) idOf.set(a.url, a.fm.id);
  const single = path.join(work, "single");
  await renderSite({ outDir: single, model, texts: textsOfInputs(articles), review: { entries: [], skipped: [] }, basePath: "/", siteUrl: null });
  await indexSite(single);
  const sharded = path.join(work, "sharded");
  await cp(single, sharded, { recursive: true });
  assert.equal((await indexSite(sharded, { pagesPerShard: Math.ceil(model.articles.length / SHARDS) })).shards, SHARDS);
  servers.single = await serveStatic(single);
  servers.sharded = await serveStatic(sharded);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  for (const server of Object.values(servers)) await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

async function open(site: keyof typeof servers, url: string, onRequest: (path: string) => void = () => {}): Promise<Page> {
  const page = await browser.newPage();
  page.on("request", (request) => onRequest(new URL(request.url()).pathname));
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  // Every request must succeed (a browser's own favicon request may not).
  page.on("response", (response) => {
    if (response.status() >= 400 && !response.url().endsWith("/favicon.ico")) problems.push(`${response.status()} ${response.url()}`);
  });
  page.on("console", (msg) => {
    if (msg.type() === "error" && !msg.text().startsWith("Failed to load resource")) problems.push(`console: ${msg.text()}`);
  });
  await page.goto(`${servers[site].url}${url}`);
  return page;
}

const pathOf = (href: string) => href.split("?")[0]!;

/** What the search page shows for `query`: its answer cards and the ids of its results. */
async function searchPage(site: keyof typeof servers, query: string): Promise<Shown> {
  const requested: string[] = [];
  const page = await open(site, `tim-kiem/?q=${encodeURIComponent(query)}`, (path) => requested.push(path));
  try {
    await page.waitForSelector('#tim-kiem[data-state="done"]', { state: "attached", timeout: 15_000 });
    const answers = await page.$$eval("#search-answers .answer-card", (cards) =>
      cards.map((card) => ({
        kind: card.querySelector(".answer-kind")!.textContent!,
        name: card.querySelector("h2 a")!.textContent!,
        href: card.querySelector("h2 a")!.getAttribute("href")!,
        text: (card as HTMLElement).innerText,
      })),
    );
    const items = await page.$$eval(".search-result", (lis) =>
      lis.map((li) => ({ href: li.querySelector("h2 a")!.getAttribute("href")!, also: Array.from(li.querySelectorAll(".also-published a")).map((a) => a.getAttribute("href")!) })),
    );
    return { answers, results: items.map((i) => idOf.get(pathOf(i.href)) ?? i.href), also: items.map((i) => i.also.map(pathOf)), requested };
  } finally {
    await page.close();
  }
}

/** The kind labels the page shows, from the fixtures' point of view ("person" → "Nhân vật"). */
const KIND_LABELS: Record<string, string> = { person: "Nhân vật", partner: "Đối tác", series: "Chuỗi sự kiện", place: "Địa điểm", outlet: "Cơ quan báo chí" };

/** Pagefind's own order for `query` (its JavaScript API, one index, no re-ranking), as fixture ids. */
async function pagefindOrder(query: string): Promise<string[]> {
  const page = await open("single", "");
  try {
    const urls = await page.evaluate(async ([q, script]) => {
      const pagefind = await import(script);
      const search = await pagefind.search(q);
      return Promise.all(search.results.map(async (r: { data(): Promise<{ url: string }> }) => (await r.data()).url));
    }, [query, "/pagefind/pagefind.js"] as const);
    return urls.map((u: string) => idOf.get(u) ?? u);
  } finally {
    await page.close();
  }
}

describe("relevance test set", () => {
  for (const site of ["single", "sharded"] as const) {
    for (const c of CASES) {
      test(`${site} index: “${c.query}”: ${c.about}`, async () => {
        const shown = await searchPage(site, c.query);
        assert.deepEqual(shown.answers.map((a) => `${Object.keys(KIND_LABELS).find((k) => KIND_LABELS[k] === a.kind.trim())}:${a.name}`), c.answers);
        if (c.first) assert.deepEqual(shown.results.slice(0, c.first.length), c.first, shown.results.join(" "));
        if (c.firstAnyOrder) assert.deepEqual(shown.results.slice(0, c.firstAnyOrder.length).sort(), [...c.firstAnyOrder].sort(), shown.results.join(" "));
        const lead = (c.first ?? c.firstAnyOrder ?? []).length;
        if (c.then) assert.deepEqual(shown.results.slice(lead, lead + c.then.length), c.then, shown.results.join(" "));
      });
    }
  }

  test("without this ranking, Pagefind alone puts another article first for the names", async (t) => {
    const wrong = [];
    for (const c of CASES.filter((c) => c.answers[0]?.startsWith("person:"))) {
      const order = await pagefindOrder(c.query);
      t.diagnostic(`Pagefind alone, “${c.query}”: ${order.join(" ")}`);
      if (order[0] !== c.first![0]) wrong.push(`${c.query}: ${order.join(" ")}`);
    }
    assert.ok(wrong.length >= 2, `Pagefind's own order already puts the name first: ${wrong.join("; ")}`);
  });

  test("a person’s card gives the kind, the article count, the latest title held and the person’s page; a place’s links to the search filtered by it", async () => {
    const personSearch = await searchPage("single", "Trịnh Quốc Khánh");
    const [card] = personSearch.answers;
    assert.ok(card);
    assert.deepEqual(personSearch.requested.filter((url) => url.startsWith("/tim-kiem/chi-tiet/")), ["/tim-kiem/chi-tiet/0.json"], "the one details file that holds the person");
    const person = model.people.find((p) => p.name === "Trịnh Quốc Khánh")!;
    assert.equal(card.href, person.url);
    assert.match(card.text, /Nhân vật/i);
    assert.match(card.text, /1 bài viết/);
    assert.match(card.text, /Chức vụ gần nhất: Thiếu tướng, Phó Tư lệnh Quân khu 4/);
    const placeSearch = await searchPage("single", "cam ranh");
    assert.equal(placeSearch.answers[0]!.href, `/tim-kiem/?dia-diem=Cam+Ranh`, "a place's page is the search filtered by it");
    assert.ok(placeSearch.requested.includes("/tim-kiem/du-lieu.json"));
    assert.ok(!placeSearch.requested.some((url) => url.startsWith("/tim-kiem/chi-tiet/")), "people's titles are loaded only for a person's card");
  });

  test("a story two outlets published shows once, with “Cũng đăng trên” linking the other copy", async () => {
    const shown = await searchPage("single", "tau tuan tra nhat ban da nang");
    const copies = ["r14-da-nang-tau-nhat", "r15-da-nang-tau-nhat-ban-khac"];
    const at = shown.results.findIndex((id) => copies.includes(id));
    assert.ok(at >= 0, shown.results.join(" "));
    assert.equal(shown.results.filter((id) => copies.includes(id)).length, 1, "one result for the story");
    const other = copies.find((id) => id !== shown.results[at])!;
    assert.deepEqual(shown.also[at], [model.articles.find((a) => a.fm.id === other)!.url]);
  });

  test("no page threw or logged an error", () => {
    assert.deepEqual(problems, []);
  });
});
