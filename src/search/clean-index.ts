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
import { gunzip, gzip } from "node:zlib";
import { promisify } from "node:util";
import path from "node:path";
import { withoutDAliases } from "./fold.ts";

/** What Pagefind puts before the JSON of every file it compresses. */
const PAGEFIND_SIGNATURE = "pagefind_dcd";
/** The folder of a bundle holding the fragments (one page each, or a group of pages by hash). */
const FRAGMENT_FOLDER = "fragment";

/** Fragment files read, cleaned and written at a time (zlib works on libuv's thread pool). */
const FILES_IN_FLIGHT = 16;

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

/** Decodes a Pagefind file (gzip of the signature and JSON). */
export async function readPagefindJson(bytes: Buffer, name: string): Promise<unknown> {
  const text = (await gunzipAsync(bytes)).toString("utf8");
  if (!text.startsWith(PAGEFIND_SIGNATURE)) throw new Error(`${name} is not a Pagefind file this build knows (no ${PAGEFIND_SIGNATURE} signature)`);
  return JSON.parse(text.slice(PAGEFIND_SIGNATURE.length));
}

/** Rewrites the fragments of the bundle in `bundleDir` without aliases; returns how many files it rewrote. */
export async function cleanBundle(bundleDir: string): Promise<number> {
  const folder = path.join(bundleDir, FRAGMENT_FOLDER);
  const files = (await readdir(folder).catch(() => [] as string[])).filter((f) => f.endsWith(".pf_fragment"));
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const target = path.join(folder, files[next++]!);
      const json = await readPagefindJson(await readFile(target), target);
      await writeFile(target, await gzipAsync(PAGEFIND_SIGNATURE + JSON.stringify(cleanFragmentJson(json))));
    }
  };
  await Promise.all(Array.from({ length: FILES_IN_FLIGHT }, worker));
  return files.length;
}
