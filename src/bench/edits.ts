/**
 * The edit loop of the benchmark: the four things an editor does between two looks at the site
 * (change a raw file, add one, delete one, correct a value in corrections.yaml), each applied to
 * the generated archive and timed from saving the file to the new site in place, through the build
 * command (`npm run build` on the existing site) and through the watcher (`npm start`).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { appendFile, readFile, unlink, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateArticle } from "./generate.ts";
import { runMeasured, peakBetween, treeRss, type MemorySample } from "./measure.ts";
import { correctionsPath } from "../ingest/corrections.ts";
import { articleId } from "../ingest/article-id.ts";

/** The edits, in the order they are made. */
export const EDITS = ["change", "add", "delete", "corrections"] as const;
export type EditKind = (typeof EDITS)[number];

/** One timed edit: seconds from the saved file to the site in place, the process tree's peak memory, pages rendered. */
export interface EditFigures {
  seconds: number;
  peakRss: number;
  /** Pages the build rendered ("render: N of M … changed"), when it said. */
  rendered: number | null;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** A phrase of every generated article's lead sentence: a change there is article text, never furniture. */
const LEAD = "đã hội đàm với";

/**
 * Makes edit `kind` number `round` to the archive of `count` generated articles in `contentDir`
 * (each round touches other articles, so rounds never undo each other).
 */
export async function applyEdit(kind: EditKind, round: number, contentDir: string, seed: number, count: number): Promise<void> {
  const pick = (offset: number) => generateArticle(seed, (round * 7919 + offset * 104_729) % count).file;
  switch (kind) {
    case "change": {
      const file = path.join(contentDir, pick(1));
      const text = await readFile(file, "utf8");
      await writeFile(file, text.replace(LEAD, `đã hội đàm (cập nhật lần ${round + 1}) với`));
      return;
    }
    case "add": {
      // A new file, as this week's scrape would bring it (a new index, so a new story), beside the others.
      const article = generateArticle(seed, count + round);
      await writeFile(path.join(contentDir, path.dirname(pick(4)), `bai-moi-${round}.txt`), article.text);
      return;
    }
    case "delete":
      await unlink(path.join(contentDir, pick(2))).catch(() => {});
      return;
    case "corrections": {
      const id = articleId(pick(3));
      await appendFile(correctionsPath(contentDir), `${JSON.stringify(id)}:\n  location: Côn Đảo\n`);
      return;
    }
  }
}

/** How many pages a build's output says it rendered. */
function renderedIn(output: string): number | null {
  const match = /render: (\d+) of \d+ /.exec(output);
  return match ? Number(match[1]) : null;
}

/** Runs `npm run build` on the existing site (the edit has been saved) and measures it. */
export async function timeBuildCommand(contentDir: string, siteDir: string): Promise<EditFigures> {
  const run = await runMeasured("npm", ["run", "build", "--", "--content", contentDir, "--out", siteDir], { cwd: ROOT });
  if (run.exitCode !== 0) throw new Error(`npm run build failed (exit ${run.exitCode}):\n${run.stderr.slice(-2000)}${run.stdout.slice(-2000)}`);
  return { seconds: (run.endedAt - run.startedAt) / 1000, peakRss: peakBetween(run.samples, run.startedAt, run.endedAt), rendered: renderedIn(run.stdout) };
}

/** A TCP port free on this machine now (for a server started next). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** How often the watcher's memory is sampled. */
const SAMPLE_MS = 50;
/** Longest a watcher rebuild may take before the benchmark gives up. */
const WATCH_TIMEOUT_MS = 30 * 60_000;

/**
 * `npm start` on an archive already built into `siteDir`: started once, then each edit is timed
 * from the moment its file is saved to the watcher's report that the new site is in place.
 */
export class Watcher {
  private output = "";
  private samples: MemorySample[] = [];
  private sampler: NodeJS.Timeout | undefined;

  private constructor(private readonly child: ChildProcess) {
    const take = (chunk: Buffer) => void (this.output += chunk.toString("utf8"));
    child.stdout!.on("data", take);
    child.stderr!.on("data", take);
    let sampling = false;
    this.sampler = setInterval(() => {
      if (sampling || child.pid === undefined) return;
      sampling = true;
      const at = Date.now();
      treeRss(child.pid).then((rss) => this.samples.push({ at, rss })).finally(() => (sampling = false));
    }, SAMPLE_MS);
  }

  /** Starts `npm start` and waits until it serves (its first build finds the site up to date). */
  static async start(contentDir: string, siteDir: string): Promise<Watcher> {
    const child = spawn("npm", ["start", "--", "--content", contentDir, "--out", siteDir], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(await freePort()) },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    const watcher = new Watcher(child);
    await watcher.waitFor(/^serving /m, 0);
    return watcher;
  }

  /** Resolves when `pattern` appears in the output after `from`. */
  private waitFor(pattern: RegExp, from: number): Promise<string> {
    const started = Date.now();
    return new Promise((resolve, reject) => {
      const check = () => {
        const rest = this.output.slice(from);
        if (pattern.test(rest)) return resolve(rest);
        if (/^build failed/m.test(rest)) return reject(new Error(`npm start: ${rest.slice(-2000)}`));
        if (this.child.exitCode !== null) return reject(new Error(`npm start exited (${this.child.exitCode}):\n${this.output.slice(-2000)}`));
        if (Date.now() - started > WATCH_TIMEOUT_MS) return reject(new Error(`npm start did not rebuild:\n${rest.slice(-2000)}`));
        setTimeout(check, 10);
      };
      check();
    });
  }

  /** Makes an edit (`edit` saves its file) and times it until the rebuilt site is in place. */
  async time(edit: () => Promise<void>): Promise<EditFigures> {
    const from = this.output.length;
    await edit();
    const saved = Date.now();
    const out = await this.waitFor(/^rebuilding: [\s\S]*?^built \d+ articles/m, from);
    const done = Date.now();
    return { seconds: (done - saved) / 1000, peakRss: peakBetween(this.samples, saved, done), rendered: renderedIn(out) };
  }

  /** Stops the watcher and its children. */
  async stop(): Promise<void> {
    clearInterval(this.sampler);
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once("exit", resolve));
    // npm, tsx and the build share a process group of their own (detached): stop it whole.
    process.kill(-this.child.pid!, "SIGINT");
    await exited;
  }
}
