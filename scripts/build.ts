/** `npm run build -- [flags]`: builds the archive into a static site. */
import { parseBuildArgs, BUILD_USAGE, UsageError } from "../src/cli/args.ts";
import { createProgress } from "../src/cli/progress.ts";
import { rerunWithBuildHeap } from "../src/cli/heap.ts";

async function main(): Promise<number> {
  let options;
  try {
    options = parseBuildArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`error: ${error.message}\n\n${BUILD_USAGE}`);
      return 2;
    }
    throw error;
  }
  if (options === "help") {
    console.log(BUILD_USAGE);
    return 0;
  }
  const rerun = await rerunWithBuildHeap(options.contentDir, options.outDir);
  if (rerun !== null) return rerun;
  // Loaded here, not at the top: a process that only re-runs itself with a larger heap never needs it.
  const { build } = await import("../src/build.ts");
  const started = Date.now();
  const progress = createProgress(process.stdout);
  try {
    const report = await build({ ...options, last: true }, (line) => progress.log(line), (stage, done, total) => progress.update(stage, done, total));
    progress.stop();
    for (const s of report.skipped) console.warn(`skipped: ${s.file}: ${s.reason}`);
    for (const u of report.undetermined) console.warn(`check: ${u.file}: ${u.warnings.join("; ")}`);
    console.log(
      `built ${report.articles} articles into ${options.outDir} (${report.skipped.length} skipped, ${report.undetermined.length} to check) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    return 0;
  } catch (error) {
    progress.stop();
    console.error(`build failed: ${(error as Error).message}`);
    console.error(`the previous site in ${options.outDir} was left as it was`);
    return 1;
  }
}

process.exitCode = await main();
