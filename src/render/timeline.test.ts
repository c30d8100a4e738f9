import { test } from "node:test";
import assert from "node:assert/strict";
import { ticks, timelineSvg } from "./timeline.ts";

test("timeline SVG is an image with a title and description, one bar segment per count", () => {
  const svg = timelineSvg(
    { years: ["2021", "2022"], rows: [{ name: "Lào <b>", url: null, counts: [2, 0] }, { name: "Khác", url: null, counts: [1, 3] }], totals: [3, 3] },
    "tl",
    "Số bài",
  ).value;
  assert.match(svg, /^<svg [^>]*role="img" aria-labelledby="tl-title tl-desc"/);
  assert.match(svg, /<title id="tl-title">Số bài<\/title><desc id="tl-desc">6 bài viết từ 2021 đến 2022\. Lào &lt;b&gt;: 2; Khác: 4\.<\/desc>/);
  assert.equal(svg.match(/<rect /g)?.length, 3);
  assert.deepEqual(ticks(3), [0, 1, 2, 3]);
  assert.deepEqual(ticks(37), [0, 10, 20, 30, 40]);
});

test("a long span is drawn at one unit per pixel with every year labelled, so it scrolls rather than shrinks", () => {
  const years = Array.from({ length: 32 }, (_, i) => String(1995 + i));
  const svg = timelineSvg({ years, rows: [{ name: "Lào", url: null, counts: years.map((_, i) => i % 4) }], totals: years.map((_, i) => i % 4) }, "tl", "Số bài").value;
  const [, w, h] = /viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(svg)!;
  assert.match(svg, new RegExp(`width="${w}" height="${h}"`), "the drawn size is the viewBox's");
  assert.ok(Number(w) >= 32 * 36, `wide enough for 32 labels (${w})`);
  for (const year of years) assert.match(svg, new RegExp(`>${year}</text>`), year);
  // A short span still fills a phone's column.
  const short = timelineSvg({ years: ["2023", "2024"], rows: [{ name: "Lào", url: null, counts: [1, 2] }], totals: [1, 2] }, "tl", "Số bài").value;
  assert.match(short, /viewBox="0 0 320 /);
});
