/**
 * First-search measurement: serves a built site locally, opens it in Chromium (playwright-core)
 * and runs one query through the search page's own client (every shard of the index and the delta
 * bundle, templates/assets/search-shards.js; Pagefind's JavaScript API alone on the reference),
 * counting the bytes fetched from pagefind/ (network events) and the time until the first page of
 * results has loaded; and the same query through our search page itself (measureSearchPage), with
 * its search data file.
 */
import { createServer, type Server } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { chromium } from "playwright-core";
import { INDEX_FOLDER, SHARD_MANIFEST } from "../search/shards.ts";
import { SEARCH_DATA_PATH } from "../search/contract.ts";

/** The Chromium the project's browser tests use, and its flags. */
export const CHROMIUM_PATH = "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

/**
 * Queries for the first search: a partner country (a typical reader's query) and a phrase of the
 * archive's most common words (the worst case: every word's posting list is large).
 */
export const FIRST_QUERIES = ["Campuchia", "hợp tác quốc phòng Campuchia"] as const;
/** How many results a first page shows (Pagefind UI's default). */
export const FIRST_PAGE_RESULTS = 5;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".wasm": "application/wasm",
};

/**
 * Types a static host compresses on the way (GitHub Pages, Netlify and Cloudflare gzip or brotli
 * text). Pagefind's own files (.pf_*, the WebAssembly) are gzip inside already and go as they are.
 */
const COMPRESSED = new Set([".html", ".js", ".css", ".json"]);

/** A minimal static file server for `root` on a free local port, gzipping text as static hosts do. */
export async function serveFolder(root: string): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, "index.html");
      let body = await readFile(file);
      const headers: Record<string, string | number> = { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" };
      if (COMPRESSED.has(path.extname(file)) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
        body = gzipSync(body);
        headers["content-encoding"] = "gzip";
      }
      res.writeHead(200, { ...headers, "content-length": body.length });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

export interface FirstSearch {
  /** Bytes of response bodies fetched from pagefind/ for the query, as transferred. */
  bytes: number;
  /** Requests made to pagefind/. */
  requests: number;
  /** Milliseconds from starting the search (Pagefind not yet loaded) to the first page of results' data. */
  latencyMs: number;
  results: number;
}

interface PageOutcome {
  ms: number;
  results: number;
  titles: string[];
}

/** Runs the first search on the site in `siteDir` in a fresh browser context. */
export async function measureFirstSearch(siteDir: string, query: string): Promise<FirstSearch> {
  // A site indexed by the Pagefind CLI (the reference) has no manifest and no client of ours.
  const ours = await stat(path.join(siteDir, INDEX_FOLDER, SHARD_MANIFEST)).then(() => true, () => false);
  const { url, server } = await serveFolder(path.resolve(siteDir));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}/`, { waitUntil: "load" });
    const bodies: Promise<number>[] = [];
    page.on("response", (response) => {
      // Bytes as they came over the wire (compressed where the server compressed them).
      if (new URL(response.url()).pathname.startsWith(`/${INDEX_FOLDER}/`)) bodies.push(response.request().sizes().then((s) => s.responseBodySize, () => 0));
    });
    // Our site: the search page's own client (every shard, and the delta bundle with its superseded
    // pages: templates/assets/search-shards.js). The reference: Pagefind's script alone.
    const client = ours ? "/assets/search-shards.js" : null;
    const outcome = await page.evaluate(
      async ({ query, shown, script, manifest, client }): Promise<PageOutcome> => {
        interface Result {
          score: number;
          data(): Promise<{ meta: { title: string } }>;
        }
        interface Pagefind {
          search(term: string): Promise<{ results: Result[] }>;
        }
        interface Client {
          openShards(script: string, manifest: string, options: object): Promise<{ search(term: string): Promise<{ results: Result[] }[]> }>;
          byScore(lists: Result[][]): { length: number; page(from: number, to: number): Promise<{ meta: { title: string } }[]> };
        }
        const started = performance.now();
        // (No named functions in here: the bundler would wrap them in a helper the page does not have.)
        if (client && manifest) {
          const shards: Client = await import(client);
          const index = await shards.openShards(script, manifest, {});
          const merged = shards.byScore((await index.search(query)).map((answer) => answer.results));
          const data = await merged.page(0, shown);
          return { ms: performance.now() - started, results: merged.length, titles: data.map((d) => d.meta.title) };
        }
        const results = (await import(script).then((p: Pagefind) => p.search(query))).results;
        const data = await Promise.all(results.slice(0, shown).map((r) => r.data()));
        return { ms: performance.now() - started, results: results.length, titles: data.map((d) => d.meta.title) };
      },
      { query, shown: FIRST_PAGE_RESULTS, script: `/${INDEX_FOLDER}/pagefind.js`, manifest: ours ? `/${INDEX_FOLDER}/${SHARD_MANIFEST}` : null, client },
    );
    const sizes = await Promise.all(bodies);
    if (outcome.results === 0) throw new Error(`the first search for "${query}" found nothing in ${siteDir}`);
    return { bytes: sizes.reduce((a, b) => a + b, 0), requests: sizes.length, latencyMs: outcome.ms, results: outcome.results };
  } finally {
    await browser.close();
    server.close();
  }
}

export interface SearchPageFigures {
  /** Bytes as transferred for the search: the index (pagefind/) and the search data file. */
  bytes: number;
  /** Of those, the search data file (answers and same-story copies). */
  dataBytes: number;
  /** The search page's own HTML as transferred (not counted in `bytes`). */
  pageBytes: number;
  requests: number;
  /** Milliseconds from the navigation to /tim-kiem/?q=… to the first page of results shown. */
  latencyMs: number;
}

/**
 * The search as readers get it: /tim-kiem/?q=… opened in a fresh browser context, measured until
 * the page shows its first results (answer cards, adjacency check, same-story collapse included).
 */
export async function measureSearchPage(siteDir: string, query: string): Promise<SearchPageFigures> {
  const { url, server } = await serveFolder(path.resolve(siteDir));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext()).newPage();
    const bodies: Promise<{ bytes: number; data: boolean }>[] = [];
    let document: Promise<number> = Promise.resolve(0);
    page.on("response", (response) => {
      if (response.request().isNavigationRequest()) document = response.request().sizes().then((s) => s.responseBodySize, () => 0);
      const pathname = new URL(response.url()).pathname;
      const data = pathname === SEARCH_DATA_PATH;
      if (data || pathname.startsWith(`/${INDEX_FOLDER}/`)) {
        bodies.push(response.request().sizes().then((s) => ({ bytes: s.responseBodySize, data }), () => ({ bytes: 0, data })));
      }
    });
    // The page notes when it is done itself: Playwright looks for the state at growing intervals
    // (up to half a second apart), which added 0–0.5 s to the time it reported.
    await page.addInitScript(() => {
      const seen = window as unknown as { searchDoneAt?: number };
      new MutationObserver(() => {
        if (seen.searchDoneAt === undefined && window.document.getElementById("tim-kiem")?.dataset.state === "done") seen.searchDoneAt = performance.now();
      }).observe(window.document, { subtree: true, attributes: true, attributeFilter: ["data-state"] });
    });
    await page.goto(`${url}${SEARCH_DATA_PATH.replace(/[^/]*$/, "")}?q=${encodeURIComponent(query)}`);
    await page.waitForSelector('#tim-kiem[data-state="done"]', { state: "attached", timeout: 120_000 });
    const latencyMs = await page.evaluate(() => (window as unknown as { searchDoneAt?: number }).searchDoneAt ?? performance.now());
    const shown = await page.locator(".search-result").count();
    if (shown === 0) throw new Error(`the search page found nothing for "${query}" in ${siteDir}`);
    const sizes = await Promise.all(bodies);
    return {
      bytes: sizes.reduce((a, b) => a + b.bytes, 0),
      dataBytes: sizes.filter((b) => b.data).reduce((a, b) => a + b.bytes, 0),
      pageBytes: await document,
      requests: sizes.length,
      latencyMs,
    };
  } finally {
    await browser.close();
    server.close();
  }
}
