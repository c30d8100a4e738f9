/**
 * The benchmark: generates N articles, builds them with our pipeline (cold, then through the edit
 * loop: a raw file changed, one added, one deleted, a correction, each timed through `npm run
 * build` and through `npm start`) and, side by side, with Hugo + the Pagefind CLI, then measures
 * the first search on both sites. Each build runs in a child process whose whole tree is sampled
 * for memory.
 */
import { appendFile, rm, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { cacheDirFor, type StageTiming } from "../build.ts";
import { generateCorpus, generateArticle } from "./generate.ts";
import { writeHugoProject, referenceCommands } from "./hugo.ts";
import { runMeasured, peakBetween, folderSize, type MeasuredRun } from "./measure.ts";
import { measureFirstSearch, measureSearchPage, FIRST_QUERIES, type FirstSearch, type SearchPageFigures } from "./search.ts";
import { RESULT_PREFIX } from "./run-build.ts";
import { PROGRAM_RUNNER } from "../compiled.mjs";
import { buildHeapFlags } from "../cli/heap.ts";
import { EDITS, applyEdit, timeBuildCommand, Watcher, type EditFigures, type EditKind } from "./edits.ts";

export interface BenchOptions {
  articles: number;
  runs: number;
  seed: number;
  /** Scratch folder for the corpus, the Hugo project and both sites (replaced). */
  workDir: string;
  reference: boolean;
  search: boolean;
  /** Time the edit loop through `npm start` too (the first run). */
  watch: boolean;
}

export type StageName = "ingest" | "render" | "index" | "total";

/** One stage of one build: seconds, peak RSS of the process tree, output bytes. */
export interface StageFigures {
  seconds: number;
  peakRss: number;
  outputBytes: number;
}

export type BuildFigures = Partial<Record<StageName, StageFigures>>;

export interface BenchRun {
  ours: BuildFigures;
  reference: BuildFigures | null;
  /** Why the reference build did not finish (killed for memory, …), when it did not. */
  referenceFailure?: string;
  /** The edit loop through `npm run build` on the built site, by edit. */
  edits: Partial<Record<EditKind, EditFigures>>;
  /** The same edits through `npm start`, timed from the saved file to the rebuilt site (first run only). */
  watched?: Partial<Record<EditKind, EditFigures>>;
}

export interface BenchResult {
  options: BenchOptions;
  rawBytes: number;
  runs: BenchRun[];
  /** Per query: Pagefind's API on both sites (as the reference has no search page), and our search page. */
  search: { query: string; ours: FirstSearch[]; reference: FirstSearch[]; page: SearchPageFigures[] }[];
}

const RUN_BUILD = path.join(path.dirname(new URL(import.meta.url).pathname), "run-build.ts");

interface ChildResult {
  timings: StageTiming[];
  articles: number;
}

function failIfFailed(run: MeasuredRun, what: string): void {
  if (run.exitCode !== 0) {
    const peak = Math.round(peakBetween(run.samples, run.startedAt, run.endedAt) / 2 ** 20);
    const seconds = ((run.endedAt - run.startedAt) / 1000).toFixed(0);
    throw new Error(`${what} failed (exit ${run.exitCode}) after ${seconds} s at a peak of ${peak} MiB:\n${run.stderr.slice(-2000)}${run.stdout.slice(-2000)}`);
  }
}

/** Runs our build of `contentDir` into `siteDir` in a child process and measures each stage. */
async function buildOurs(contentDir: string, siteDir: string): Promise<BuildFigures> {
  // With the heap limit `npm run build` gives itself (src/cli/heap.ts), without its extra process.
  // Run as `npm run build` runs its program: compiled, without tsx's loader.
  const run = await runMeasured(process.execPath, [...(await buildHeapFlags(contentDir, siteDir)), PROGRAM_RUNNER, RUN_BUILD, contentDir, siteDir]);
  failIfFailed(run, "our build");
  const line = run.stdout.split("\n").find((l) => l.startsWith(RESULT_PREFIX));
  if (!line) throw new Error(`our build printed no result:\n${run.stdout.slice(-2000)}`);
  const result = JSON.parse(line.slice(RESULT_PREFIX.length)) as ChildResult;
  const figures: BuildFigures = {};
  const span = (stage: string) => result.timings.find((t) => t.stage === stage)!;
  const ingestBytes = await folderSize(cacheDirFor(contentDir)).catch(() => 0);
  const pagefindBytes = await folderSize(path.join(siteDir, "pagefind"));
  const siteBytes = await folderSize(siteDir);
  const outputs: Record<string, number> = { ingest: ingestBytes, render: siteBytes - pagefindBytes, index: pagefindBytes };
  for (const stage of ["ingest", "render", "index"] as const) {
    const t = span(stage);
    figures[stage] = { seconds: (t.endedAt - t.startedAt) / 1000, peakRss: peakBetween(run.samples, t.startedAt, t.endedAt), outputBytes: outputs[stage]! };
  }
  figures.total = { seconds: (run.endedAt - run.startedAt) / 1000, peakRss: peakBetween(run.samples, run.startedAt, run.endedAt), outputBytes: siteBytes };
  return figures;
}

/** Builds the reference site with Hugo, then indexes it with the Pagefind CLI. */
async function buildReference(projectDir: string, siteDir: string): Promise<BuildFigures> {
  const commands = referenceCommands(projectDir, siteDir);
  const render = await runMeasured(...commands.render);
  failIfFailed(render, "hugo");
  const renderBytes = await folderSize(siteDir);
  const index = await runMeasured(...commands.index);
  failIfFailed(index, "pagefind");
  const pagefindBytes = await folderSize(path.join(siteDir, "pagefind"));
  const seconds = (r: MeasuredRun) => (r.endedAt - r.startedAt) / 1000;
  const peak = (r: MeasuredRun) => peakBetween(r.samples, r.startedAt, r.endedAt);
  return {
    render: { seconds: seconds(render), peakRss: peak(render), outputBytes: renderBytes },
    index: { seconds: seconds(index), peakRss: peak(index), outputBytes: pagefindBytes },
    total: { seconds: seconds(render) + seconds(index), peakRss: Math.max(peak(render), peak(index)), outputBytes: renderBytes + pagefindBytes },
  };
}

/** Runs the whole benchmark; `progress` receives one line per step. */
export async function runBenchmark(options: BenchOptions, progress: (line: string) => void = () => {}): Promise<BenchResult> {
  const work = path.resolve(options.workDir);
  const contentDir = path.join(work, "content");
  const oursDir = path.join(work, "site-ours");
  const hugoDir = path.join(work, "hugo");
  const refDir = path.join(work, "site-reference");
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });

  progress(`generating ${options.articles} articles (seed ${options.seed})`);
  const rawBytes = await generateCorpus(contentDir, options.articles, options.seed);
  if (options.reference) {
    progress("writing the Hugo project from the extracted article text");
    await writeHugoProject(contentDir, hugoDir);
  }

  const runs: BenchRun[] = [];
  for (let i = 0; i < options.runs; i++) {
    progress(`run ${i + 1}/${options.runs}: our build (cold)`);
    await rm(cacheDirFor(contentDir), { recursive: true, force: true });
    await rm(oursDir, { recursive: true, force: true });
    const ours = await buildOurs(contentDir, oursDir);
    const edits: BenchRun["edits"] = {};
    for (const kind of EDITS) {
      progress(`run ${i + 1}/${options.runs}: edit loop, ${kind}, npm run build`);
      await applyEdit(kind, i, contentDir, options.seed, options.articles);
      edits[kind] = await timeBuildCommand(contentDir, oursDir);
    }
    let watched: BenchRun["watched"];
    if (options.watch) {
      progress(`run ${i + 1}/${options.runs}: edit loop through npm start`);
      watched = {};
      const watcher = await Watcher.start(contentDir, oursDir);
      try {
        for (const kind of EDITS) watched[kind] = await watcher.time(() => applyEdit(kind, 100 + i, contentDir, options.seed, options.articles));
      } finally {
        await watcher.stop();
      }
    }
    let reference: BuildFigures | null = null;
    let referenceFailure: string | undefined;
    if (options.reference) {
      progress(`run ${i + 1}/${options.runs}: Hugo + Pagefind CLI`);
      await rm(refDir, { recursive: true, force: true });
      // A reference that cannot finish (the Pagefind CLI out of memory) is a result too, not the end of the run.
      reference = await buildReference(hugoDir, refDir).catch((error: Error) => {
        referenceFailure = error.message.split("\n")[0];
        progress(`reference failed: ${referenceFailure}`);
        return null;
      });
    }
    runs.push({ ours, reference, ...(referenceFailure ? { referenceFailure } : {}), edits, ...(watched ? { watched } : {}) });
    await appendFile(path.join(work, "runs.ndjson"), `${JSON.stringify(runs.at(-1))}\n`);
  }

  const search: BenchResult["search"] = [];
  if (options.search) {
    for (const query of FIRST_QUERIES) {
      progress(`first search "${query}" (${options.runs}×, fresh browser each time)`);
      const entry = { query, ours: [] as FirstSearch[], reference: [] as FirstSearch[], page: [] as SearchPageFigures[] };
      for (let i = 0; i < options.runs; i++) {
        entry.ours.push(await measureFirstSearch(oursDir, query));
        entry.page.push(await measureSearchPage(oursDir, query));
        if (runs.every((r) => r.reference)) entry.reference.push(await measureFirstSearch(refDir, query));
      }
      search.push(entry);
    }
  }
  return { options, rawBytes, runs, search };
}
