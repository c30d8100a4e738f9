/**
 * Property-based tests over arbitrary Unicode (fast-check): ingest never throws, the front-matter
 * gray-matter writes always reads back as written, and rendered article HTML never contains
 * anything that runs script.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { processRaw } from "../src/ingest/article.ts";
import { toMarkdownFile } from "../src/ingest/index.ts";
import { parseArticleFile } from "../src/site/read.ts";
import { renderMarkdown } from "../src/render/markdown.ts";
import { blocksToMarkdown } from "../src/ingest/markdown.ts";
import type { FrontMatter } from "../src/schema.ts";

const RUNS = { numRuns: 200, includeErrorInReport: true };
const TODAY = { today: new Date("2025-01-01") };

/** Fragments that attack Markdown, HTML, templates and YAML, mixed into arbitrary text below. */
const HOSTILE = [
  "<script>alert(1)</script>", "<SCRIPT SRC=//x.js>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>",
  "<iframe src=//x>", "<object data=x>", "<embed src=x>", "<a href=\"javascript:alert(1)\">x</a>",
  "[bấm vào](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x]( javascript:alert(1) )", "![a](javascript:x)",
  "<javascript:alert(1)>", "[x][r]\n\n[r]: javascript:alert(1)", "<a href=\"&#106;avascript:x\">", "<style>*{}</style>",
  "<div onmouseover=\"x\">", "{{ site.name }}", "{% include x %}", "{{{", "---", "---\ntitle: x\n---", "# ", "- ", "> ", "1. ",
  "```", "`", "***", "\\", ":::caption", "::x", ":x[y]", "&amp;", "&#60;script&#62;", "\u0000", "\ufeff", "\r", "\r\n", "\n", "\n\n",
  ": ", "'", "\"", "#", "|", "Ảnh: ", "Thượng tướng ", "31/2/2024", "Đối thoại",
];

/** Arbitrary Unicode text with hostile fragments mixed in. */
const text = fc
  .array(fc.oneof(fc.string({ unit: "binary", maxLength: 30 }), fc.constantFrom(...HOSTILE), fc.string({ unit: "grapheme", maxLength: 30 })), { maxLength: 25 })
  .map((parts) => parts.join(""));

/** Arbitrary lines, so that some text survives as a headline and body. */
const page = fc.array(text, { minLength: 1, maxLength: 8 }).map((lines) => lines.join("\n"));

const yamlish = fc.oneof(fc.string({ unit: "binary", maxLength: 40 }), fc.constantFrom(...HOSTILE), text);
const nonEmpty = yamlish.filter((s) => s.length > 0);

/** Any front-matter the schema allows, with hostile strings in every text field. */
const frontMatter: fc.Arbitrary<FrontMatter> = fc.record({
  file: nonEmpty,
  title: nonEmpty,
  date: fc.option(fc.date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))),
  dateBasis: yamlish,
  partners: fc.array(yamlish, { maxLength: 3 }),
  partnerCodes: fc.array(yamlish, { maxLength: 3 }),
  event: fc.option(yamlish),
  eventOrdinal: fc.option(fc.integer({ min: 1, max: 1000 })),
  location: fc.option(yamlish),
  participants: fc.array(fc.record({ name: nonEmpty, title: yamlish }), { maxLength: 3 }),
  mentioned: fc.array(fc.record({ name: nonEmpty, title: yamlish }), { maxLength: 2 }),
  outlet: fc.option(yamlish),
  credits: fc.array(yamlish, { maxLength: 3 }),
  id: nonEmpty,
  sourceHash: fc.string({ maxLength: 64 }),
  warnings: fc.array(yamlish, { maxLength: 3 }),
  corrected: fc.array(yamlish, { maxLength: 2 }),
});

/**
 * Problems in sanitized HTML, where text never holds a literal "<" (it is escaped), so outside
 * quoted attribute values every "<" starts a real tag.
 */
function scriptHazards(html: string): string[] {
  const found: string[] = [];
  for (const [tag, name, attributes] of html.matchAll(/<\/?([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
    if (/^(script|iframe|object|embed|frame|frameset|applet|base|form|meta|link|style|svg|math)$/i.test(name!)) found.push(tag);
    for (const [attribute, attrName, value] of attributes!.matchAll(/([^\s"'=<>/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      if (/^on/i.test(attrName!) || /^(style|srcdoc|formaction)$/i.test(attrName!)) found.push(attribute);
      const decoded = (value ?? "")
        .replace(/^["']|["']$/g, "")
        .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
        .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Number(d)))
        .replace(/&colon;/gi, ":")
        .replace(/[\s\u0000-\u001f]/g, "");
      if (/^(javascript|vbscript|data):/i.test(decoded)) found.push(attribute);
    }
  }
  return found;
}

test("the hazard check itself finds what it must", () => {
  assert.deepEqual(scriptHazards('<p>&lt;script&gt; onerror=x javascript:x</p><a href="https://vov.vn/">x</a>'), []);
  assert.deepEqual(scriptHazards('<code class="language-<script>x</script>"></code>'), [], "a quoted attribute value is not a tag");
  for (const bad of ["<script>", '<img src=x onerror="x">', '<a href="java&#x09;script:x">', "<iframe>", '<a href=" JAVASCRIPT:x">', "<embed src=x>"]) {
    assert.notDeepEqual(scriptHazards(bad), [], bad);
  }
});

test("ingest never throws on arbitrary text or bytes", () => {
  fc.assert(
    fc.property(page, (raw) => {
      processRaw(new TextEncoder().encode(raw), "bai.txt", TODAY);
    }),
    RUNS,
  );
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
      const result = processRaw(bytes, "bai.txt", TODAY);
      if (!result.ok) assert.ok(result.reason.length > 0, "a skip always has a reason");
    }),
    RUNS,
  );
});

test("front-matter written by gray-matter reads back exactly as written", () => {
  fc.assert(
    fc.property(frontMatter, text, (fm, body) => {
      const read = parseArticleFile(toMarkdownFile(fm, body), "bai.md");
      // fast-check builds records without a prototype; compare plain copies.
      assert.deepEqual(read.frontMatter, structuredClone(fm));
      assert.equal(read.body, body.endsWith("\n") ? body : `${body}\n`, "the body, even one opening with a --- block, stays body");
    }),
    RUNS,
  );
});

test("an ingested article's front-matter and body read back exactly as written", () => {
  fc.assert(
    fc.property(page, (raw) => {
      const result = processRaw(new TextEncoder().encode(raw), "thư mục/bài: \"1\".txt", TODAY);
      if (!result.ok) return;
      const read = parseArticleFile(toMarkdownFile(result.frontMatter, result.body), "bai.md");
      assert.deepEqual(read.frontMatter, result.frontMatter);
      assert.equal(read.body, result.body.endsWith("\n") ? result.body : `${result.body}\n`);
    }),
    RUNS,
  );
});

test("rendered article HTML never contains an element or attribute that runs script", () => {
  fc.assert(
    fc.property(page, (raw) => {
      const result = processRaw(new TextEncoder().encode(raw), "bai.txt", TODAY);
      if (result.ok) assert.deepEqual(scriptHazards(renderMarkdown(result.body)), []);
    }),
    RUNS,
  );
  // The renderer is safe on its own, even for Markdown that did not come from ingest.
  fc.assert(
    fc.property(page, (markdown) => {
      assert.deepEqual(scriptHazards(renderMarkdown(markdown)), []);
    }),
    RUNS,
  );
  fc.assert(
    fc.property(fc.array(text, { maxLength: 6 }), (paragraphs) => {
      const md = blocksToMarkdown(paragraphs.map((t, i) => ({ kind: i % 3 === 2 ? "caption" : "paragraph", text: t, line: i + 1 })));
      assert.deepEqual(scriptHazards(renderMarkdown(md)), []);
    }),
    RUNS,
  );
});
