/**
 * Page reuse between builds: a manifest records each page's fingerprint and the code and
 * deployment it was rendered with; a page whose fingerprint is unchanged is taken from the
 * previous site (hard-linked, or copied where links are not possible) instead of rendered again.
 */
import { existsSync } from "node:fs";
import { readFile, writeFile, link, copyFile, mkdir, rename } from "node:fs/promises";
import path from "node:path";
import type { PageEntry } from "./page-sets.ts";

/** What the previous build rendered. */
export interface PageManifest {
  /** Code, dependencies and deployment the pages were rendered with; another version reuses nothing. */
  version: string;
  /** Output file → fingerprint. */
  pages: Record<string, string>;
}

/** Reads a manifest; a missing or unreadable one means nothing can be reused. */
export async function loadManifest(file: string): Promise<PageManifest | null> {
  try {
    const parsed = JSON.parse(await readFile(file, "utf8")) as PageManifest;
    return typeof parsed.version === "string" && typeof parsed.pages === "object" ? parsed : null;
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
}

/** The manifest of a build that renders `pages` with `version`. */
export function manifestOf(version: string, pages: readonly PageEntry[]): PageManifest {
  return { version, pages: Object.fromEntries(pages.map((p) => [p.file, p.key])) };
}

/**
 * The pages that can be taken from `previousSite`: same version, same fingerprint, not rendered
 * every build, and still there on disk.
 */
export function reusablePages(previous: PageManifest | null, version: string, pages: readonly PageEntry[], previousSite: string): PageEntry[] {
  if (!previous || previous.version !== version || !existsSync(previousSite)) return [];
  return pages.filter((p) => !p.always && previous.pages[p.file] === p.key && existsSync(path.join(previousSite, p.file)));
}

/** Pages linked at a time (links and folders made on libuv's thread pool). */
const CONCURRENT_LINKS = 32;

/**
 * Puts each reused page of `fromDir` into `toDir` (a hard link: no bytes copied; a copy where
 * links are not possible) and reports it, CONCURRENT_LINKS at a time.
 */
export async function carryOver(
  pages: readonly PageEntry[],
  fromDir: string,
  toDir: string,
  onPage: (page: PageEntry, file: string) => Promise<void> = async () => {},
): Promise<void> {
  const folders = new Map<string, Promise<unknown>>();
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < pages.length; i = next++) {
      const page = pages[i]!;
      const from = path.join(fromDir, page.file);
      const to = path.join(toDir, page.file);
      const folder = path.dirname(to);
      let made = folders.get(folder);
      if (!made) folders.set(folder, (made = mkdir(folder, { recursive: true })));
      await made;
      await link(from, to).catch((error: NodeJS.ErrnoException) => {
        // Another file system, or one without hard links: copy. Anything else (EEXIST) is a bug.
        if (error.code === "EXDEV" || error.code === "EPERM" || error.code === "ENOTSUP") return copyFile(from, to);
        throw error;
      });
      await onPage(page, to);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_LINKS, pages.length) }, worker));
}
