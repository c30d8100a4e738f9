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
  for (const line of ["Theo dõi Báo ".repeat(8_000), "(".repeat(100_000), "Hotline: 0".repeat(10_000), "a".repeat(100_000) + "@", "a.".repeat(50_000), "a@".repeat(50_000)]) {
    extractOutlet([line], `${line.slice(0, 5_000)}/a.txt`);
  }
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

test("where the file came from names the outlet when the text does not", () => {
  // [lines, the file's path under the content folder, expected outlet]
  const cases: [string[], string | undefined, string | null][] = [
    [["Hai bên hội đàm."], "vov.vn/2024/doi-thoai.txt", "VOV"],
    [["Hai bên hội đàm."], "www.qdnd.vn/a.txt", "Quân đội nhân dân"],
    [["Hai bên hội đàm."], "m.vietnamplus.vn/2023/a.txt", "VietnamPlus"],
    [["Hai bên hội đàm."], "vov/2024/a.txt", "VOV"],
    // Provincial papers need no entry: "bao<province>".
    [["Hai bên hội đàm."], "baoquangnam.vn/a.txt", "Báo Quảng Nam"],
    [["Hai bên hội đàm."], "baogialai.com.vn/2025/a.txt", "Báo Gia Lai"],
    // An unknown site is recorded by its host.
    [["Hai bên hội đàm."], "songv.example.gov.vn/a.txt", "songv.example.gov.vn"],
    // A folder that names no site tells nothing.
    [["Hai bên hội đàm."], "2024/thang-5/a.txt", null],
    [["Hai bên hội đàm."], undefined, null],
    // A URL line the scraper left at the top.
    [["https://tuoitre.vn/hai-ben-hoi-dam-2024.htm", "Hai bên hội đàm."], "2024/a.txt", "Tuổi Trẻ"],
    [["Nguồn: https://nhandan.vn/a-post1.html", "Hai bên hội đàm."], undefined, "Nhân Dân"],
    // The page naming itself wins over the folder.
    [["TPO - Sáng 3/4, hai bên hội đàm."], "vov.vn/a.txt", "Tiền Phong"],
  ];
  for (const [lines, source, outlet] of cases) assert.equal(extractOutlet(lines, source), outlet, `${source}: ${lines[0]}`);
});

test("a page names itself by its host in the furniture, its newsroom's e-mail or a lead tag of its own name", () => {
  const cases: [string[], string | null][] = [
    [["Đường dây nóng", "0901.22.33.66 - toasoan@toquoc.gov.vn", "Hai bên hội đàm."], "Tổ Quốc"],
    [["Hai bên hội đàm.", "Vufo.org.vn"], "Liên hiệp các tổ chức hữu nghị Việt Nam"],
    // A file name is no host.
    [["ttxvn-hoi-dam-1.jpg", "Hai bên hội đàm."], null],
    [["(Dân Việt) - Hôm nay, hội nghị khai mạc."], "Dân Việt"],
    [["LCĐT - Chiều 26/3, Chủ tịch tỉnh tiếp Đại sứ."], "Báo Lào Cai"],
    // A wire agency's tag names the source of a reprint, not the outlet.
    [["(TTXVN) - Chiều 26/3, hai bên hội đàm."], null],
  ];
  for (const [lines, outlet] of cases) assert.equal(extractOutlet(lines), outlet, lines[0]);
});
