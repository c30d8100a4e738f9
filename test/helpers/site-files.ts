/** Helpers for tests over a built site: list its pages, read their links, resolve them to files. */
import assert from "node:assert/strict";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";

/** Every file under `dir`, as paths relative to it with forward slashes. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
}

/** The URLs in href/src/action attributes of an HTML page (entities decoded for &amp; only). */
export function pageLinks(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));
}

/**
 * The site file an internal link points to, "" for external links, or null when it is broken.
 * `pageUrl` is the site path of the page the link is on (with the base path).
 */
export async function linkTarget(root: string, basePath: string, pageUrl: string, link: string): Promise<string | null | ""> {
  if (/^(?:[a-z]+:|#)/i.test(link) && !link.startsWith("http://127.0.0.1")) return "";
  const url = new URL(link, `http://site.invalid${pageUrl}`);
  const p = decodeURIComponent(url.pathname);
  if (!p.startsWith(basePath)) return null;
  const file = path.join(root, p.slice(basePath.length));
  const isFile = (f: string) => stat(f).then((s) => s.isFile(), () => false);
  if (await isFile(file)) return file;
  if (await isFile(path.join(file, "index.html"))) return path.join(file, "index.html");
  return null;
}

/** The site path of an output file ("doi-tac/lao/index.html" → "/base/doi-tac/lao/"). */
export function fileUrl(basePath: string, file: string): string {
  return basePath + file.replace(/(^|\/)index\.html$/, "$1");
}

export async function readText(root: string, file: string): Promise<string> {
  return readFile(path.join(root, file), "utf8");
}

/**
 * Fails unless the two sites have the same files with the same bytes, the search index aside: a
 * rebuild keeps the main bundle and adds a delta bundle (src/search/delta.ts), whose answers
 * test/search-delta.browser.test.ts compares with a full build's.
 */
export async function assertSameSite(actual: string, expected: string): Promise<void> {
  const ordered = (f: string) => f.startsWith("pagefind/");
  const [a, e] = [(await listFiles(actual)).filter((f) => !ordered(f)), (await listFiles(expected)).filter((f) => !ordered(f))];
  assert.deepEqual(a, e, "the same files");
  for (const file of e) {
    const [x, y] = [await readFile(path.join(actual, file)), await readFile(path.join(expected, file))];
    assert.ok(x.equals(y), `${file} differs from a full build`);
  }
}
