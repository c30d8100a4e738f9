import { test } from "node:test";
import assert from "node:assert/strict";
import { COLUMNS, checkValue, toCsv, type OpenDataRecord } from "./opendata.ts";

const record: OpenDataRecord = {
  id: "vov/2024/a",
  url: "/bai-viet/a/",
  title: 'Hội thảo "An ninh biển", lần thứ 2',
  date: null,
  partners: ["Nhật Bản", "Hàn Quốc"],
  event: null,
  ordinal: null,
  location: "Đà Nẵng",
  participants: ["Lê Văn Bình (Đại tá)"],
  outlet: "VOV",
  mentioned: ["Trần Văn An (Bộ trưởng)"],
};

test("CSV: header from the columns, lists joined with '; ', null empty, quotes escaped", () => {
  const csv = toCsv([record]);
  const [header, row] = csv.trimEnd().split("\n");
  assert.equal(header, COLUMNS.map((c) => c.name).join(","));
  assert.equal(row, 'vov/2024/a,/bai-viet/a/,"Hội thảo ""An ninh biển"", lần thứ 2",,Nhật Bản; Hàn Quốc,,,Đà Nẵng,Lê Văn Bình (Đại tá),VOV,Trần Văn An (Bộ trưởng)');
});

test("values are checked against their column's type", () => {
  const col = (name: string) => COLUMNS.find((c) => c.name === name)!;
  assert.equal(checkValue(col("date"), null), null);
  assert.match(checkValue(col("date"), "14/5/2022") ?? "", /not a date/);
  assert.match(checkValue(col("title"), null) ?? "", /must not be null/);
  assert.match(checkValue(col("ordinal"), 0) ?? "", /not a integer/);
  assert.equal(checkValue(col("partners"), ["Lào"]), null);
  assert.match(checkValue(col("partners"), "Lào") ?? "", /not a string\[\]/);
});
