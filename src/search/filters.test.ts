import { test } from "node:test";
import assert from "node:assert/strict";
import { buildSiteModel } from "../site/model.ts";
import { filterValues } from "./filters.ts";
import { articleFilters } from "./meta.ts";
import { testFrontMatter } from "../../test/helpers/front-matter.ts";

test("the search page offers, for each filter, exactly the values its articles can be found by, one-off events aside", () => {
  const model = buildSiteModel([
    testFrontMatter("a", { partners: ["Lào"], location: "Nghệ An", outlet: "Báo Biên phòng", participants: [{ name: "Lê Đức Thái", title: "Trung tướng" }], mentioned: [{ name: "Trần Văn Nam", title: "" }] }),
    testFrontMatter("b", { partners: ["Campuchia"], location: "Côn Đảo", event: "Giao lưu hữu nghị quốc phòng biên giới lần thứ 2", eventOrdinal: 2, participants: [{ name: "Le Duc Thai", title: "" }] }),
    testFrontMatter("c", { event: "Giao lưu hữu nghị quốc phòng biên giới lần thứ 3", eventOrdinal: 3 }),
    testFrontMatter("d", { event: "Hội đàm với Bộ trưởng Quốc phòng Lào" }),
  ].map((fm) => ({ frontMatter: fm, body: `${fm.id}.` })));
  const offered = filterValues(model);
  // Trần Văn Nam is only mentioned: filtering by him would find nothing.
  assert.deepEqual(offered.participant, ["Lê Đức Thái"]);
  assert.deepEqual(offered.place, ["Côn Đảo", "Nghệ An"]);
  const carried = (key: keyof typeof offered) => [...new Set(model.articles.flatMap((a) => articleFilters(a)[key]))].sort();
  for (const key of Object.keys(offered) as (keyof typeof offered)[]) {
    if (key !== "series") assert.deepEqual([...offered[key]].sort(), carried(key), key);
  }
  // A series of one article is a one-off event: the articles carry it, the page does not offer it.
  assert.deepEqual(carried("series"), ["Giao lưu hữu nghị quốc phòng biên giới", "Hội đàm với Bộ trưởng Quốc phòng Lào"]);
  assert.deepEqual(offered.series, ["Giao lưu hữu nghị quốc phòng biên giới"]);
});
