import { test } from "node:test";
import assert from "node:assert/strict";
import { createProgress, type ProgressStream } from "./progress.ts";

function fakeStream(isTTY: boolean): ProgressStream & { text: () => string } {
  const chunks: string[] = [];
  return {
    isTTY,
    columns: 100,
    write(chunk: string) {
      chunks.push(chunk);
      return true;
    },
    text: () => chunks.join(""),
  };
}

test("a non-interactive run prints one line when a stage starts and one when it ends", () => {
  const stream = fakeStream(false);
  let clock = 1000;
  const progress = createProgress(stream, false, () => clock);
  progress.update("ingest", 0, 3);
  progress.update("ingest", 1, 3);
  progress.update("ingest", 2, 3);
  clock += 1500;
  progress.update("ingest", 3, 3);
  progress.log("ingest: 3 articles");
  progress.update("render", 0, 3);
  progress.stop();
  assert.deepEqual(stream.text().split("\n"), [
    "ingest: started (3 to do)",
    "ingest: 3/3 done in 1.5 s",
    "ingest: 3 articles",
    "render: started (3 to do)",
    "",
  ]);
  assert.doesNotMatch(stream.text(), /\x1b\[/, "no terminal escape codes in plain output");
});

test("an interactive run draws a bar per stage with counts and an estimate", () => {
  const stream = fakeStream(true);
  const progress = createProgress(stream, true);
  progress.update("ingest", 0, 40);
  progress.update("ingest", 40, 40);
  progress.update("render", 10, 40);
  progress.stop();
  const text = stream.text();
  assert.match(text, /ingest .* 40\/40 100%/);
  assert.match(text, /render .* 10\/40 25%/);
  assert.match(text, /còn lại ~/);
});
