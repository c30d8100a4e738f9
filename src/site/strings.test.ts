import { test } from "node:test";
import assert from "node:assert/strict";
import { STRINGS } from "./strings.ts";
import { SafeHtml } from "../render/html.ts";

/** Every plain-text leaf of STRINGS with its path ("article.date"). */
function leaves(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (typeof value !== "object" || value === null || value instanceof SafeHtml) return [];
  return Object.entries(value).flatMap(([key, v]) => leaves(v, path ? `${path}.${key}` : key));
}

test("every interface string is non-empty, trimmed and free of markup characters", () => {
  const all = leaves(STRINGS);
  assert.ok(all.length > 50);
  for (const [path, text] of all) {
    assert.ok(text.length > 0, path);
    assert.equal(text, text.trim(), path);
    assert.doesNotMatch(text, /[<>&"]/, `${path}: markup belongs in an html\`\` value`);
  }
});

test("parameterised strings place their arguments", () => {
  assert.equal(STRINGS.format.pagedTitle("Campuchia", 2), "Campuchia – trang 2");
  assert.equal(STRINGS.person.lede("3 bài viết", null), "Xuất hiện trong 3 bài viết.");
  assert.equal(STRINGS.outlet.indexLede(0).includes("chưa rõ nguồn"), false);
  assert.match(STRINGS.search.noscript((s, t) => new SafeHtml(`<a data-s="${s}">${t}</a>`)).value, /<a data-s="archive">theo năm<\/a>\.$/);
});
