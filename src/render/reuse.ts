/**
 * Page reuse between builds: a manifest records each page's fingerprint and the code and
 * deployment it was rendered with, and what the search index holds; a page whose fingerprint is
 * unchanged stays as it is on the site instead of being rendered again.
 */
import { existsSync } from "node:fs";
import { readFile, writeFile, mkdir, rename, stat } from "node:fs/promises";
import path from "node:path";
import type { PageEntry } from "./page-sets.ts";
import type { SearchState } from "../search/delta.ts";

/** What the previous build rendered. */
export interface PageManifest {
  /** Code, dependencies and deployment the pages were rendered with; another version reuses nothing. */
  version: string;
  /** Output file → fingerprint. */
  pages: Record<string, string>;
  /** The site's search index (see src/search/delta.ts). */
  search?: SearchState;
  /** Fingerprints of the site-wide outputs (see describeSiteWide). */
  siteWide?: Record<string, string>;
}

/**
 * The manifest this process last wrote or read, with the stamp of its file: under `npm start`
 * each rebuild reads the manifest the build before it wrote (4.7 MB of JSON at 10,000 articles),
 * and takes it from here while the file is unchanged. Callers never change a manifest.
 */
let kept: { file: string; stamp: string; manifest: PageManifest } | null = null;

async function stampOf(file: string): Promise<string> {
  const s = await stat(file);
  return `${s.ino} ${s.size} ${s.mtimeMs}`;
}

/** Reads a manifest; a missing or unreadable one means nothing can be reused. */
export async function loadManifest(file: string): Promise<PageManifest | null> {
  try {
    const stamp = await stampOf(file);
    if (kept?.file === file && kept.stamp === stamp) return kept.manifest;
    const parsed = JSON.parse(await readFile(file, "utf8")) as PageManifest;
    if (typeof parsed.version !== "string" || typeof parsed.pages !== "object") return null;
    kept = { file, stamp, manifest: parsed };
    return parsed;
  } catch {
    return null;
  }
}

/** Writes the manifest beside its final name, then renames it into place. */
export async function saveManifest(file: string, manifest: PageManifest): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, JSON.stringify(manifest));
  await rename(temp, file);
  kept = { file, stamp: await stampOf(file), manifest };
}

/** The manifest of a build that renders `pages` and the site-wide outputs `siteWide` with `version`, its search index in `search`. */
export function manifestOf(version: string, pages: readonly PageEntry[], siteWide: Record<string, string>, search: SearchState): PageManifest {
  return { version, pages: Object.fromEntries(pages.map((p) => [p.file, p.key])), siteWide, search };
}

/**
 * The pages that can stay as they are in `previousSite`: same version, same fingerprint. The
 * site is the build's alone (no one edits _site/): the manifest is
 * removed while the site changes, so a manifest describes the files on disk.
 */
export function reusablePages(previous: PageManifest | null, version: string, pages: readonly PageEntry[], previousSite: string): PageEntry[] {
  if (!previous || previous.version !== version || !existsSync(previousSite)) return [];
  return pages.filter((p) => previous.pages[p.file] === p.key);
}
