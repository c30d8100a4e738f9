import { test } from "node:test";
import assert from "node:assert/strict";
import { articleCount, joinNames, monthName, pagedTitle, vietnameseDate } from "./format.ts";
import { jsonForScript, newsArticle } from "./jsonld.ts";
import { ticks, timelineSvg } from "./timeline.ts";
import { pagerNumbers } from "./components.ts";

test("Vietnamese dates and labels", () => {
  assert.equal(vietnameseDate("2022-05-14"), "Thứ Bảy, 14/5/2022");
  assert.equal(vietnameseDate("2025-10-29"), "Thứ Tư, 29/10/2025");
  assert.equal(vietnameseDate("2020-09-06"), "Chủ Nhật, 6/9/2020");
  assert.equal(vietnameseDate(null), "Chưa rõ ngày");
  assert.equal(monthName(5, "2022"), "Tháng 5/2022");
  assert.equal(articleCount(1234), "1.234 bài viết");
  assert.equal(joinNames(["Lào", "Campuchia", "Thái Lan"]), "Lào, Campuchia và Thái Lan");
  assert.equal(pagedTitle("Lào", 1), "Lào");
  assert.equal(pagedTitle("Lào", 3), "Lào – trang 3");
});

test("JSON for <script> cannot close the element", () => {
  const out = jsonForScript({ headline: "</script><script>alert(1)</script> & <!--" });
  assert.doesNotMatch(out, /[<>&]/);
  assert.equal(JSON.parse(out).headline, "</script><script>alert(1)</script> & <!--");
});

test("NewsArticle: authors from credits, publisher from the outlet, about partners, mentions participants", () => {
  const ld = newsArticle(
    {
      headline: "Hội đàm",
      url: "/bai-viet/hoi-dam/",
      datePublished: "2024-06-18",
      description: "",
      outlet: "VOV",
      credits: ["Minh Anh"],
      partners: [{ name: "Lào", url: "/doi-tac/lao/" }],
      participants: [{ name: "Phan Văn Giang", title: "Đại tướng", url: "/nhan-vat/phan-van-giang/" }],
      siteName: "Lưu trữ",
    },
    (u) => `https://example.org${u}`,
  ) as Record<string, unknown>;
  assert.deepEqual(ld.author, [{ "@type": "Person", name: "Minh Anh" }]);
  assert.deepEqual(ld.publisher, { "@type": "Organization", name: "VOV" });
  assert.deepEqual(ld.about, [{ "@type": "Country", name: "Lào", url: "https://example.org/doi-tac/lao/" }]);
  assert.equal((ld.mentions as { jobTitle: string }[])[0]!.jobTitle, "Đại tướng");
});

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

test("the pager shows the first, last and nearby pages with gaps", () => {
  assert.deepEqual(pagerNumbers(1, 3), [1, 2, 3]);
  assert.deepEqual(pagerNumbers(10, 500), [1, 0, 8, 9, 10, 11, 12, 0, 500]);
});
