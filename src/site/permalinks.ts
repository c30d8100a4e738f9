/**
 * Permanent article URLs. A YAML file beside the content folder (`content/permalinks.yaml` for
 * `content/raw`) maps each article id to the URL it was first published under. The build reads it,
 * gives each new article a URL that no entry holds, and appends the new entries; it never changes
 * or removes one, so a published URL keeps pointing at its article whatever happens to its title,
 * and a new article can never take it over. An editor may move an article by hand: a new `url`,
 * with the old ones under `redirectFrom`, which then serve a page that redirects.
 */
import { readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import matter from "gray-matter";
import { SECTIONS } from "./sections.ts";
import { shortHash, slug } from "./slug.ts";

/** An article's permanent URL (a site path, "/bai-viet/slug/") and the old URLs that redirect to it. */
export interface PermalinkEntry {
  url: string;
  redirectFrom: string[];
}

/** URLs by article id. */
export type ArticleUrls = Map<string, string>;

/** The permalinks of one content folder, as read. */
export interface Permalinks {
  /** Path of the permalinks file (it need not exist). */
  file: string;
  byId: Map<string, PermalinkEntry>;
  /** The file's text as read, null when there was none: new entries are appended to exactly this. */
  text: string | null;
}

/** Thrown when the permalinks file cannot be read as permalinks: the build stops rather than guess at URLs. */
export class PermalinksError extends Error {}

/** The permalinks file of a content folder: `DIR/../permalinks.yaml`, beside corrections.yaml. */
export function permalinksPath(contentDir: string): string {
  return path.join(path.dirname(path.resolve(contentDir)), "permalinks.yaml");
}

/** An article URL: the article section and one slug of lower-case letters, digits and hyphens. */
const ARTICLE_URL = new RegExp(`^/${SECTIONS.article}/[a-z0-9]+(?:-[a-z0-9]+)*/$`);

/** An old URL to redirect from: a site path other than "/", without a query, fragment, "." or ".." segment. */
const OLD_URL = /^\/(?:[A-Za-z0-9_~%!$&'()*+,;=:@-][A-Za-z0-9._~%!$&'()*+,;=:@-]*\/?)+$/;

/** gray-matter's own YAML engine (js-yaml, safe loading): it reads 100,000 entries in a fraction of a second. */
const { yaml } = (matter as unknown as { engines: { yaml: { parse: (input: string) => unknown } } }).engines;

/** The header of a new permalinks file, for the editors who find it. */
export const PERMALINKS_HEADER = `# Permanent addresses of the archive's articles: article id → URL, one line each.
# The build adds every new article here and never changes an entry, so a published URL keeps
# pointing at its article even when its title is corrected. Commit this file together with content/.
# To move an article by hand, give it a new url and keep the old one under redirectFrom:
#   "vov/2024/doi-thoai":
#     url: /${SECTIONS.article}/doi-thoai-quoc-phong/
#     redirectFrom: [/${SECTIONS.article}/doi-thoai/]
# The old address then serves a page that redirects to the new one (and a _redirects rule).
`;

/** Parses and checks the text of a permalinks file; throws a PermalinksError listing every problem. */
export function parsePermalinks(text: string, file = "permalinks.yaml"): Map<string, PermalinkEntry> {
  let data: unknown;
  try {
    data = yaml.parse(text);
  } catch (error) {
    throw new PermalinksError(`${file}: not valid YAML: ${(error as Error).message.split("\n")[0]}`);
  }
  const byId = new Map<string, PermalinkEntry>();
  if (data === null || data === undefined) return byId;
  if (typeof data !== "object" || Array.isArray(data)) throw new PermalinksError(`${file}: expected a mapping from article id to URL`);
  const problems: string[] = [];
  for (const [id, value] of Object.entries(data as Record<string, unknown>)) {
    const entry = toEntry(value);
    if (typeof entry === "string") problems.push(`${id}: ${entry}`);
    else byId.set(id, entry);
  }
  problems.push(...conflicts(byId));
  if (problems.length > 0) throw new PermalinksError(`${file}: ${problems.join("; ")}`);
  return byId;
}

/** One entry as written (a URL, or `{ url, redirectFrom }`), or what is wrong with it. */
function toEntry(value: unknown): PermalinkEntry | string {
  const raw = typeof value === "string" ? { url: value } : value;
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return "expected a URL or { url, redirectFrom }";
  const { url, redirectFrom = [], ...rest } = raw as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return `unknown field(s) ${Object.keys(rest).join(", ")}`;
  if (typeof url !== "string" || !ARTICLE_URL.test(url)) return `url must look like /${SECTIONS.article}/some-slug/, got ${JSON.stringify(url)}`;
  const from = typeof redirectFrom === "string" ? [redirectFrom] : redirectFrom;
  if (!Array.isArray(from) || from.some((u) => typeof u !== "string" || !OLD_URL.test(u) || /\/\.\.?(?:\/|$)/.test(u))) {
    return `redirectFrom must be site paths starting with "/" (other than "/"), got ${JSON.stringify(redirectFrom)}`;
  }
  return { url, redirectFrom: from as string[] };
}

/** URLs claimed twice: by two articles, or as one article's URL and a redirect (which would hide it). */
function conflicts(byId: ReadonlyMap<string, PermalinkEntry>): string[] {
  const owner = new Map<string, string>();
  const problems: string[] = [];
  const claim = (url: string, claim: string) => {
    const key = url.replace(/\/$/, "");
    const earlier = owner.get(key);
    if (earlier !== undefined) problems.push(`${url} is claimed twice (${earlier}; ${claim})`);
    else owner.set(key, claim);
  };
  for (const [id, entry] of byId) claim(entry.url, `url of ${id}`);
  for (const [id, entry] of byId) for (const from of entry.redirectFrom) claim(from, `redirectFrom of ${id}`);
  return problems;
}

/**
 * The last file parsed and what it gave: under `npm start` every rebuild reads the same file
 * (10,000 entries take about 50 ms to parse), and takes the entries from here while its text is the same.
 * Callers never change the entries.
 */
let parsed: { file: string; text: string; byId: Map<string, PermalinkEntry> } | null = null;

/** Reads the permalinks of a content folder; a missing file means none yet. */
export async function loadPermalinks(contentDir: string): Promise<Permalinks> {
  const file = permalinksPath(contentDir);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { file, byId: new Map(), text: null };
    throw error;
  }
  if (parsed?.file !== file || parsed.text !== text) parsed = { file, text, byId: parsePermalinks(text, file) };
  return { file, byId: parsed.byId, text };
}

/** What a build needs to know of an article to give it a URL. */
export interface Titled {
  id: string;
  title: string;
}

/**
 * The URL of every article: its entry's when it has one; otherwise the first free one of
 * /bai-viet/<slug of title>/, then with a short hash of its id, then with a counter. New articles
 * are taken in id order, so the result does not depend on the order files were read in, and a
 * first build gives the URLs earlier versions gave (the first id keeps the bare slug).
 */
export function assignPermalinks(articles: readonly Titled[], known: ReadonlyMap<string, PermalinkEntry>): { urls: ArticleUrls; added: [id: string, url: string][] } {
  const taken = new Set<string>();
  for (const entry of known.values()) {
    taken.add(entry.url.replace(/\/$/, ""));
    for (const from of entry.redirectFrom) taken.add(from.replace(/\/$/, ""));
  }
  const urls: ArticleUrls = new Map();
  const added: [string, string][] = [];
  for (const { id, title } of [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const entry = known.get(id);
    if (entry) {
      urls.set(id, entry.url);
      continue;
    }
    const base = slug(title);
    const candidates = function* () {
      yield base;
      yield `${base}-${shortHash(id)}`;
      for (let n = 2; ; n++) yield `${base}-${shortHash(id)}-${n}`;
    };
    for (const s of candidates()) {
      const url = `/${SECTIONS.article}/${s}/`;
      if (taken.has(url.replace(/\/$/, ""))) continue;
      taken.add(url.replace(/\/$/, ""));
      urls.set(id, url);
      added.push([id, url]);
      break;
    }
  }
  return { urls, added };
}

/** The permalinks file's text with `added` appended (the text before them unchanged, byte for byte). */
export function appendPermalinks(text: string | null, added: readonly (readonly [string, string])[]): string {
  const before = text === null ? PERMALINKS_HEADER : text === "" || text.endsWith("\n") ? text : `${text}\n`;
  // Ids as JSON strings: valid YAML whatever characters a file name has.
  return before + added.map(([id, url]) => `${JSON.stringify(id)}: ${url}\n`).join("");
}

/**
 * Appends new entries to the permalinks file (written beside it, then renamed into place). Fails
 * when the file changed since it was read, rather than lose an editor's change.
 */
export async function savePermalinks(permalinks: Permalinks, added: readonly (readonly [string, string])[]): Promise<void> {
  if (added.length === 0) return;
  const now = await readFile(permalinks.file, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null;
    throw error;
  });
  if (now !== permalinks.text) throw new PermalinksError(`${permalinks.file} changed during the build; build again`);
  const temp = `${permalinks.file}.${process.pid}.tmp`;
  await writeFile(temp, appendPermalinks(permalinks.text, added));
  await rename(temp, permalinks.file);
}

/** An old URL that redirects, the permanent URL it redirects to, and the article's id. */
export interface Redirect {
  from: string;
  to: string;
  id: string;
}

/** The redirects of the articles in this build (an entry whose article is gone redirects nowhere). */
export function redirectsFor(known: ReadonlyMap<string, PermalinkEntry>, liveIds: Iterable<string>): Redirect[] {
  const redirects: Redirect[] = [];
  for (const id of liveIds) {
    const entry = known.get(id);
    for (const from of entry?.redirectFrom ?? []) redirects.push({ from, to: entry!.url, id });
  }
  return redirects.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}
