import { test } from "node:test";
import assert from "node:assert/strict";
import { articleCrumbs, sectionCrumbs } from "./crumbs.ts";
import type { SiteArticle } from "./model.ts";

test("an article's trail goes through its year and month; an undated one stops at the archive", () => {
  const dated = { title: "Hội đàm", url: "/bai-viet/hoi-dam/", year: "2022", month: "2022-05" } as SiteArticle;
  assert.deepEqual(articleCrumbs(dated).map((c) => [c.name, c.url]), [
    ["Trang chủ", "/"],
    ["Lưu trữ", "/luu-tru/"],
    ["2022", "/luu-tru/2022/"],
    ["Tháng 5", "/luu-tru/2022/05/"],
    ["Hội đàm", "/bai-viet/hoi-dam/"],
  ]);
  const undated = { title: "Tin cũ", url: "/bai-viet/tin-cu/", year: null, month: null } as SiteArticle;
  assert.deepEqual(articleCrumbs(undated).map((c) => c.url), ["/", "/luu-tru/", "/bai-viet/tin-cu/"]);
});

test("section trails: index pages end at the section, item pages at the item", () => {
  assert.deepEqual(sectionCrumbs("partner").map((c) => c.name), ["Trang chủ", "Đối tác"]);
  assert.deepEqual(sectionCrumbs("person", { name: "Phan Văn Giang", url: "/nhan-vat/phan-van-giang/" }).map((c) => c.url), ["/", "/nhan-vat/", "/nhan-vat/phan-van-giang/"]);
});
