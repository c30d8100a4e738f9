import { test } from "node:test";
import assert from "node:assert/strict";
import { memoized } from "./memo.ts";

test("a memoized function gives its function's result, working each argument out once", () => {
  const calls: string[] = [];
  const upper = memoized((text) => {
    calls.push(text);
    return text === "" ? undefined : text.toUpperCase();
  });
  assert.equal(upper("đà nẵng"), "ĐÀ NẴNG");
  assert.equal(upper("đà nẵng"), "ĐÀ NẴNG");
  assert.equal(upper(""), undefined);
  assert.equal(upper(""), undefined, "an undefined result is kept too");
  assert.deepEqual(calls, ["đà nẵng", ""]);
});
