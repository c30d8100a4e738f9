import { test } from "node:test";
import assert from "node:assert/strict";
import { Fingerprinter } from "./fingerprint.ts";

const article = () => ({
  url: "/bai-viet/a/",
  textKey: "k1",
  fm: { id: "a", participants: [{ name: "Phan Văn Giang", rank: "Đại tướng" }], partners: ["Lào"] },
  removed: [{ line: 1, text: "Đường dây nóng", reason: "hotline" }],
});

test("a fingerprint follows every shown value, nested or not, and not the text key", () => {
  const base = new Fingerprinter().of(article());
  assert.equal(new Fingerprinter().of(article()), base, "equal data, other objects: the same fingerprint");
  const changed = [
    (a: ReturnType<typeof article>) => (a.fm.participants[0]!.rank = "Thượng tướng"),
    (a: ReturnType<typeof article>) => a.fm.partners.push("Campuchia"),
    (a: ReturnType<typeof article>) => (a.removed[0]!.reason = "menu"),
    (a: ReturnType<typeof article>) => (a.url = "/bai-viet/b/"),
  ];
  for (const change of changed) {
    const a = article();
    change(a);
    assert.notEqual(new Fingerprinter().of(a), base, String(change));
  }
  const rewritten = article();
  rewritten.textKey = "k2";
  assert.equal(new Fingerprinter().of(rewritten), base, "the text counts only where a page adds it");
  assert.notEqual(new Fingerprinter().of([rewritten, rewritten.textKey]), new Fingerprinter().of([article(), article().textKey]));
});

test("an object shared by many pages is hashed once and gives each the same part", () => {
  const fp = new Fingerprinter();
  const shared = article();
  const pageA = { items: [shared], number: 1 };
  const pageB = { items: [shared], number: 1 };
  assert.equal(fp.of(pageA), fp.of(pageB));
  assert.notEqual(fp.of(pageA), fp.of({ items: [shared], number: 2 }));
});

test("a change inside a small object written out in its holder, or in a large one it holds, changes the fingerprint", () => {
  const big = () => Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`f${i}`, { v: i }]));
  const holder = () => ({ appearances: [{ article: big(), title: "Bộ trưởng", mentioned: false }], name: "A" });
  const base = new Fingerprinter().of(holder());
  const inSmall = holder();
  inSmall.appearances[0]!.title = "Thứ trưởng";
  const inBig = holder();
  (inBig.appearances[0]!.article.f3 as { v: number }).v = 99;
  assert.notEqual(new Fingerprinter().of(inSmall), base);
  assert.notEqual(new Fingerprinter().of(inBig), base);
  assert.equal(new Fingerprinter().of(holder()), base);
});
