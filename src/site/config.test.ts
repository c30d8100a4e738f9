import { test } from "node:test";
import assert from "node:assert/strict";
import { absoluteUrl, withBase } from "./config.ts";

const CASES: [siteUrl: string, basePath: string, path: string, expected: string][] = [
  ["https://o.github.io", "/repo/", "/bai-viet/x/", "https://o.github.io/repo/bai-viet/x/"],
  ["https://o.github.io/repo/", "/repo/", "/bai-viet/x/", "https://o.github.io/repo/bai-viet/x/"],
  ["https://o.github.io/repo", "/repo/", "/", "https://o.github.io/repo/"],
  ["https://example.org/", "/", "/feed.xml", "https://example.org/feed.xml"],
  ["https://example.org/sub/", "/luu-tru/", "/a/", "https://example.org/sub/luu-tru/a/"],
];

for (const [siteUrl, basePath, path, expected] of CASES) {
  test(`absoluteUrl(${siteUrl}, ${basePath}, ${path}) adds the base path once`, () => {
    assert.equal(absoluteUrl({ siteUrl, basePath }, path), expected);
  });
}

test("absoluteUrl is null without a site URL; withBase prefixes root-relative paths", () => {
  assert.equal(absoluteUrl({ siteUrl: null, basePath: "/" }, "/a/"), null);
  assert.equal(withBase("/luu-tru/", "/a/"), "/luu-tru/a/");
  assert.equal(withBase("/", "/a/"), "/a/");
});
