import { test } from "node:test";
import assert from "node:assert/strict";
import { extractOutlet } from "./outlet.ts";

test("outlet from site names, lead tags and hotline area codes", () => {
  const cases: [string[], string | null][] = [
    [["Theo dõi Báo Gia Lai trên Google News", "(GLO)- Sáng 4-3, …"], "Báo Gia Lai"],
    [["TPO - Theo Thượng tướng Hoàng Xuân Chiến, …"], "Tiền Phong"],
    [["TTO - Sáng 3/4, …"], "Tuổi Trẻ"],
    [["VOV.VN - Chiều 12/6, …"], "VOV"],
    [["(QĐND) - Sáng 5/5, …"], "Quân đội nhân dân"],
    [["Hotline: 0274 383 347", "Thứ bảy, 26-7-25 22:12:59"], "Báo Bình Dương"],
    [["Đường dây nóng: 0269.3823.xxx"], "Báo Gia Lai"],
    [["Trang chủ Hữu nghị Bốn phương kết bạn", "Hải An"], null],
    // Hà Nội and TP.HCM numbers are shared by many national newsrooms: no outlet from them.
    [["Hotline: 024 3825 1234", "Thứ hai, 02/12/2024 - 15:30"], null],
    [["Đường dây nóng: 028.3929.xxxx"], null],
  ];
  for (const [lines, outlet] of cases) assert.equal(extractOutlet(lines), outlet, lines[0]);
});

test("long pathological lines finish quickly", () => {
  for (const line of ["Theo dõi Báo ".repeat(8_000), "(".repeat(100_000), "Hotline: 0".repeat(10_000)]) extractOutlet([line]);
});

test("outlets are named as their mastheads print them: national papers without 'Báo', provincial ones with it", () => {
  const cases: [string[], string][] = [
    [["Theo dõi Báo Tiền Phong trên Google News"], "Tiền Phong"],
    [["Bản quyền thuộc về Báo Quân đội nhân dân. Ghi rõ nguồn khi phát hành lại."], "Quân đội nhân dân"],
    [["Cơ quan chủ quản: Báo Thanh Niên"], "Thanh Niên"],
    [["Báo Nhân Dân điện tử"], "Nhân Dân"],
    [["Báo Biên phòng"], "Biên phòng"],
    [["(BBP) - Sáng 4/3, Đồn Biên phòng Tà Lùng tổ chức …"], "Biên phòng"],
    [["© Báo Bình Dương"], "Báo Bình Dương"],
    [["Theo dõi Báo Quảng Ninh trên Google News"], "Báo Quảng Ninh"],
  ];
  for (const [lines, outlet] of cases) assert.equal(extractOutlet(lines), outlet, lines[0]);
});
