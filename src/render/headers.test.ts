import { test } from "node:test";
import assert from "node:assert/strict";
import { staticHostHeaders, CONTENT_SECURITY_POLICY, HASHED_CACHE, HTML_CACHE } from "./headers.ts";

/** Parses a `_headers` file into rules, checking the format hosts expect on the way. */
function parse(file: string): { path: string; headers: Map<string, string> }[] {
  const rules: { path: string; headers: Map<string, string> }[] = [];
  for (const line of file.split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    if (line.startsWith("/")) {
      rules.push({ path: line, headers: new Map() });
      continue;
    }
    const m = /^ {2}([A-Za-z-]+): (.+)$/.exec(line);
    assert.ok(m && rules.length > 0, `bad line: ${line}`);
    rules.at(-1)!.headers.set(m[1]!, m[2]!);
  }
  return rules;
}

/** Whether a host pattern ("/a/*", "/a/:name/b", "/") matches a request path; `:name` is one segment. */
function matches(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(:[a-z]+|\*$)/)
    .map((part) => (part === "*" ? ".*" : part.startsWith(":") ? "[^/]+" : part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${source}$`).test(path);
}

test("the policy allows the site's own scripts and WebAssembly, and nothing inline or foreign", () => {
  assert.match(CONTENT_SECURITY_POLICY, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  assert.doesNotMatch(CONTENT_SECURITY_POLICY, /'unsafe-inline'|'unsafe-eval'|https?:|\*/);
  assert.match(CONTENT_SECURITY_POLICY, /object-src 'none'/);
});

for (const basePath of ["/", "/luu-tru/"]) {
  test(`every rule sits under the base path ${basePath}, and no path gets two cache lifetimes`, () => {
    const rules = parse(staticHostHeaders(basePath));
    const prefix = basePath.replace(/\/$/, "");
    for (const r of rules) assert.ok(r.path.startsWith(`${prefix}/`), r.path);
    const all = rules.filter((r) => r.headers.has("Content-Security-Policy"));
    assert.deepEqual(all.map((r) => r.path), [`${prefix}/*`]);

    const cacheFor = (path: string): string[] =>
      rules.filter((r) => r.headers.has("Cache-Control") && matches(r.path, path)).map((r) => r.headers.get("Cache-Control")!);
    assert.deepEqual(cacheFor(`${prefix}/`), [HTML_CACHE]);
    assert.deepEqual(cacheFor(`${prefix}/bai-viet/doi-thoai-quoc-phong/`), [HTML_CACHE]);
    assert.deepEqual(cacheFor(`${prefix}/trang/2/`), [HTML_CACHE]);
    assert.deepEqual(cacheFor(`${prefix}/pagefind/fragment/vi_3f2a1b.pf_fragment`), [HASHED_CACHE]);
    assert.deepEqual(cacheFor(`${prefix}/pagefind/index/vi_9c8d7e.pf_index`), [HASHED_CACHE]);
    // A large archive's further search shards (src/search/shards.ts) are hashed the same way.
    assert.deepEqual(cacheFor(`${prefix}/pagefind/shard-2/fragment/vi_3f2a1b.pf_fragment`), [HASHED_CACHE]);
    assert.deepEqual(cacheFor(`${prefix}/pagefind/shard-12/index/vi_9c8d7e.pf_index`), [HASHED_CACHE]);
    assert.deepEqual(cacheFor(`${prefix}/pagefind/shard-2/pagefind-entry.json`), []);
    assert.deepEqual(cacheFor(`${prefix}/pagefind/shards.json`), []);
    // Unhashed names keep the host's revalidating default, so a new build is picked up at once.
    assert.deepEqual(cacheFor(`${prefix}/pagefind/pagefind.js`), []);
    assert.deepEqual(cacheFor(`${prefix}/pagefind/pagefind-entry.json`), []);
    for (const r of rules) {
      for (const other of rules) {
        if (r !== other && r.headers.has("Cache-Control") && other.headers.has("Cache-Control")) {
          assert.ok(!matches(r.path, other.path.replace(/\*$/, "x")), `${r.path} overlaps ${other.path}`);
        }
      }
    }
  });
}
