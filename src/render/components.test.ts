import { test } from "node:test";
import assert from "node:assert/strict";
import { pagerNumbers } from "./components.ts";

test("the pager shows the first, last and nearby pages with gaps", () => {
  assert.deepEqual(pagerNumbers(1, 3), [1, 2, 3]);
  assert.deepEqual(pagerNumbers(10, 500), [1, 0, 8, 9, 10, 11, 12, 0, 500]);
});
