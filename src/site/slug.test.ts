import { test } from "node:test";
import assert from "node:assert/strict";
import { nameKey, nameSlugs, slug, uniqueSlugs } from "./slug.ts";

test("slug removes diacritics, maps đ to d and joins words with hyphens", () => {
  const cases: [string, string][] = [
    ["Đối thoại", "doi-thoai"],
    ["Hoàng Xuân Chiến", "hoang-xuan-chien"],
    ["Campuchia", "campuchia"],
    ["Đối thoại Chính sách quốc phòng Việt Nam–Campuchia lần thứ 5", "doi-thoai-chinh-sach-quoc-phong-viet-nam-campuchia-lan-thu-5"],
    ["Báo Quân đội nhân dân", "bao-quan-doi-nhan-dan"],
    ["Hoa Kỳ", "hoa-ky"],
    ["  ĐẠI TƯỚNG  Phan Văn Giang ", "dai-tuong-phan-van-giang"],
    ["Ủy ban", "uy-ban"],
    ["???", "bai-viet"],
  ];
  for (const [input, expected] of cases) assert.equal(slug(input), expected, input);
});

interface Item {
  id: string;
  title: string;
}

const slugsOf = (items: Item[]) => {
  const map = uniqueSlugs(items, (i) => i.title, (i) => i.id);
  return Object.fromEntries(items.map((i) => [i.id, map.get(i)!]));
};

test("colliding titles get unique slugs; the one with the smallest key keeps the bare slug", () => {
  const result = slugsOf([
    { id: "vov/b.txt", title: "Đối thoại quốc phòng Việt - Lào" },
    { id: "qdnd/a.txt", title: "Đối thoại quốc phòng Việt – Lào" },
    { id: "other.txt", title: "Tin khác" },
  ]);
  assert.equal(result["qdnd/a.txt"], "doi-thoai-quoc-phong-viet-lao");
  assert.match(result["vov/b.txt"]!, /^doi-thoai-quoc-phong-viet-lao-[0-9a-f]{6}$/);
  assert.equal(new Set(Object.values(result)).size, 3);
});

test("adding an unrelated article changes no existing slug, in any input order", () => {
  const before: Item[] = [
    { id: "a", title: "Hội đàm quốc phòng Việt Nam - Nhật Bản" },
    { id: "b", title: "Hội đàm quốc phòng Việt Nam – Nhật Bản" },
    { id: "c", title: "Giao lưu hữu nghị biên giới" },
  ];
  const first = slugsOf(before);
  const after = slugsOf([{ id: "0-new", title: "Tập trận chung trên biển" }, ...[...before].reverse()]);
  for (const item of before) assert.equal(after[item.id], first[item.id], item.id);
});

test("names that differ only in diacritics get different slugs; spellings of one name share one", () => {
  const slugs = nameSlugs(["Lê Văn Hưng", "Lê Văn Hùng", "Lê  văn Hùng", "Campuchia"]);
  assert.equal(slugs.size, 3);
  assert.equal(slugs.get(nameKey("Lê văn Hùng")), slugs.get(nameKey("Lê Văn Hùng")));
  assert.notEqual(slugs.get(nameKey("Lê Văn Hưng")), slugs.get(nameKey("Lê Văn Hùng")));
  assert.equal(slugs.get(nameKey("Campuchia")), "campuchia");
});
