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

test("the site's language and its formats are named in the configuration only", async () => {
  const { readdir, readFile } = await import("node:fs/promises");
  const { fileURLToPath } = await import("node:url");
  const path = await import("node:path");
  const root = fileURLToPath(new URL("../..", import.meta.url));
  // Interface language settings written out anywhere else: lang="vi", og:locale vi_VN, "vi-VN" number or date formats, Pagefind's and JSON-LD's language.
  const HARD_CODED = /lang="vi"|vi_VN|["']vi-VN["']|forceLanguage: ["']vi|inLanguage: ["']vi/;
  const offenders: string[] = [];
  for (const dir of ["src", "templates"]) {
    for (const file of await readdir(path.join(root, dir), { recursive: true })) {
      // The benchmark's Hugo site is a reference made apart from ours.
      if (!/\.(ts|js)$/.test(file) || file.endsWith(".test.ts") || file.startsWith("bench") || file === "site/config.ts") continue;
      if (HARD_CODED.test(await readFile(path.join(root, dir, file), "utf8"))) offenders.push(`${dir}/${file}`);
    }
  }
  assert.deepEqual(offenders, []);
});
