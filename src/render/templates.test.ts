import { test } from "node:test";
import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { TEMPLATES } from "./templates.ts";
import { TEMPLATES_DIR } from "./eleventy.ts";

test("every template file of templates/ is handed to Eleventy, and nothing else", async () => {
  const files = (await readdir(TEMPLATES_DIR, { recursive: true }))
    .map((f) => f.split(path.sep).join("/"))
    .filter((f) => f.endsWith(".11ty.ts"));
  assert.ok(files.length > 10);
  assert.deepEqual(Object.keys(TEMPLATES).sort(), files.sort());
});

test("each template module exports what Eleventy renders it with", () => {
  for (const [file, module] of Object.entries(TEMPLATES)) {
    assert.equal(typeof (module as { render?: unknown }).render, "function", file);
  }
});
