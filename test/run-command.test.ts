/**
 * The commands `npm run build` and `npm start` run (package.json): their TypeScript compiled into
 * one file by scripts/run.mjs and run without a TypeScript loader.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { COMPILED_DIR } from "../src/compiled.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const run = promisify(execFile);

test("package.json's build and start run their programs through scripts/run.mjs", async () => {
  const { scripts } = JSON.parse(await readFile(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
  assert.equal(scripts.build, "node scripts/run.mjs scripts/build.ts");
  assert.equal(scripts.start, "node scripts/run.mjs scripts/serve.ts");
});

test("the program gets its own arguments", async () => {
  const { stdout } = await run(process.execPath, ["scripts/run.mjs", "scripts/build.ts", "--help"], { cwd: ROOT });
  assert.match(stdout, /--content DIR/);
});

test("a first build through the compiled program (which runs itself again with a heap sized to the archive) makes the site", async () => {
  const work = await mkdtemp(path.join(tmpdir(), "archive-run-"));
  try {
    const raw = path.join(work, "raw");
    await cp(path.join(ROOT, "content/raw"), raw, { recursive: true });
    const { stdout } = await run(process.execPath, ["scripts/run.mjs", "scripts/build.ts", "--content", raw, "--out", path.join(work, "site")], { cwd: ROOT });
    assert.match(stdout, /built 5 articles/);
    assert.ok((await stat(path.join(work, "site", "index.html"))).isFile());
    assert.ok((await stat(path.join(work, "site", "pagefind", "pagefind.js"))).isFile());
    // Compiled with the templates, which the build hands Eleventy loaded (src/render/templates.ts).
    const { files } = JSON.parse(await readFile(path.join(COMPILED_DIR, "scripts_build.sources.json"), "utf8")) as { files: Record<string, string> };
    assert.ok("scripts/build.ts" in files && "templates/_includes/article.11ty.ts" in files, Object.keys(files).join(" "));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
