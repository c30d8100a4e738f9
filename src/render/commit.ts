/**
 * Putting a built site in place. A full build is written into a folder of its own and swapped with
 * the old site in two renames. A rebuild writes only the files that changed into a staging folder
 * and, once every stage has succeeded, moves them into the site one by one and deletes the files
 * of pages that are gone: the site is never copied, so a small change costs little however large
 * the archive. Either way a build that fails before this step leaves the previous site untouched.
 */
import { mkdir, readdir, rename, rm, rmdir, stat, unlink } from "node:fs/promises";
import path from "node:path";

async function exists(p: string): Promise<boolean> {
  return stat(p).then(() => true, () => false);
}

/** Replaces `outDir` with `builtDir` in two renames, keeping the old site until the new one is in place. */
export async function swapInto(builtDir: string, outDir: string): Promise<void> {
  const old = `${outDir}.old-${process.pid}`;
  const hadOld = await exists(outDir);
  if (hadOld) await rename(outDir, old);
  try {
    await rename(builtDir, outDir);
  } catch (error) {
    if (hadOld) await rename(old, outDir);
    throw error;
  }
  if (hadOld) await rm(old, { recursive: true, force: true });
}

/** Files moved or deleted at a time. */
const CONCURRENT_MOVES = 32;

/**
 * Moves every file of `stagedDir` to the same place in `outDir` (replacing what is there), then
 * deletes `gone` (paths relative to `outDir`) and the folders they leave empty, and `stagedDir`.
 * Folders named in `replaceFolders` (relative to both) are replaced whole instead of file by file,
 * and removed when `stagedDir` has none (every file they held was rendered again, and none is left).
 */
export async function applyStaged(stagedDir: string, outDir: string, gone: readonly string[], replaceFolders: readonly string[] = []): Promise<void> {
  for (const folder of replaceFolders) {
    const staged = path.join(stagedDir, folder);
    const target = path.join(outDir, folder);
    if (!(await exists(staged))) {
      await rm(target, { recursive: true, force: true });
      continue;
    }
    const old = `${target}.old-${process.pid}`;
    if (await exists(target)) await rename(target, old);
    await mkdir(path.dirname(target), { recursive: true });
    await rename(staged, target);
    await rm(old, { recursive: true, force: true });
  }
  const files = (await readdir(stagedDir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.relative(stagedDir, path.join(e.parentPath, e.name)));
  const folders = new Map<string, Promise<unknown>>();
  await limited(files, async (file) => {
    const to = path.join(outDir, file);
    const folder = path.dirname(to);
    let made = folders.get(folder);
    if (!made) folders.set(folder, (made = mkdir(folder, { recursive: true })));
    await made;
    await rename(path.join(stagedDir, file), to);
  });
  await limited(gone, (file) => unlink(path.join(outDir, file)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  }));
  // The folders of deleted pages (an article's own folder), deepest first, while they are empty.
  const emptied = [...new Set(gone.map((file) => path.dirname(file)))].sort((a, b) => b.length - a.length);
  for (const folder of emptied) {
    for (let dir = folder; dir !== "." && dir !== ""; dir = path.dirname(dir)) {
      const removed = await rmdir(path.join(outDir, dir)).then(() => true, () => false);
      if (!removed) break;
    }
  }
  await rm(stagedDir, { recursive: true, force: true });
}

async function limited<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) await work(items[i]!);
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_MOVES, items.length) }, worker));
}
