/**
 * The heap a build may use, sized to what the build keeps live: every article's record and place
 * in the site model (measured at about 16 KiB an article), a run of rendered pages (PAGES_PER_RUN,
 * about 50 KiB a page until the run ends) and room for the collector to work. V8 lets a heap grow
 * far past its live set when the limit allows, so a first build with Node's default limit (about
 * 4 GiB) used half of it at 10,000 articles for a live set under 1 GiB. A first build of an archive
 * (no site to update) therefore runs itself again, once, with a limit sized to it; so does any
 * build of an archive too large for the limit it has. A rebuild of an archive that fits runs as it
 * is, sparing the edit loop a second start.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { totalmem } from "node:os";
import { getHeapStatistics } from "node:v8";
import { manifestFileFor } from "../cache-paths.ts";
import { PROGRAM_RUNNER } from "../compiled.mjs";

/** Set in the environment of the re-run, so it never runs itself again. */
const RERUN_MARK = "VN_ARCHIVE_LARGE_HEAP";
/** The most of the machine's memory a build's heap may take. */
const HEAP_SHARE = 0.75;
/** Heap for the code, a run of pages and the collector's room, whatever the archive's size (MiB). */
const HEAP_BASE_MB = 768;
/**
 * Heap per raw file: its record, its place in the model and review, its pages' descriptions, with room (MiB).
 * 0.032 ran out at 100,000 generated articles (a limit of 3,968 MiB, during the render); 0.12 gives
 * 12,768 MiB there and 1,968 MiB at 10,000 (not yet measured at 100,000, see BENCHMARKS.md).
 */
const HEAP_PER_FILE_MB = 0.12;
/** A first build's limit within this share above the one wanted is close enough not to start again. */
const CLOSE_ENOUGH = 0.25;

/** The heap limit a build of `rawFiles` files should have, in MiB. */
export function buildHeapLimitMb(rawFiles: number): number {
  return Math.min(Math.floor((totalmem() / 2 ** 20) * HEAP_SHARE), Math.ceil(HEAP_BASE_MB + HEAP_PER_FILE_MB * rawFiles));
}

/** How many raw files a content folder holds (a missing folder: none; the build reports it). */
export async function countRawFiles(contentDir: string): Promise<number> {
  try {
    return (await readdir(contentDir, { recursive: true })).filter((f) => /\.txt$/i.test(f)).length;
  } catch {
    return 0;
  }
}

/**
 * The Node flags a build of `contentDir` into `outDir` should run with: a heap limit sized to the
 * archive for a first build or when the current one is too small; none when the limit `current`
 * (MiB) will do.
 */
export async function buildHeapFlags(
  contentDir: string,
  outDir: string,
  { current = getHeapStatistics().heap_size_limit / 2 ** 20, shrink = true }: { current?: number; shrink?: boolean } = {},
): Promise<string[]> {
  const wanted = buildHeapLimitMb(await countRawFiles(contentDir));
  const firstBuild = !existsSync(manifestFileFor(outDir));
  const tooSmall = current < wanted;
  const tooLarge = shrink && firstBuild && current > wanted * (1 + CLOSE_ENOUGH);
  // --expose-gc: the build collects before Pagefind writes each shard of the index (see search/pagefind.ts).
  return tooSmall || tooLarge ? [`--max-old-space-size=${wanted}`, "--expose-gc"] : [];
}

/**
 * When this process's heap limit is not the one a build of `contentDir` into `outDir` should have
 * (buildHeapFlags), runs this same program again with it (same Node flags, arguments, terminal
 * and environment) and resolves to its exit code; resolves to null when this process has the limit
 * it needs or the re-run cannot start, and the caller goes on itself. SIGTERM and SIGHUP are
 * passed on; Ctrl+C reaches both processes from the terminal, so this one only waits for the re-run.
 */
export async function rerunWithBuildHeap(contentDir: string, outDir: string, options: { shrink?: boolean } = {}): Promise<number | null> {
  if (process.env[RERUN_MARK]) return null;
  const flags = await buildHeapFlags(contentDir, outDir, options);
  if (flags.length === 0) return null;
  // Through scripts/run.mjs, which runs TypeScript whether or not this process was started through it.
  const child = spawn(process.execPath, [...process.execArgv, ...flags, PROGRAM_RUNNER, ...process.argv.slice(1)], {
    stdio: "inherit",
    env: { ...process.env, [RERUN_MARK]: "1" },
  });
  const pass = (signal: NodeJS.Signals) => child.kill(signal);
  const wait = () => {};
  process.on("SIGTERM", pass).on("SIGHUP", pass).on("SIGINT", wait);
  try {
    const [code, signal] = (await once(child, "exit")) as [number | null, NodeJS.Signals | null];
    return code ?? (signal === "SIGINT" ? 130 : 1);
  } catch {
    return null;
  } finally {
    process.off("SIGTERM", pass).off("SIGHUP", pass).off("SIGINT", wait);
  }
}
