import { test } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { compiledModule, compiledProgram } from "./compiled.mjs";

test("a compiled module is made again when one of its sources changes, and only then", async () => {
  const root = await mkdtemp(path.join(tmpdir(), "compiled-"));
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

test("a compiled program keeps each module's own location, and leaves packages to Node", async () => {
  const root = await mkdtemp(path.join(tmpdir(), "compiled-"));
  try {
    await mkdir(path.join(root, "lib"));
    const entry = path.join(root, "main.ts");
    await writeFile(entry, `import { where } from "./lib/where.ts";\nimport { fileURLToPath } from "node:url";\nexport const here: string = fileURLToPath(import.meta.url);\nexport const there: string = where;\nexport const folder: string = import.meta.dirname;\nexport const text: string = "import.meta.url";\n`);
    await writeFile(path.join(root, "lib", "where.ts"), "export const where: string = new URL('./worker.ts', import.meta.url).pathname;\n");
    const program = await compiledProgram(entry, path.join(root, "cache"), root);
    assert.notEqual(path.dirname(program), root);
    const loaded = await import(pathToFileURL(program).href);
    assert.equal(loaded.here, entry);
    assert.equal(loaded.there, path.join(root, "lib", "worker.ts"));
    assert.equal(loaded.folder, root);
    assert.equal(loaded.text, "import.meta.url", "strings are left alone");
    assert.equal(await compiledProgram(entry, path.join(root, "cache"), root), program);

    // The same project in another folder, sharing the cache: compiled again, with its own locations.
    const copy = `${root}-copy`;
    await cp(root, copy, { recursive: true, filter: (source) => !source.startsWith(path.join(root, "cache")) });
    try {
      const moved = await compiledProgram(path.join(copy, "main.ts"), path.join(root, "cache"), copy);
      assert.equal((await import(`${pathToFileURL(moved).href}?copy`)).here, path.join(copy, "main.ts"));
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
