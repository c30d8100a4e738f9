import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadManifest, saveManifest, type PageManifest } from "./reuse.ts";

test("a manifest reads back as written, and as the file says once something else rewrites it", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "manifest-"));
  try {
    const file = path.join(dir, "pages.json");
    assert.equal(await loadManifest(file), null, "no file, nothing to reuse");
    const written: PageManifest = { version: "v1", pages: { "a/index.html": "k1" } };
    await saveManifest(file, written);
    assert.deepEqual(await loadManifest(file), written);
    const other: PageManifest = { version: "v2", pages: { "b/index.html": "k2", "c/index.html": "k3" } };
    await writeFile(file, JSON.stringify(other));
    assert.deepEqual(await loadManifest(file), other);
    await writeFile(file, "{ not json");
    assert.equal(await loadManifest(file), null, "an unreadable manifest reuses nothing");
    await rm(file);
    assert.equal(await loadManifest(file), null, "a removed manifest reuses nothing");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
