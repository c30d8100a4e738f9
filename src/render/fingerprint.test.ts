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

test("a named output keeps its fingerprint while its data is equal, and takes a fresh one when anything in it changes", () => {
  const fp = new Fingerprinter();
  const page = () => ({ items: [article(), article()], landing: true, group: { name: "Lào", url: "/doi-tac/lao/", slug: "lao" } });
  const first = fp.named("a.html", page());
  for (const change of [
    (p: ReturnType<typeof page>) => (p.items[1]!.fm.participants[0]!.rank = "Thượng tướng"),
    (p: ReturnType<typeof page>) => p.items.pop(),
    (p: ReturnType<typeof page>) => (p.group.slug = "lao-2"),
    (p: ReturnType<typeof page>) => Object.assign(p.group, { count: 3 }),
    (p: ReturnType<typeof page>) => delete (p as { landing?: boolean }).landing,
  ]) {
    fp.nextBuild();
    assert.equal(fp.named("a.html", page()), first, "an equal page, other objects");
    const changed = page();
    change(changed);
    fp.nextBuild();
    const key = fp.named("a.html", changed);
    assert.equal(key, new Fingerprinter().of(changed), String(change));
    assert.notEqual(key, first, String(change));
  }
  // An undefined field is absent, as in the fingerprint; another page's name compares with nothing.
  fp.nextBuild();
  assert.equal(fp.named("a.html", Object.assign(page(), { extra: undefined })), first);
  assert.equal(fp.named("b.html", page()), first);
});

test("a large object found equal to the last build's takes its fingerprint, and so do the pages that hold it", () => {
  const fp = new Fingerprinter();
  const big = () => Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`f${i}`, { v: i }]));
  const lastBig = big();
  fp.named("article.html", lastBig);
  const list = fp.named("list.html", [lastBig, "x"]);
  fp.nextBuild();
  const nextBig = big();
  fp.named("article.html", nextBig);
  assert.equal(fp.named("list.html", [nextBig, "x"]), list);
  assert.equal(fp.named("other.html", [nextBig, "x"]), list, "hashed with the fingerprint it took over");
});

test("a value's fingerprint does not depend on what was fingerprinted before it", () => {
  // A small page hashed at the top, a large object of plain values found equal to the last
  // build's, and a large object met on many pages: each, nested again, is written out (or stands
  // in) as a fresh fingerprinter would write it.
  const small = { title: "Hội đàm", date: "2024-05-27" };
  const leaves = () => Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`f${i}`, i]));
  const big = () => Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`f${i}`, { v: i }]));
  const holder = (s: object, l: object, b: object) => ({ items: [s, l, b], number: 1 });
  const fresh = new Fingerprinter().of(holder(small, leaves(), big()));

  const fp = new Fingerprinter();
  fp.of(small);
  fp.named("leaves.html", leaves());
  const shared = big();
  fp.of({ items: [shared] });
  fp.nextBuild();
  const nextLeaves = leaves();
  fp.named("leaves.html", nextLeaves);
  assert.equal(fp.of(holder(small, nextLeaves, shared)), fresh);
});
