import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { compiledModule } from "./ts-worker.ts";

test("a compiled module is made again when one of its sources changes, and only then", async () => {
  const root = await mkdtemp(path.join(tmpdir(), "ts-worker-"));
  try {
    const cache = path.join(root, "cache");
    const entry = path.join(root, "entry.ts");
    await writeFile(entry, `import { answer } from "./answer.ts";\nexport const value: number = answer * 2;\n`);
    await writeFile(path.join(root, "answer.ts"), "export const answer: number = 21;\n");
    const first = compiledModule(entry, cache, root);
    assert.equal((await import(`${pathToFileURL(first).href}?1`)).value, 42);
    const made = (await stat(first)).mtimeMs;

    assert.equal(compiledModule(entry, cache, root), first);
    assert.equal((await stat(first)).mtimeMs, made, "nothing changed: not compiled again");

    await writeFile(path.join(root, "answer.ts"), "export const answer: number = 50;\n");
    assert.equal((await import(`${pathToFileURL(compiledModule(entry, cache, root)).href}?2`)).value, 100, "an imported source changed");
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
