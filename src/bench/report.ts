/** Formats benchmark results as Markdown tables of medians, ours beside the reference. */
import { median } from "./measure.ts";
import type { BenchResult, BuildFigures, StageName, StageFigures } from "./run.ts";
import { EDITS, type EditFigures } from "./edits.ts";

const STAGES: readonly StageName[] = ["ingest", "render", "index", "total"];

const MIB = 1024 * 1024;
const mib = (bytes: number) => `${(bytes / MIB).toFixed(0)} MiB`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1e3).toFixed(0)} kB`;
const secs = (s: number) => `${s.toFixed(2)} s`;
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : "–");

/** Medians of one stage over the runs, or null when no run has that stage. */
function medianStage(builds: readonly (BuildFigures | null)[], stage: StageName): StageFigures | null {
  const present = builds.map((b) => b?.[stage]).filter((s): s is StageFigures => s !== undefined);
  if (present.length === 0) return null;
  return {
    seconds: median(present.map((s) => s.seconds)),
    peakRss: median(present.map((s) => s.peakRss)),
    outputBytes: median(present.map((s) => s.outputBytes)),
  };
}

/** The results as Markdown: the build table, the rebuild line and the first-search table. */
export function formatResults(result: BenchResult): string {
  const n = result.options.articles;
  const runs = result.runs;
  const out: string[] = [];
  out.push(`${n} articles (${mb(result.rawBytes)} raw), medians of ${runs.length} run(s)`, "");
  out.push("| stage | ours | articles/s | peak RSS | output | reference | articles/s | peak RSS | output | time ours/ref |");
  out.push("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const stage of STAGES) {
    const ours = medianStage(runs.map((r) => r.ours), stage);
    const ref = medianStage(runs.map((r) => r.reference), stage);
    const row: string[] = [stage];
    row.push(...(ours ? [secs(ours.seconds), (n / ours.seconds).toFixed(0), mib(ours.peakRss), mb(ours.outputBytes)] : ["–", "–", "–", "–"]));
    row.push(...(ref ? [secs(ref.seconds), (n / ref.seconds).toFixed(0), mib(ref.peakRss), mb(ref.outputBytes)] : ["–", "–", "–", "–"]));
    // Ratios are taken per run (side by side), then the median of those.
    const ratios = runs.filter((r) => r.ours[stage] && r.reference?.[stage]).map((r) => r.ours[stage]!.seconds / r.reference![stage]!.seconds);
    row.push(ratios.length ? `${median(ratios).toFixed(2)}×` : "–");
    out.push(`| ${row.join(" | ")} |`);
  }
  for (const failure of runs.flatMap((r) => (r.referenceFailure ? [r.referenceFailure] : []))) out.push("", `Reference did not finish: ${failure}`);
  out.push("");
  // The edit loop: each edit timed from the saved file to the site in place; the reference has no
  // other way to show an edit than building again, so its whole build stands beside each line.
  const refTotal = medianStage(runs.map((r) => r.reference), "total");
  out.push(`Edit loop at ${n} articles: from saving the file to the new site in place, medians of ${runs.length} run(s) through the build command, ${runs.filter((r) => r.watched).length} through the watcher`, "");
  out.push("| edit | `npm run build` | pages rendered | peak RSS | `npm start` | peak RSS | reference: build again | ours/ref |");
  out.push("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  const med = (figures: (EditFigures | undefined)[], key: keyof EditFigures): number | null => {
    const values = figures.flatMap((f) => (f && f[key] !== null ? [f[key] as number] : []));
    return values.length ? median(values) : null;
  };
  for (const kind of EDITS) {
    const built = runs.map((r) => r.edits[kind]);
    const watched = runs.map((r) => r.watched?.[kind]);
    const b = med(built, "seconds");
    const w = med(watched, "seconds");
    const rendered = med(built, "rendered");
    const brss = med(built, "peakRss");
    const wrss = med(watched, "peakRss");
    out.push(
      `| ${kind === "corrections" ? "corrections.yaml" : kind} | ${b === null ? "–" : secs(b)} | ${rendered ?? "–"} | ${brss === null ? "–" : mib(brss)} | ${w === null ? "–" : secs(w)} | ${wrss === null ? "–" : mib(wrss)} | ${refTotal ? secs(refTotal.seconds) : "–"} | ${b !== null && refTotal ? ratio(b, refTotal.seconds) : "–"} |`,
    );
  }
  if (result.search.length) {
    out.push("", "| first search | ours: downloaded | requests | to first results | reference: downloaded | to first results | bytes ours/ref |");
    out.push("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const s of result.search) {
      const ob = median(s.ours.map((x) => x.bytes));
      const om = median(s.ours.map((x) => x.latencyMs));
      const rb = s.reference.length ? median(s.reference.map((x) => x.bytes)) : 0;
      const rm = s.reference.length ? median(s.reference.map((x) => x.latencyMs)) : 0;
      out.push(`| "${s.query}" | ${kb(ob)} | ${median(s.ours.map((x) => x.requests))} | ${om.toFixed(0)} ms | ${rb ? kb(rb) : "–"} | ${rb ? `${rm.toFixed(0)} ms` : "–"} | ${ratio(ob, rb)} |`);
    }
    const pages = result.search.filter((s) => s.page.length > 0);
    if (pages.length) {
      out.push("", "| search page /tim-kiem/?q= | downloaded (index + search data) | search data | the page's HTML | requests | to results shown |");
      out.push("| --- | ---: | ---: | ---: | ---: | ---: |");
      for (const s of pages) {
        const med = (f: (x: (typeof s.page)[number]) => number) => median(s.page.map(f));
        out.push(`| "${s.query}" | ${kb(med((x) => x.bytes))} | ${kb(med((x) => x.dataBytes))} | ${kb(med((x) => x.pageBytes ?? 0))} | ${med((x) => x.requests)} | ${med((x) => x.latencyMs).toFixed(0)} ms |`);
      }
    }
  }
  return out.join("\n");
}
