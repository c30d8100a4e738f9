/**
 * A file whose extraction never ends does not hang the build: with the worker's test-only slow
 * path (src/ingest/worker.ts) standing in for a runaway pattern, the build skips that file with
 * the time limit as its reason and publishes the others; --strict fails instead and leaves the
 * previous site byte for byte as it was.
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { build, StrictError } from "../src/build.ts";
import { listFiles } from "./helpers/site-files.ts";

const SLOW = "bai-treo-may.txt";
const LIMIT_MS = 2_000;

let root: string;
let content: string;
let out: string;

async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = await listFiles(dir);
  return new Map(await Promise.all(files.map(async (f) => [f, createHash("sha256").update(await readFile(path.join(dir, f))).digest("hex")] as const)));
}

before(async () => {
  root = await mkdtemp(path.join(tmpdir(), "hung-file-"));
  content = path.join(root, "content", "raw");
  out = path.join(root, "site");
  await cp("content/raw", content, { recursive: true });
  await writeFile(
    path.join(content, SLOW),
    "Bộ Quốc phòng tiếp đoàn đại biểu Quân đội Nhân dân Lào\n\n(QĐND) - Chiều 3/4/2024, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến tiếp đoàn đại biểu Quân đội Nhân dân Lào.\n",
  );
  process.env.VN_ARCHIVE_TEST_SLOW_FILE = SLOW;
});

after(async () => {
  delete process.env.VN_ARCHIVE_TEST_SLOW_FILE;
  await rm(root, { recursive: true, force: true });
});

test("the hung file is skipped with the time limit as its reason and the other articles are published", async () => {
  const report = await build({ contentDir: content, outDir: out, basePath: "/", siteUrl: null, strict: false, fileTimeLimitMs: LIMIT_MS });
  assert.deepEqual(report.skipped, [{ file: SLOW, reason: "extraction took over 2 s" }]);
  const seeds = (await listFiles("content/raw")).length;
  assert.equal(report.articles, seeds);
});

test("--strict fails on the hung file and leaves the previous site byte-identical", async () => {
  const before = await snapshot(out);
  await assert.rejects(
    build({ contentDir: content, outDir: out, basePath: "/", siteUrl: null, strict: true, fileTimeLimitMs: LIMIT_MS }),
    (error: unknown) => error instanceof StrictError && /bai-treo-may\.txt \(extraction took over 2 s\)/.test((error as Error).message),
  );
  assert.deepEqual(await snapshot(out), before);
});
