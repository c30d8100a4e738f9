/**
 * Measurement helpers for the benchmark: run a command while sampling the resident memory of
 * its whole process tree from /proc, sum folder sizes, and take medians.
 */
import { spawn } from "node:child_process";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";

/** How often the process tree's memory is sampled. */
const SAMPLE_INTERVAL_MS = 50;

/** One memory sample: epoch milliseconds and the tree's resident set in bytes. */
export interface MemorySample {
  at: number;
  rss: number;
}

export interface MeasuredRun {
  /** Epoch milliseconds at spawn and at exit. */
  startedAt: number;
  endedAt: number;
  exitCode: number | null;
  stdout: string;
  stderr: string;
  samples: MemorySample[];
}

const PAGE_SIZE = 4096;

/** Parent pid of every process, read from /proc/<pid>/stat. */
async function parentMap(): Promise<Map<number, number>> {
  const parents = new Map<number, number>();
  const entries = await readdir("/proc");
  await Promise.all(
    entries.map(async (name) => {
      if (!/^\d+$/.test(name)) return;
      try {
        const text = await readFile(`/proc/${name}/stat`, "utf8");
        // The command name may contain spaces and parentheses: fields start after the last ")".
        const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
        parents.set(Number(name), Number(fields[1]));
      } catch {
        // The process ended while we looked.
      }
    }),
  );
  return parents;
}

/** Resident memory in bytes of `root` and all its descendants. */
export async function treeRss(root: number): Promise<number> {
  const parents = await parentMap();
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let total = 0;
  await Promise.all(
    [...tree].map(async (pid) => {
      try {
        const statm = await readFile(`/proc/${pid}/statm`, "utf8");
        total += Number(statm.split(" ")[1]) * PAGE_SIZE;
      } catch {
        // Gone already.
      }
    }),
  );
  return total;
}

/** Runs `command args` to completion, sampling its process tree's memory. */
export function runMeasured(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const startedAt = Date.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
    const samples: MemorySample[] = [];
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    let sampling = false;
    const timer = setInterval(() => {
      if (sampling || child.pid === undefined) return;
      sampling = true;
      const at = Date.now();
      treeRss(child.pid)
        .then((rss) => samples.push({ at, rss }))
        .finally(() => (sampling = false));
    }, SAMPLE_INTERVAL_MS);
    child.on("error", (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on("close", (exitCode) => {
      clearInterval(timer);
      resolve({ startedAt, endedAt: Date.now(), exitCode, stdout, stderr, samples });
    });
  });
}

/** The highest sample taken between `from` and `to` (epoch ms), or 0 when none was. */
export function peakBetween(samples: readonly MemorySample[], from: number, to: number): number {
  let peak = 0;
  for (const s of samples) if (s.at >= from && s.at <= to && s.rss > peak) peak = s.rss;
  return peak;
}

/** Total size in bytes of the files below `dir`. */
export async function folderSize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** Median of a non-empty list (mean of the middle two for even lengths). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
