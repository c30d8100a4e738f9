/**
 * The heap a build may use. V8 stops a Node process at its default heap limit (about 4 GiB on
 * 64-bit Node 20) however much memory the machine has, and a build of 100,000 articles holds
 * more than that (their text and HTML, the site model, a run of rendered pages). So the commands
 * that build run themselves again, once, with a limit of three quarters of the machine's memory.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { totalmem } from "node:os";
import { getHeapStatistics } from "node:v8";

/** Set in the environment of the re-run, so it never runs itself again. */
const RERUN_MARK = "VN_ARCHIVE_LARGE_HEAP";
/** The share of the machine's memory a build's heap may take. */
const HEAP_SHARE = 0.75;

/** The heap limit a build should have, in MiB: a share of the machine's memory. */
export function buildHeapLimitMb(): number {
  return Math.floor((totalmem() / 2 ** 20) * HEAP_SHARE);
}

/** The Node flag that sets it. */
export function heapLimitFlag(): string {
  return `--max-old-space-size=${buildHeapLimitMb()}`;
}

/**
 * When this process's heap limit is below the build's, runs this same command again with the
 * larger limit (same Node flags, arguments, terminal and environment) and resolves to its exit
 * code; resolves to null when this process already has the limit or the re-run cannot start, and
 * the caller goes on itself. SIGTERM and SIGHUP are passed on; Ctrl+C reaches both processes
 * from the terminal, so this one only waits for the re-run to finish.
 */
export async function rerunWithBuildHeap(): Promise<number | null> {
  const limitMb = getHeapStatistics().heap_size_limit / 2 ** 20;
  if (process.env[RERUN_MARK] || limitMb >= buildHeapLimitMb()) return null;
  const child = spawn(process.execPath, [...process.execArgv, heapLimitFlag(), ...process.argv.slice(1)], {
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
