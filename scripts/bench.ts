/** `npm run bench -- --articles N [--runs R]`: the performance benchmark (see BENCHMARKS.md). */
import { parseArgs } from "node:util";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { runBenchmark, type BenchOptions } from "../src/bench/run.ts";
import { formatResults } from "../src/bench/report.ts";

/** Above this many articles one run is the default: a run takes minutes. */
const MANY_ARTICLES = 10_000;

const USAGE = `Usage: npm run bench -- --articles N [flags]

  --articles N       how many articles to generate and build (default 1000)
  --runs R           builds per side; medians are reported (default 3, or 1 above ${MANY_ARTICLES} articles)
  --seed S           generator seed (default 1)
  --work DIR         scratch folder, replaced (default /tmp/vn-archive-bench)
  --no-reference     skip the Hugo + Pagefind CLI reference
  --no-search        skip the first-search measurement in Chromium
  --no-watch         skip timing the edit loop through npm start`;

function parse(argv: string[]): BenchOptions | null {
  const { values: v } = parseArgs({
    args: argv,
    strict: true,
    options: {
      articles: { type: "string" },
      runs: { type: "string" },
      seed: { type: "string" },
      work: { type: "string" },
      "no-reference": { type: "boolean" },
      "no-search": { type: "boolean" },
      "no-watch": { type: "boolean" },
      help: { type: "boolean" },
    },
  });
  if (v.help) return null;
  const articles = Number(v.articles ?? 1000);
  const runs = Number(v.runs ?? (articles > MANY_ARTICLES ? 1 : 3));
  if (!Number.isInteger(articles) || articles < 1 || !Number.isInteger(runs) || runs < 1) throw new Error("--articles and --runs must be positive integers");
  return {
    articles,
    runs,
    seed: Number(v.seed ?? 1),
    workDir: v.work ?? "/tmp/vn-archive-bench",
    reference: !v["no-reference"],
    search: !v["no-search"],
    watch: !v["no-watch"],
  };
}

let options;
try {
  options = parse(process.argv.slice(2));
} catch (error) {
  console.error(`error: ${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
if (options === null) {
  console.log(USAGE);
} else {
  const result = await runBenchmark(options, (line) => console.error(`bench: ${line}`));
  await writeFile(path.join(options.workDir, "result.json"), JSON.stringify(result, null, 2));
  console.log(formatResults(result));
}
