/**
 * Makes what a Pagefind client receives read as the article does. Pagefind indexes the đ-aliased
 * copy of each page (fold.ts), and it stores the text it indexed in the page's fragment: the
 * content excerpts are cut from, the metadata (the title) and the headings. After a bundle is
 * written, each fragment file is rewritten with the aliases removed, so Pagefind's own API and UI
 * show "Đối thoại" where the index holds "Đối-Dối thoại".
 *
 * Word positions stay right: an aliased word and its alias are one word of the content (Pagefind
 * splits content at spaces), so removing the alias leaves every word at its place, and excerpts
 * and highlights fall where they did. The index chunks, which hold both spellings, are untouched.
 * A fragment keeps its file name (a hash of what Pagefind wrote): the same page always gets the
 * same clean text, so the name still names one content and may be cached for good.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import { readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { gunzip, gunzipSync, gzip, gzipSync } from "node:zlib";
import { promisify } from "node:util";
import path from "node:path";
import { withoutDAliases } from "./fold.ts";
import { startTsWorker } from "../ts-worker.ts";

/** What Pagefind puts before the JSON or CBOR of every file it compresses. */
export const PAGEFIND_SIGNATURE = "pagefind_dcd";
/** The folder of a bundle holding the fragments (one page each, or a group of pages by hash). */
const FRAGMENT_FOLDER = "fragment";

/** Fragment files read, cleaned and written at a time in this thread (zlib works on libuv's thread pool). */
const FILES_IN_FLIGHT = 16;
/**
 * Fragment files each worker thread must have before the cleaning is shared among workers: starting
 * one (tsx and this module) takes about 0.17 s, the time this thread cleans some 400 files in.
 */
const FILES_PER_WORKER = 2_000;

const gunzipAsync = promisify(gunzip);
const gzipAsync = promisify(gzip);

/** The part of a Pagefind fragment that readers see. */
export interface Fragment {
  url: string;
  content: string;
  meta?: Record<string, string>;
  anchors?: { text?: string; [other: string]: unknown }[];
  [other: string]: unknown;
}

const isFragment = (value: unknown): value is Fragment =>
  typeof value === "object" && value !== null && typeof (value as Fragment).content === "string" && typeof (value as Fragment).url === "string";

/** One fragment with the aliases removed from its content, metadata values and heading texts. */
export function cleanFragment(fragment: Fragment): Fragment {
  return {
    ...fragment,
    content: withoutDAliases(fragment.content),
    ...(fragment.meta && { meta: Object.fromEntries(Object.entries(fragment.meta).map(([k, v]) => [k, withoutDAliases(v)])) }),
    ...(fragment.anchors && { anchors: fragment.anchors.map((a) => (typeof a.text === "string" ? { ...a, text: withoutDAliases(a.text) } : a)) }),
  };
}

/** A fragment file's JSON (one fragment, or a group keyed by page hash) with every fragment cleaned. */
export function cleanFragmentJson(json: unknown): unknown {
  if (isFragment(json)) return cleanFragment(json);
  if (typeof json === "object" && json !== null) {
    return Object.fromEntries(Object.entries(json).map(([hash, value]) => [hash, isFragment(value) ? cleanFragment(value) : value]));
  }
  return json;
}

/** The JSON of a Pagefind file's inflated text (the signature, then JSON). */
function parsePagefindText(text: string, name: string): unknown {
  if (!text.startsWith(PAGEFIND_SIGNATURE)) throw new Error(`${name} is not a Pagefind file this build knows (no ${PAGEFIND_SIGNATURE} signature)`);
  return JSON.parse(text.slice(PAGEFIND_SIGNATURE.length));
}

/** Decodes a Pagefind file (gzip of the signature and JSON). */
export async function readPagefindJson(bytes: Buffer, name: string): Promise<unknown> {
  return parsePagefindText((await gunzipAsync(bytes)).toString("utf8"), name);
}

/** The text of a Pagefind file holding a fragment file's JSON cleaned, before it is gzipped. */
const cleanText = (json: unknown): string => PAGEFIND_SIGNATURE + JSON.stringify(cleanFragmentJson(json));

/** Rewrites one fragment file without aliases, synchronously (in a worker thread: clean-worker.ts). */
export function cleanFileSync(target: string): void {
  writeFileSync(target, gzipSync(cleanText(parsePagefindText(gunzipSync(readFileSync(target)).toString("utf8"), target))));
}

/** Cleans `targets` in this thread, FILES_IN_FLIGHT at a time. */
async function cleanHere(targets: readonly string[]): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < targets.length) {
      const target = targets[next++]!;
      await writeFile(target, await gzipAsync(cleanText(await readPagefindJson(await readFile(target), target))));
    }
  };
  await Promise.all(Array.from({ length: FILES_IN_FLIGHT }, worker));
}

/** Cleans `targets` in a worker thread (clean-worker.ts). */
function cleanInWorker(targets: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = startTsWorker(new URL("./clean-worker.ts", import.meta.url), { workerData: { targets } });
    // A worker that throws reports its error before it exits; the promise keeps the first outcome.
    worker.once("error", reject);
    worker.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`cleaning the search index's fragments stopped (worker exit code ${code})`))));
  });
}

/**
 * Rewrites the fragments of the bundle in `bundleDir` without aliases; returns how many files it
 * rewrote. A whole index's fragments (10,000 at 10,000 articles) are shared among worker threads,
 * one per core, since nothing else runs then; a delta's few are cleaned in this thread (tests
 * set `filesPerWorker` lower to share a small bundle).
 */
export async function cleanBundle(bundleDir: string, { filesPerWorker = FILES_PER_WORKER } = {}): Promise<number> {
  const folder = path.join(bundleDir, FRAGMENT_FOLDER);
  const files = (await readdir(folder).catch(() => [] as string[])).filter((f) => f.endsWith(".pf_fragment"));
  const targets = files.map((file) => path.join(folder, file));
  const workers = Math.min(availableParallelism(), Math.floor(targets.length / filesPerWorker));
  if (workers < 2) await cleanHere(targets);
  else await Promise.all(Array.from({ length: workers }, (_, w) => cleanInWorker(targets.filter((_, i) => i % workers === w))));
  return files.length;
}
