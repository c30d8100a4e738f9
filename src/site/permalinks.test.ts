import { test } from "node:test";
import assert from "node:assert/strict";
import { appendPermalinks, assignPermalinks, parsePermalinks, PermalinksError, PERMALINKS_HEADER, redirectsFor, type PermalinkEntry } from "./permalinks.ts";
import { shortHash, uniqueSlugs } from "./slug.ts";

const entry = (url: string, redirectFrom: string[] = []): PermalinkEntry => ({ url, redirectFrom });

test("entries are a URL or { url, redirectFrom }; ids may hold any character", () => {
  const parsed = parsePermalinks(`${PERMALINKS_HEADER}"vov/2024/doi-thoai": /bai-viet/doi-thoai/
"Tin tức/Hội đàm: Việt – Lào": /bai-viet/hoi-dam/
qdnd/a:
  url: /bai-viet/moi/
  redirectFrom: [/bai-viet/cu/, /tin-cu/bai-123.html]
qdnd/b: { url: /bai-viet/b/, redirectFrom: /b-cu/ }
`);
  assert.deepEqual([...parsed], [
    ["vov/2024/doi-thoai", entry("/bai-viet/doi-thoai/")],
    ["Tin tức/Hội đàm: Việt – Lào", entry("/bai-viet/hoi-dam/")],
    ["qdnd/a", entry("/bai-viet/moi/", ["/bai-viet/cu/", "/tin-cu/bai-123.html"])],
    ["qdnd/b", entry("/bai-viet/b/", ["/b-cu/"])],
  ]);
  assert.equal(parsePermalinks("").size, 0);
  assert.equal(parsePermalinks("# only a comment\n").size, 0);
});

test("a file that cannot be read as permalinks is an error naming every problem", () => {
  const bad = (text: string, pattern: RegExp) => assert.throws(() => parsePermalinks(text), (e: unknown) => e instanceof PermalinksError && pattern.test((e as Error).message));
  bad("a: [unclosed\n", /not valid YAML/);
  bad("- /bai-viet/a/\n", /expected a mapping/);
  bad("a: /tin/a/\nb: /bai-viet/B/\n", /a: url must look like \/bai-viet\/some-slug\/.*b: url must/);
  bad("a: { url: /bai-viet/a/, redirectFrom: [/] }\n", /redirectFrom must be site paths/);
  bad("a: { url: /bai-viet/a/, redirectFrom: [/x/../y/] }\n", /redirectFrom must be site paths/);
  bad("a: { url: /bai-viet/a/, title: x }\n", /unknown field\(s\) title/);
  bad("a: /bai-viet/x/\nb: /bai-viet/x/\n", /\/bai-viet\/x\/ is claimed twice \(url of a; url of b\)/);
  bad("a: /bai-viet/x/\nb: { url: /bai-viet/y/, redirectFrom: [/bai-viet/x] }\n", /claimed twice/);
  bad("a: /bai-viet/x/\na: /bai-viet/y/\n", /not valid YAML/);
});

test("known articles keep their URL whatever their title; new ones get a free one, never a taken one", () => {
  const known = new Map([
    ["vov/a", entry("/bai-viet/doi-thoai/")],
    ["vov/gone", entry("/bai-viet/hoi-dam/")],
    ["vov/moved", entry("/bai-viet/moi/", ["/bai-viet/tuan-tra/"])],
  ]);
  const { urls, added } = assignPermalinks(
    [
      { id: "vov/a", title: "Tiêu đề đã sửa" },
      // Its id sorts first, yet the URL stays with the article recorded under it.
      { id: "aaa/new", title: "Đối thoại" },
      { id: "vov/new-2", title: "Hội đàm" },
      { id: "vov/new-3", title: "Tuần tra" },
      { id: "vov/new-4", title: "Giao lưu" },
      { id: "vov/moved", title: "Moved" },
    ],
    known,
  );
  assert.equal(urls.get("vov/a"), "/bai-viet/doi-thoai/");
  assert.equal(urls.get("aaa/new"), `/bai-viet/doi-thoai-${shortHash("aaa/new")}/`);
  assert.equal(urls.get("vov/new-2"), `/bai-viet/hoi-dam-${shortHash("vov/new-2")}/`, "a deleted article's URL is never given away");
  assert.equal(urls.get("vov/new-3"), `/bai-viet/tuan-tra-${shortHash("vov/new-3")}/`, "nor an old URL that redirects");
  assert.equal(urls.get("vov/new-4"), "/bai-viet/giao-luu/");
  assert.deepEqual(added.map(([id]) => id), ["aaa/new", "vov/new-2", "vov/new-3", "vov/new-4"], "new entries in id order");
});

test("assignment does not depend on the order articles come in, and a first build gives the URLs of before", () => {
  const articles = ["c", "a", "b", "d"].map((id) => ({ id, title: id === "d" ? "Khác" : "Cùng tiêu đề" }));
  const once = assignPermalinks(articles, new Map());
  const reversed = assignPermalinks([...articles].reverse(), new Map());
  assert.deepEqual(once, reversed);
  const before = uniqueSlugs(articles, (a) => a.title, (a) => a.id);
  for (const a of articles) assert.equal(once.urls.get(a.id), `/bai-viet/${before.get(a)}/`);
  // A hash already taken (by hand) moves on to a counter.
  const clash = assignPermalinks([{ id: "b", title: "Cùng tiêu đề" }], new Map([["x", entry("/bai-viet/cung-tieu-de/")], ["y", entry(`/bai-viet/cung-tieu-de-${shortHash("b")}/`)]]));
  assert.equal(clash.urls.get("b"), `/bai-viet/cung-tieu-de-${shortHash("b")}-2/`);
});

test("new entries are appended; the text before them is kept byte for byte and reads back", () => {
  const text = `# hand-written note\n"a": /bai-viet/a/\nb:\n  url: /bai-viet/b/\n  redirectFrom: [/b/]`;
  const next = appendPermalinks(text, [["Tin tức/c \"x\"", "/bai-viet/c/"]]);
  assert.ok(next.startsWith(`${text}\n`));
  assert.deepEqual([...parsePermalinks(next).keys()], ["a", "b", 'Tin tức/c "x"']);
  assert.ok(appendPermalinks(null, [["a", "/bai-viet/a/"]]).startsWith(PERMALINKS_HEADER));
});

test("redirects are those of articles in the build, sorted by old URL", () => {
  const known = new Map([["a", entry("/bai-viet/a/", ["/z/", "/b-cu/"])], ["gone", entry("/bai-viet/g/", ["/g-cu/"])]]);
  assert.deepEqual(redirectsFor(known, ["a"]), [
    { from: "/b-cu/", to: "/bai-viet/a/", id: "a" },
    { from: "/z/", to: "/bai-viet/a/", id: "a" },
  ]);
});
