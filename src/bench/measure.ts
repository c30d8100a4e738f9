/**
 * Measurement helpers for the benchmark: run a command while sampling the resident memory of
 * its whole process tree from /proc, sum folder sizes, and take medians.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
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

/** `root` and all its descendants, from a scan of every process's parent. */
async function treeByScan(root: number): Promise<Set<number>> {
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
  return tree;
}

/** The children of `pid` (every thread's), from /proc/<pid>/task/<tid>/children; none once it has gone. */
function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) => readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8").split(" ").filter(Boolean).map(Number));
  } catch {
    return [];
  }
}

/** Whether this kernel lists each thread's children in /proc (CONFIG_PROC_CHILDREN). */
const CHILDREN_LISTED = existsSync(`/proc/${process.pid}/task/${process.pid}/children`);

/**
 * `root` and all its descendants. Sampled every 50 ms during a build, so where the kernel lists
 * children it reads only the tree's own entries, synchronously (a few dozen small files): the
 * asynchronous scan of every process's stat cost about 10 ms of CPU a sample, a fifth of a core
 * taken from the build being measured.
 */
export async function processTree(root: number): Promise<Set<number>> {
  if (!CHILDREN_LISTED) return treeByScan(root);
  const tree = new Set<number>();
  for (let level = [root]; level.length > 0; level = level.flatMap(childrenOf).filter((pid) => !tree.has(pid))) {
    level.forEach((pid) => tree.add(pid));
  }
  return tree;
}

/** Resident memory in bytes of `root` and all its descendants. */
export async function treeRss(root: number): Promise<number> {
  let total = 0;
  for (const pid of await processTree(root)) {
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]) * PAGE_SIZE;
    } catch {
      // Gone already.
    }
  }
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
