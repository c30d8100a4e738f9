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
