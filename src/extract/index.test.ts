import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "./index.ts";

const today = new Date(Date.UTC(2026, 0, 1));

/** A page in the shape of a provincial paper: logo, clock, headline, article, byline, related stories with their own dates. */
const PAGE = [
  "Báo Biên phòng",
  "Cập nhật lúc 08:15, Thứ Sáu, 14/03/2025 (GMT+7)",
  "",
  "Biên phòng Việt Nam - Lào tuần tra song phương lần thứ 12",
  "",
  "Sáng 12/3, tại Đồn Biên phòng Cửa khẩu Quốc tế Cầu Treo (Hà Tĩnh), Thượng tá Vi Văn Hùng, Đồn trưởng, cùng Trung tá Xổm-phon Vi-lay-vông, Chỉ huy trưởng Đại đội Biên phòng 951 (Lào), đã chủ trì buổi tuần tra song phương lần thứ 12.",
  "",
  "Hai bên đã tuần tra 5km đường biên, kiểm tra 8 cột mốc. Thượng tá Vi Văn Hùng cho biết, hoạt động này góp phần xây dựng đường biên giới hòa bình, hữu nghị, hợp tác và phát triển.",
  "",
  "Ảnh: Hoàng Bá Ngọc",
  "",
  "Tin liên quan",
  "Biên phòng Nghệ An tuần tra với Lào",
  "Ngày 3/1/2024, Đồn Biên phòng Nậm Cắn tuần tra song phương với Thiếu tá Phạm Văn Bảy.",
].join("\n");

test("the orchestrator hands each extractor its part of the page", () => {
  const a = extractArticle(PAGE, { today });
  assert.equal(a.date.date, "2025-03-12");
  assert.match(a.date.basis, /14\/03\/2025/);
  assert.deepEqual(a.partners, { names: ["Lào"], codes: ["LA"] });
  assert.equal(a.outlet, "Biên phòng", "the masthead prints the name without \"Báo\"");
  assert.equal(a.location, "Đồn Biên phòng Cửa khẩu Quốc tế Cầu Treo (Hà Tĩnh)");
  assert.ok(a.participants.some((p) => p.name === "Vi Văn Hùng"));
  assert.ok(a.participants.some((p) => p.name === "Xổm-phon Vi-lay-vông"));
});
