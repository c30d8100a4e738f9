/**
 * `npm start [-- build flags]`: builds the site, serves it on http://localhost:8080 (or $PORT)
 * with live reload, and rebuilds whenever a raw article or the corrections file is added,
 * changed or deleted. A failed rebuild is printed and the previous site keeps being served.
 */
import path from "node:path";
import { createServer } from "node:net";
import { parseBuildArgs, BUILD_USAGE, UsageError, type BuildOptions } from "../src/cli/args.ts";
import { createProgress } from "../src/cli/progress.ts";
import { correctionsPath } from "../src/ingest/corrections.ts";
import { rerunWithBuildHeap } from "../src/cli/heap.ts";
import { warmUp } from "../src/ingest/pool.ts";

/** Port when $PORT is not set. */
const DEFAULT_PORT = 8080;
/** Quiet time after the last file event before a rebuild starts, so a batch of copied files builds once. */
const REBUILD_DEBOUNCE_MS = 150;
/** How long a file must stop growing before it counts as written (large files copied in). */
const WRITE_SETTLE_MS = 100;

function parseOptions(): BuildOptions | number {
  try {
    const options = parseBuildArgs(process.argv.slice(2));
    if (options !== "help") return options;
    console.log(BUILD_USAGE.replace("npm run build", "npm start"));
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`error: ${error.message}\n\n${BUILD_USAGE.replace("npm run build", "npm start")}`);
    return 2;
  }
}

/** Is the port free to listen on? (Checked before building, so a busy port is reported at once.) */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
}

/** Builds once; prints the outcome and returns whether it succeeded. */
async function buildOnce(options: BuildOptions, interactive: boolean): Promise<boolean> {
  const started = Date.now();
  const progress = createProgress(process.stdout, interactive);
  try {
    const { build } = await import("../src/build.ts");
    const report = await build(options, (line) => progress.log(line), (stage, done, total) => progress.update(stage, done, total));
    progress.stop();
    for (const s of report.skipped) console.warn(`skipped: ${s.file}: ${s.reason}`);
    console.log(`built ${report.articles} articles (${report.skipped.length} skipped) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return true;
  } catch (error) {
    progress.stop();
    console.error(`build failed: ${(error as Error).message}`);
    console.error("still serving the previous site");
    return false;
  }
}

async function main(): Promise<number> {
  // Loaded here, not at the top: a process that only re-runs itself with a larger heap never needs them.
  const [{ default: chokidar }, { default: EleventyDevServer }] = await Promise.all([import("chokidar"), import("@11ty/eleventy-dev-server")]);
  const options = parseOptions();
  if (typeof options === "number") return options;
  const contentDir = path.resolve(options.contentDir);
  const outDir = path.resolve(options.outDir);
  const correctionsFile = correctionsPath(contentDir);
  const port = Number(process.env.PORT) || DEFAULT_PORT;
  if (!(await portIsFree(port))) {
    console.error(`error: port ${port} is in use (another npm start?); choose another with PORT, e.g. PORT=${port + 1} npm start`);
    return 1;
  }

  // Every build starts loading Eleventy (src/build.ts), so a first build that rendered nothing leaves it loaded for the first edit.
  await buildOnce(options, process.stdout.isTTY === true);
  // A build starts an extraction worker only when a file needs reading; the watcher has time to
  // spare, so one loads now and the first edited file finds it ready.
  warmUp();

  // The server looks files up by path on every request, so it keeps serving the output folder
  // after each build swaps a new folder into place under the same name.
  const server = new EleventyDevServer("vn-archive", outDir, {
    port,
    pathPrefix: options.basePath,
    liveReload: true,
    domDiff: false,
    portReassignmentRetryCount: 0,
    messageOnStart: () => false,
  });
  server.serve(port);
  await server.ready();

  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let pending: string[] = [];
  const rebuild = async (): Promise<void> => {
    if (running) return;
    running = true;
    while (pending.length > 0) {
      const changes = pending;
      pending = [];
      console.log(`rebuilding: ${changes.slice(0, 3).join(", ")}${changes.length > 3 ? ` and ${changes.length - 3} more` : ""}`);
      if (await buildOnce(options, false)) server.reload({});
    }
    running = false;
  };
  const inContent = (file: string): boolean => path.resolve(file).startsWith(contentDir + path.sep);
  const isContent = (file: string): boolean => path.resolve(file) === correctionsFile || (/\.txt$/i.test(file) && inContent(file));
  const onEvent = (event: string, file: string): void => {
    if (!isContent(file)) return;
    pending.push(`${event} ${path.relative(".", file)}`);
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), REBUILD_DEBOUNCE_MS);
  };
  const watcher = chokidar.watch([contentDir, path.dirname(correctionsFile)], {
    ignoreInitial: true,
    awaitWriteFinish: { stabilityThreshold: WRITE_SETTLE_MS, pollInterval: 50 },
    // Only the content folder and the corrections file beside it; never the output folder or caches.
    ignored: (file: string) => {
      const p = path.resolve(file);
      const wanted = p === contentDir || p.startsWith(contentDir + path.sep) || p === correctionsFile || p === path.dirname(correctionsFile);
      return !wanted || p.startsWith(outDir) || p.includes(`${path.sep}node_modules${path.sep}`);
    },
  });
  watcher.on("add", (f) => onEvent("added", f)).on("change", (f) => onEvent("changed", f)).on("unlink", (f) => onEvent("deleted", f));
  // A deleted or renamed subfolder may not report each of its files.
  watcher.on("unlinkDir", (d) => inContent(d) && onEvent("deleted folder", `${d}${path.sep}*.txt`));
  // Said only once the watcher has looked at every file: a file saved before that would go unseen.
  await new Promise<void>((resolve) => watcher.once("ready", () => resolve()));
  console.log(`serving ${server.getServerUrl("localhost")} (Ctrl+C to stop); watching ${path.relative(".", contentDir) || "."} and ${path.relative(".", correctionsFile)}`);

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  clearTimeout(timer);
  if (running) console.log("stopping after the build in progress…");
  await watcher.close();
  await server.close();
  return 0;
}

/** Builds and serves; a heap too small for the archive is made larger first (never smaller: the archive may grow while it runs). */
async function start(): Promise<number> {
  const options = parseOptions();
  if (typeof options === "number") return options;
  return (await rerunWithBuildHeap(options.contentDir, options.outDir, { shrink: false })) ?? (await main());
}

process.exitCode = await start();
