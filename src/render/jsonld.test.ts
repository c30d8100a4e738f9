import { test } from "node:test";
import assert from "node:assert/strict";
import { jsonForScript, newsArticle } from "./jsonld.ts";

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
