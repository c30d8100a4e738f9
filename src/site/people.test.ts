import { test } from "node:test";
import assert from "node:assert/strict";
import { personDirectory } from "./people.ts";

test("one person, one page: a spelling missing diacritics joins the fuller one as an alias", () => {
  // [names as articles write them, name → expected page (null: no page)]
  const cases: [string[], [string, string | null][]][] = [
    [["Nguyễn Chí Vịnh", "Nguyễn Chí Vịnh", "Nguyễn Chí Vinh"], [["Nguyễn Chí Vinh", "Nguyễn Chí Vịnh"], ["Nguyễn Chí Vịnh", "Nguyễn Chí Vịnh"]]],
    // Marks that differ are two people, not one misspelt.
    [["Lê Văn Hùng", "Lê Văn Hưng"], [["Lê Văn Hùng", "Lê Văn Hùng"], ["Lê Văn Hưng", "Lê Văn Hưng"]]],
    // A bare spelling two fuller ones could complete stays apart.
    [["Lê Văn Hung", "Lê Văn Hùng", "Lê Văn Hưng"], [["Lê Văn Hung", "Lê Văn Hung"], ["Lê Văn Hùng", "Lê Văn Hùng"]]],
    // A chain of ever fuller spellings ends on the fullest.
    [["Nguyen Chi Vinh", "Nguyễn Chí Vinh", "Nguyễn Chí Vịnh"], [["Nguyen Chi Vinh", "Nguyễn Chí Vịnh"], ["Nguyễn Chí Vinh", "Nguyễn Chí Vịnh"]]],
    // "Đ" written as "D".
    [["Đỗ Văn Đức", "Do Van Duc"], [["Do Van Duc", "Đỗ Văn Đức"]]],
    // A surname alone never gets a page.
    [["Brown", "Ross", "Wilbur Ross"], [["Brown", null], ["Ross", null], ["Wilbur Ross", "Wilbur Ross"]]],
  ];
  for (const [names, expected] of cases) {
    const directory = personDirectory(names);
    for (const [name, page] of expected) assert.equal(directory.pageOf(name), page, `${names.join(", ")}: ${name}`);
  }
  const directory = personDirectory(["Nguyễn Chí Vịnh", "Nguyễn Chí Vinh", "nguyễn chí vịnh"]);
  assert.deepEqual(directory.pages(), ["Nguyễn Chí Vịnh"]);
  assert.deepEqual(directory.aliasesOf("Nguyễn Chí Vịnh"), ["Nguyễn Chí Vinh"]);
});

test("the directory does not depend on the order of the names", () => {
  const names = ["Nguyễn Chí Vinh", "Nguyễn Chí Vịnh", "Lê Văn Hung", "Lê Văn Hùng", "Brown", "Tea Banh"];
  const pages = (list: string[]) => {
    const d = personDirectory(list);
    return list.map((n) => d.pageOf(n));
  };
  assert.deepEqual(pages([...names].reverse()).reverse(), pages(names));
});
