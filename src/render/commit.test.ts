import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { applyStaged } from "./commit.ts";

async function site(root: string, files: string[]): Promise<void> {
  for (const file of files) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), file);
  }
}

const filesIn = async (root: string) => (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.relative(root, path.join(e.parentPath, e.name))).sort();

test("a rebuild replaces a folder named whole, and removes it when it rendered none", async () => {
  const tmp = await mkdtemp(path.join(tmpdir(), "commit-"));
  try {
    const out = path.join(tmp, "site");
    await site(out, ["index.html", "nhan-vat/chu-cai/a/index.html", "nhan-vat/chu-cai/x/index.html", "nhan-vat/le-van-a/index.html"]);
    // Letter X is gone; letter B is new.
    await site(path.join(tmp, "staged-1"), ["nhan-vat/chu-cai/a/index.html", "nhan-vat/chu-cai/b/index.html", "nhan-vat/index.html"]);
    await applyStaged(path.join(tmp, "staged-1"), out, [], ["nhan-vat/chu-cai"]);
    assert.deepEqual(await filesIn(out), ["index.html", "nhan-vat/chu-cai/a/index.html", "nhan-vat/chu-cai/b/index.html", "nhan-vat/index.html", "nhan-vat/le-van-a/index.html"]);
    // The index is one page again: no letter pages at all.
    await site(path.join(tmp, "staged-2"), ["nhan-vat/index.html"]);
    await applyStaged(path.join(tmp, "staged-2"), out, [], ["nhan-vat/chu-cai"]);
    assert.deepEqual(await filesIn(out), ["index.html", "nhan-vat/index.html", "nhan-vat/le-van-a/index.html"]);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
});
