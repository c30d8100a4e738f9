/** Smoke test of `npm run bench`: a tiny run completes and prints every stage (never a duration check). */
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { generateArticle } from "../src/bench/generate.ts";
import { processRaw } from "../src/ingest/article.ts";

const run = promisify(execFile);

test("the generator is deterministic and its pages become articles with furniture removed", () => {
  for (let i = 0; i < 20; i++) {
    const a = generateArticle(3, i);
    assert.deepEqual(generateArticle(3, i), a);
    const processed = processRaw(Buffer.from(a.text), a.file);
    assert.ok(processed.ok, `${a.file} is an article`);
  }
  assert.notEqual(generateArticle(3, 0).text, generateArticle(4, 0).text);
});

test("a small benchmark run prints the table with every stage, the edit loop and the first search", async () => {
  const work = path.join(await mkdtemp(path.join(tmpdir(), "bench-")), "work");
  try {
    const { stdout } = await run(process.execPath, ["--import", "tsx", "scripts/bench.ts", "--articles", "12", "--runs", "1", "--work", work], {
      maxBuffer: 1 << 24,
    });
    for (const stage of ["ingest", "render", "index", "total"]) assert.match(stdout, new RegExp(`^\\| ${stage} \\| \\d+\\.\\d+ s \\|`, "m"), stage);
    assert.match(stdout, /^\| total (\|[^|]+){8}\| \d+\.\d+× \|$/m, "the total row has a ratio to the reference");
    for (const edit of ["change", "add", "delete", "corrections.yaml"]) {
      assert.match(stdout, new RegExp(`^\\| ${edit.replace(".", "\\.")} \\| \\d+\\.\\d+ s \\| \\d+ \\| \\d+ MiB \\| \\d+\\.\\d+ s \\|`, "m"), edit);
    }
    assert.match(stdout, /^\| "Campuchia" \| \d+ kB \|/m);
    assert.match(stdout, /^\| "Campuchia" \| \d+ kB \| \d+ kB \| \d+ kB \| \d+ \| \d+ ms \|$/m, "the search page's own figures");
  } finally {
    await rm(path.dirname(work), { recursive: true, force: true });
  }
});
