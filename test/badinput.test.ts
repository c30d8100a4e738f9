/**
 * End to end over bad input: the seeds plus one file of each bad kind (generated here, in a
 * temporary folder) build into a site that skips exactly the files that cannot be articles, with
 * reasons, and serves every other article correctly: decoded, escaped, linked to its duplicates.
 * Then the guarantees: --strict fails, and a failed or interrupted build leaves the previous site
 * byte for byte as it was; nothing in the content folder is changed (the build only adds the
 * permalinks file beside it).
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile, stat } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { build, cacheDirFor, StrictError, type BuildReport } from "../src/build.ts";
import { listRawFiles, toMarkdownFile } from "../src/ingest/index.ts";
import { processRaw } from "../src/ingest/article.ts";
import { parseArticleFile } from "../src/site/read.ts";

const SEEDS = "content/raw";

/** A short article in the shape scraped pages have: headline, date line, lead, paragraphs, credit. */
function story(title: string, dateLine: string, paragraphs: readonly string[], credit = "Ảnh: Phóng viên"): string {
  return [title, dateLine, ...paragraphs, credit].join("\n");
}

/** Text as Windows-1258 stores it: ă â ê ô ơ ư precomposed, tone marks as separate combining characters. */
function cp1258Form(text: string): string {
  const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
  return text.normalize("NFD").replace(/(\p{L})(\p{M}+)/gu, (_, base: string, marks: string) => {
    const tones = marks.match(TONES)?.join("") ?? "";
    return (base + marks.replace(TONES, "")).normalize("NFC") + tones;
  });
}

/** UTF-8 read as Windows-1252 (unmapped bytes kept as C1 controls, as Windows does) and saved again as UTF-8. */
function mojibake(text: string): string {
  return [...Buffer.from(text, "utf8")]
    .map((b) => {
      const c = iconv.decode(Buffer.from([b]), "windows-1252");
      return c === "\ufffd" ? String.fromCharCode(b) : c;
    })
    .join("");
}

const utf8 = (text: string): Buffer => Buffer.from(text, "utf8");

/** Bytes as Windows-1252 shows them, saved again as UTF-8: old-font text pasted out of an old document. */
function pastedAsWindows1252(bytes: Buffer): Buffer {
  return utf8([...bytes].map((b) => {
    const c = iconv.decode(Buffer.from([b]), "windows-1252");
    return c === "\ufffd" ? String.fromCharCode(b) : c;
  }).join(""));
}

/** A news item written for the encoding tests, in VNI as GNU recode encodes it (test/fixtures/encodings/). */
const VNI_BYTES = readFileSync(new URL("./fixtures/encodings/text.vni.bin", import.meta.url));
const VNI_TITLE = "Hải quân hai nước diễn tập tìm kiếm cứu nạn trên biển";

/** The bytes up to and including the lead byte of the last multibyte character, as a download cut short leaves them. */
function cutInsideLastCharacter(bytes: Buffer): Buffer {
  const lead = bytes.findLastIndex((b) => b >= 0xc0);
  return bytes.subarray(0, lead + 1);
}

const LEGACY = story(
  "Hải quân Việt Nam và Hải quân Hoàng gia Malaysia tuần tra chung trên biển",
  "Thứ Năm, 14/9/2023 09:00",
  [
    "(QĐND) - Ngày 13/9, Bộ Tư lệnh Vùng 5 Hải quân phối hợp với Hải quân Hoàng gia Malaysia tổ chức chuyến tuần tra chung lần thứ hai tại vùng biển giáp ranh hai nước.",
    "Trong quá trình tuần tra, hai tàu đã diễn tập thông tin liên lạc, cứu hộ cứu nạn và trao đổi kinh nghiệm xử lý tình huống trên biển theo Bộ quy tắc ứng xử về những cuộc chạm trán không định trước.",
    "Chuẩn Đô đốc Nguyễn Văn Bình, Tư lệnh Vùng 5 Hải quân, khẳng định hoạt động góp phần xây dựng vùng biển hòa bình, hữu nghị và hợp tác.",
  ],
);

const MOJIBAKE = story(
  "Bộ đội Biên phòng Quảng Trị giao lưu hữu nghị với lực lượng bảo vệ biên giới Lào",
  "Chủ Nhật, 21/5/2023 15:20",
  [
    "(Báo Biên phòng) - Ngày 20/5, tại Cửa khẩu quốc tế Lao Bảo, Bộ đội Biên phòng tỉnh Quảng Trị tổ chức giao lưu với Chỉ huy Quân sự tỉnh Savannakhet của Lào.",
    "Hai bên đã trao đổi tình hình an ninh trật tự khu vực biên giới, thống nhất tăng cường tuần tra song phương, phòng chống buôn lậu và mua bán người qua biên giới.",
    "Nhân dịp này, đoàn công tác đã trao tặng quà cho học sinh nghèo hai bên biên giới và thăm hỏi các gia đình chính sách.",
  ],
);

const CUT = story(
  "Học viện Quốc phòng tiếp đoàn sĩ quan cao cấp Quân đội Hoàng gia Thái Lan",
  "Thứ Hai, 6/11/2023 10:45",
  [
    "(VietnamPlus) - Sáng 6/11, tại Hà Nội, Trung tướng Trần Việt Khoa, Giám đốc Học viện Quốc phòng, đã tiếp đoàn sĩ quan cao cấp của Học viện Quốc phòng Thái Lan.",
    "Hai bên trao đổi về chương trình đào tạo sĩ quan cấp chiến lược, nghiên cứu khoa học quân sự và trao đổi học viên giữa hai học viện.",
    "Đoàn Thái Lan bày tỏ ấn tượng với cơ sở vật chất và mong muốn mở rộng hợp tác trong thời gian tới với Đối",
  ],
  "",
).trimEnd();

const HOSTILE_TITLE = `Hội đàm "đặc biệt": Việt Nam – Ấn Độ #2 {{ site.name }} <script>alert('tiêu đề')</script>`;
const HOSTILE = [
  HOSTILE_TITLE,
  "Thứ Tư, 10/4/2024 08:30",
  "(Báo Biên phòng) - Ngày 9/4, tại New Delhi, đoàn đại biểu Bộ Quốc phòng Việt Nam <script>alert(1)</script> hội đàm với Bộ Quốc phòng Ấn Độ về hợp tác gìn giữ hòa bình.",
  'Đoàn đã <img src=x onerror="alert(2)"> thăm Học viện Quốc phòng Ấn Độ và <iframe src="https://evil.example/"></iframe> trao đổi kinh nghiệm đào tạo sĩ quan.',
  'Xem thêm [tại đây](javascript:alert(3)) hoặc <a href="javascript:alert(4)">bấm vào</a> để đọc toàn văn tuyên bố chung của hai Bộ trưởng.',
  "Hai bên thống nhất rằng {{ site.name }} và {% include \"x\" %} chỉ là chữ, không phải mã mẫu, trong bài viết này.",
  "---",
  "title: Tiêu đề giả mạo",
  "date: 2000-01-01",
  "---",
  "Bộ trưởng hai nước khẳng định quan hệ Đối tác chiến lược toàn diện Việt Nam – Ấn Độ tiếp tục phát triển tốt đẹp trên mọi lĩnh vực.",
].join("\n");

const YAML_TITLE = `Tin nhanh: 'Quốc phòng' & "an ninh" #3 – hợp tác với Nhật Bản`;
const DASH_TITLE = `- Bản tin: "Hải quân" thăm Philippines #4`;
const DASH_STORY = story(DASH_TITLE, "Thứ Ba, 12/3/2024", [
  "(QĐND) - Tàu 18 Hải quân Nhân dân Việt Nam cập cảng Manila, bắt đầu chuyến thăm hữu nghị Philippines kéo dài bốn ngày.",
  "Trong thời gian thăm, cán bộ, chiến sĩ tàu sẽ giao lưu thể thao và tham quan các đơn vị Hải quân Philippines.",
]);

const SAME_TITLE = "Tăng cường hợp tác quốc phòng song phương";
const ORIGINAL = story(
  "Việt Nam – Australia tổ chức Đối thoại Chính sách quốc phòng lần thứ 5",
  "Thứ Ba, 22/8/2023 16:00",
  [
    "(TTXVN) - Chiều 22/8, tại Canberra, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng Việt Nam và ông Greg Moriarty, Thư ký Bộ Quốc phòng Australia, đồng chủ trì Đối thoại Chính sách quốc phòng Việt Nam – Australia lần thứ 5.",
    "Hai bên đánh giá cao kết quả hợp tác quốc phòng thời gian qua, đặc biệt trong đào tạo tiếng Anh, gìn giữ hòa bình Liên hợp quốc và vận chuyển bằng đường không lực lượng gìn giữ hòa bình của Việt Nam tới Nam Sudan.",
    "Thượng tướng Hoàng Xuân Chiến đề nghị Australia tiếp tục hỗ trợ Việt Nam khắc phục hậu quả bom mìn sau chiến tranh, nâng cao năng lực cho Bệnh viện dã chiến cấp 2 và mở rộng hợp tác an ninh biển.",
    "Ông Greg Moriarty khẳng định Australia coi trọng quan hệ Đối tác chiến lược với Việt Nam và mong muốn phối hợp chặt chẽ tại các diễn đàn đa phương do ASEAN chủ trì.",
  ],
);
/** The same wire story as another outlet ran it: its own headline, lead and credit, a paragraph cut. */
const REPUBLISHED = story(
  "Đối thoại Chính sách quốc phòng Việt Nam – Australia lần thứ năm",
  "22/08/2023 17:35",
  [
    "(VOV) - Việt Nam và Australia vừa tổ chức Đối thoại Chính sách quốc phòng thường niên.",
    ...ORIGINAL.split("\n").slice(3, 6),
  ],
  "Theo TTXVN",
);

const BIG_PARAGRAPHS = Array.from(
  { length: 14_000 },
  (_, i) =>
    `Đoạn ${i + 1}: trong năm thứ ${i + 1} của chương trình, các đơn vị Hải quân, Phòng không – Không quân và Bộ đội Biên phòng đã phối hợp tổ chức ${(i % 9) + 2} đợt huấn luyện chung với bạn ${["Lào", "Campuchia", "Ấn Độ", "Nhật Bản", "Australia"][i % 5]}.`,
);

/** Each bad kind of file by name, as bytes; `skip` is the reason a file cannot become an article. */
const FILES: { name: string; bytes: Buffer; skip?: RegExp; title?: string }[] = [
  { name: "trong.txt", bytes: Buffer.alloc(0), skip: /empty/ },
  { name: "khoang trang.txt", bytes: utf8(" \r\n\t\u00a0\n\n   \n"), skip: /whitespace/ },
  { name: "hinh-anh.txt", bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...Array(200).fill(7)]), skip: /binary/ },
  {
    name: "chi-dieu-huong.txt",
    bytes: utf8(["Trang chủ", "Thời sự", "Quốc phòng", "Quân sự thế giới", "Video", "Đăng nhập | Đăng ký", "Tin mới nhất", "Liên hệ quảng cáo", "Bản quyền © 2024 Báo điện tử", "Điện thoại: 024 3747 0000"].join("\n")),
    skip: /furniture|headline|article/,
  },
  { name: "utf8-bom.txt", bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(ORIGINAL.replace("lần thứ 5", "lần thứ 5 (bản có BOM)"))]), title: "Việt Nam – Australia tổ chức Đối thoại Chính sách quốc phòng lần thứ 5 (bản có BOM)" },
  { name: "utf16le.txt", bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LEGACY.replace("tuần tra chung trên biển", "tuần tra chung (UTF-16LE)"), "utf16le")]), title: "Hải quân Việt Nam và Hải quân Hoàng gia Malaysia tuần tra chung (UTF-16LE)" },
  {
    name: "utf16be.txt",
    bytes: Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(LEGACY.replace("tuần tra chung trên biển", "tuần tra chung (UTF-16BE)"), "utf16le").swap16()]),
    title: "Hải quân Việt Nam và Hải quân Hoàng gia Malaysia tuần tra chung (UTF-16BE)",
  },
  { name: "windows-1258.txt", bytes: iconv.encode(cp1258Form(LEGACY).replaceAll("\n", "\r\n"), "windows-1258"), title: LEGACY.split("\n")[0] },
  { name: "mojibake.txt", bytes: utf8(mojibake(MOJIBAKE)), title: MOJIBAKE.split("\n")[0] },
  // The old Vietnamese encodings: VISCII and TCVN3 files as iconv-lite writes them, VNI text pasted into UTF-8.
  { name: "viscii.txt", bytes: iconv.encode(LEGACY.replace("tuần tra chung trên biển", "tuần tra chung (VISCII)"), "viscii"), title: "Hải quân Việt Nam và Hải quân Hoàng gia Malaysia tuần tra chung (VISCII)" },
  { name: "tcvn3.txt", bytes: iconv.encode(LEGACY.replace("tuần tra chung trên biển", "tuần tra chung (TCVN3)").replaceAll("\n", "\r\n"), "tcvn"), title: "Hải quân Việt Nam và Hải quân Hoàng gia Malaysia tuần tra chung (TCVN3)" },
  { name: "vni-dan-vao-utf8.txt", bytes: pastedAsWindows1252(VNI_BYTES), title: VNI_TITLE },
  { name: "cat-giua-ky-tu.txt", bytes: cutInsideLastCharacter(utf8(CUT)), title: CUT.split("\n")[0] },
  { name: "crlf.txt", bytes: utf8(story("Quân y Việt Nam – Campuchia phối hợp khám bệnh cho nhân dân biên giới", "Thứ Bảy, 3/6/2023", ["(Nhân Dân) - Ngày 2/6, Cục Quân y phối hợp với Cục Quân y Quân đội Hoàng gia Campuchia khám bệnh, cấp thuốc miễn phí cho hơn 500 người dân tỉnh Kampot.", "Các y, bác sĩ hai nước còn tập huấn sơ cấp cứu và phòng chống dịch bệnh cho y tế cơ sở."]).replaceAll("\n", "\r\n")), title: "Quân y Việt Nam – Campuchia phối hợp khám bệnh cho nhân dân biên giới" },
  { name: "cr.txt", bytes: utf8(story("Phòng không – Không quân Việt Nam đón đoàn Không quân Singapore", "Thứ Sáu, 17/3/2023", ["(Thanh Niên) - Ngày 16/3, Quân chủng Phòng không – Không quân tiếp đoàn Không quân Cộng hòa Singapore do Thiếu tướng Kelvin Khong dẫn đầu.", "Hai bên trao đổi về huấn luyện phi công, an toàn bay và tìm kiếm cứu nạn trên không."]).replaceAll("\n", "\r")), title: "Phòng không – Không quân Việt Nam đón đoàn Không quân Singapore" },
  { name: "noi-dung-doc-hai.txt", bytes: utf8(HOSTILE), title: HOSTILE_TITLE },
  { name: "tieu-de-yaml.txt", bytes: utf8(story(YAML_TITLE, "Thứ Hai, 8/1/2024", ["(Tuổi Trẻ) - Ngày 7/1, tại Tokyo, hai bên ký bản ghi nhớ về hợp tác chuyển giao trang thiết bị quốc phòng và đào tạo kỹ sư.", "Phía Nhật Bản cam kết hỗ trợ Việt Nam nâng cao năng lực cứu hộ cứu nạn và ứng phó thiên tai."])), title: YAML_TITLE },
  { name: "trung-tieu-de-1.txt", bytes: utf8(story(SAME_TITLE, "Thứ Tư, 5/7/2023", ["(VOV) - Ngày 4/7, Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Mông Cổ ký kế hoạch hợp tác giai đoạn 2023–2025 về đào tạo và gìn giữ hòa bình.", "Hai bên cũng nhất trí trao đổi đoàn sĩ quan trẻ và phối hợp trong lĩnh vực quân y."])), title: SAME_TITLE },
  { name: "trung-tieu-de-2.txt", bytes: utf8(story(SAME_TITLE, "Thứ Năm, 19/10/2023", ["(Nhân Dân) - Chiều 18/10, Đại tướng Phan Văn Giang tiếp Bộ trưởng Quốc phòng Bulgaria, hai bên bàn về hợp tác công nghiệp quốc phòng.", "Phía Bulgaria mong muốn mở rộng hợp tác sửa chữa, nâng cấp trang thiết bị và đào tạo chuyên gia kỹ thuật."])), title: SAME_TITLE },
  { name: "ban-goc.txt", bytes: utf8(ORIGINAL), title: ORIGINAL.split("\n")[0] },
  { name: "tieu-de-gach-dau-dong.txt", bytes: utf8(DASH_STORY) },
  // Two raw files whose names differ only in the case of the extension are two articles.
  { name: "hai-duoi.txt", bytes: utf8(story("Công binh Việt Nam hoàn thành nhiệm vụ tại Abyei", "Thứ Năm, 1/2/2024", ["(QĐND) - Đội Công binh số 3 đã hoàn thành sửa chữa tuyến đường tiếp tế dài 40 km cho phái bộ Liên hợp quốc tại Abyei.", "Các sĩ quan, quân nhân chuyên nghiệp được chỉ huy phái bộ khen ngợi về tinh thần trách nhiệm."])), title: "Công binh Việt Nam hoàn thành nhiệm vụ tại Abyei" },
  { name: "hai-duoi.TXT", bytes: utf8(story("Bệnh viện dã chiến cấp 2 số 6 lên đường làm nhiệm vụ", "Thứ Sáu, 2/2/2024", ["(VOV) - Sáng 1/2, tại Sân bay Nội Bài, 63 cán bộ, nhân viên Bệnh viện dã chiến cấp 2 số 6 lên đường tới Nam Sudan.", "Đây là lực lượng y tế thứ sáu Việt Nam cử tham gia hoạt động gìn giữ hòa bình Liên hợp quốc."])), title: "Bệnh viện dã chiến cấp 2 số 6 lên đường làm nhiệm vụ" },
  { name: "ban-luu-lai.txt", bytes: utf8(ORIGINAL.replaceAll("\n", "\r\n")), title: ORIGINAL.split("\n")[0] },
  { name: "bao-khac-dang-lai.txt", bytes: utf8(REPUBLISHED), title: REPUBLISHED.split("\n")[0] },
  { name: "ngay-khong-co-that.txt", bytes: utf8(story("Cảnh sát biển Việt Nam – Indonesia trao đổi kinh nghiệm thực thi pháp luật trên biển", "Thứ Sáu, 31/2/2024", ["(Báo Biên phòng) - Ngày 31/2, tại Jakarta, Cảnh sát biển Việt Nam và Cơ quan An ninh biển Indonesia tổ chức hội thảo về thực thi pháp luật trên biển.", "Hai bên thống nhất thiết lập đường dây nóng và tổ chức diễn tập chung hằng năm."])), title: "Cảnh sát biển Việt Nam – Indonesia trao đổi kinh nghiệm thực thi pháp luật trên biển" },
  { name: "Tin tức/Hội đàm quốc phòng Việt – Lào tháng 9.txt", bytes: utf8(story("Hội đàm quốc phòng cấp cao Việt Nam – Lào năm 2023", "Thứ Hai, 25/9/2023", ["(Nhân Dân) - Ngày 24/9, tại Viêng Chăn, Đại tướng Phan Văn Giang hội đàm với Đại tướng Chansamone Chanyalath, Bộ trưởng Bộ Quốc phòng Lào.", "Hai bên nhất trí tiếp tục tìm kiếm, quy tập hài cốt liệt sĩ quân tình nguyện và chuyên gia Việt Nam hy sinh tại Lào."])), title: "Hội đàm quốc phòng cấp cao Việt Nam – Lào năm 2023" },
  { name: "rat-lon.txt", bytes: utf8(story("Tổng kết 20 năm hợp tác huấn luyện quốc phòng khu vực", "Thứ Hai, 11/12/2023", ["(QĐND) - Báo cáo tổng kết chương trình huấn luyện chung, đăng toàn văn.", ...BIG_PARAGRAPHS])), title: "Tổng kết 20 năm hợp tác huấn luyện quốc phòng khu vực" },
];

const LINKED = story("Hải quân Việt Nam tham gia diễn tập đa phương Komodo 2023", "Thứ Hai, 5/6/2023", [
  "(Thanh Niên) - Tàu Trần Hưng Đạo của Hải quân Nhân dân Việt Nam đã tới Makassar, tham gia Diễn tập hải quân đa phương Komodo 2023 do Indonesia chủ trì.",
  "Diễn tập tập trung vào hỗ trợ nhân đạo, cứu trợ thảm họa và tìm kiếm cứu nạn trên biển.",
]);
/** Raw files that are links rather than files: one to an article, one to nothing. */
const LINKS = { good: "lien-ket.txt", broken: "lien-ket-hong.txt" };

let root: string;
let content: string;
let out: string;
let report: BuildReport;
let pages: { url: string; html: string; title: string }[];

/** sha256 of every file below `dir`, by relative path. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    result.set(path.relative(dir, file), createHash("sha256").update(await readFile(file)).digest("hex"));
  }
  return result;
}

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };
const unescape = (html: string): string => html.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!);

function pageTitled(title: string): { url: string; html: string } {
  const found = pages.filter((p) => p.title === title);
  assert.equal(found.length, 1, `one page titled ${JSON.stringify(title)} (found ${found.length})`);
  return found[0]!;
}

before(async () => {
  root = await mkdtemp(path.join(tmpdir(), "badinput-"));
  content = path.join(root, "content", "raw");
  await cp(SEEDS, content, { recursive: true });
  for (const file of FILES) {
    await mkdir(path.dirname(path.join(content, file.name)), { recursive: true });
    await writeFile(path.join(content, file.name), file.bytes);
  }
  // A file linked in from elsewhere is an article; a link to nothing is a skipped file.
  await mkdir(path.join(root, "elsewhere"));
  await writeFile(path.join(root, "elsewhere", "bai.txt"), LINKED);
  await symlink(path.join(root, "elsewhere", "bai.txt"), path.join(content, "lien-ket.txt"));
  await symlink(path.join(root, "elsewhere", "khong-co.txt"), path.join(content, "lien-ket-hong.txt"));
  await writeFile(path.join(root, "content", "corrections.yaml"), "# sửa của biên tập viên\nban-goc:\n  location: Canberra (Australia)\n");
  out = path.join(root, "site");
  const contentBefore = await snapshot(path.join(root, "content"));
  report = await build({ contentDir: content, outDir: out, basePath: "/", siteUrl: null, strict: false });
  // The build's one file beside the content is the record of the articles' permanent URLs.
  const contentAfter = await snapshot(path.join(root, "content"));
  assert.ok(contentAfter.delete("permalinks.yaml"), "the new articles' URLs are recorded beside the content folder");
  assert.deepEqual(contentAfter, contentBefore, "the build changed nothing else in the content folder");
  pages = [];
  for (const dir of await readdir(path.join(out, "bai-viet"))) {
    const html = await readFile(path.join(out, "bai-viet", dir, "index.html"), "utf8");
    const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html);
    pages.push({ url: `/bai-viet/${dir}/`, html, title: unescape(h1?.[1] ?? "") });
  }
});

after(async () => {
  await rm(cacheDirFor(content), { recursive: true, force: true });
  // A build killed mid-way may leave a child still writing for a moment; retry rather than fail.
  await rm(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
});

test("exactly the files that cannot be articles are skipped, each with its reason; every other file is an article", async () => {
  const expected = [...FILES.filter((f) => f.skip).map((f) => f.name), LINKS.broken].sort();
  assert.deepEqual(report.skipped.map((s) => s.file).sort(), expected);
  for (const s of report.skipped) assert.match(s.reason, FILES.find((f) => f.name === s.file)?.skip ?? /./, s.file);
  const raw = await listRawFiles(content);
  assert.equal(raw.length, (await listRawFiles(SEEDS)).length + FILES.length + Object.keys(LINKS).length);
  assert.match(report.skipped.find((s) => s.file === LINKS.broken)!.reason, /could not be processed|ENOENT|no such file/i);
  pageTitled(LINKED.split("\n")[0]!);
  assert.equal(report.articles, raw.length - expected.length);
  assert.equal(pages.length, report.articles, "one page per article");
  for (const file of FILES.filter((f) => f.title)) {
    assert.ok(pages.some((p) => p.title === file.title), `${file.name} is served under its headline`);
  }
});

test("every encoding is decoded to the same NFC text", () => {
  for (const file of FILES.filter((f) => f.title && /utf|1258|mojibake|crlf|^cr\.txt|viscii|tcvn|vni/.test(f.name))) {
    const page = pageTitled(file.title!);
    assert.equal(page.html, page.html.normalize("NFC"), file.name);
  }
  // The three legacy-encoded files tell one story under three headlines: they are linked as the same story.
  const legacy = pageTitled(LEGACY.split("\n")[0]!);
  for (const other of ["(UTF-16LE)", "(UTF-16BE)"]) assert.ok(legacy.html.includes(`tuần tra chung ${other}`), `linked to the ${other} copy`);
  assert.ok(legacy.html.includes("Chuẩn Đô đốc Nguyễn Văn Bình, Tư lệnh Vùng 5 Hải quân"), "Windows-1258 body decoded");
  const repaired = pageTitled(MOJIBAKE.split("\n")[0]!);
  assert.ok(repaired.html.includes("Bộ đội Biên phòng tỉnh Quảng Trị tổ chức giao lưu"), "mojibake repaired");
  assert.ok(!/Ã|á»/.test(repaired.html), "no mojibake left");
  assert.ok(pageTitled("Hải quân Việt Nam và Hải quân Hoàng gia Malaysia tuần tra chung (VISCII)").html.includes("Chuẩn Đô đốc Nguyễn Văn Bình"), "VISCII body decoded");
  assert.ok(pageTitled("Hải quân Việt Nam và Hải quân Hoàng gia Malaysia tuần tra chung (TCVN3)").html.includes("Chuẩn Đô đốc Nguyễn Văn Bình"), "TCVN3 body decoded");
  assert.ok(pageTitled(VNI_TITLE).html.includes("hai bên giữ liên lạc vô tuyến"), "VNI body converted");
});

test("the review page names the encoding each file was found in", async () => {
  let review = "";
  for (const file of await readdir(path.join(out, "bien-tap"), { recursive: true })) {
    if (file.endsWith(".html")) review += await readFile(path.join(out, "bien-tap", file), "utf8");
  }
  const encodingOf = (file: string) => new RegExp(`tệp gốc: <code>${file.replace(/[.()]/g, "\\$&")}</code> · mã hóa: ([^<·]+?) ·`).exec(review)?.[1];
  assert.equal(encodingOf("viscii.txt"), "VISCII");
  assert.equal(encodingOf("tcvn3.txt"), "TCVN3 (ABC)");
  assert.equal(encodingOf("vni-dan-vao-utf8.txt"), "VNI");
  assert.equal(encodingOf("windows-1258.txt"), "windows-1258");
  assert.equal(encodingOf("ban-goc.txt"), "utf-8");
});

test("a file cut inside a character is built, with the damage reported", () => {
  const page = pageTitled(CUT.split("\n")[0]!);
  assert.ok(page.html.includes("nghiên cứu khoa học quân sự và trao đổi học viên"), "the text before the cut is kept");
  const flagged = report.undetermined.find((u) => u.file === "cat-giua-ky-tu.txt");
  assert.match(flagged?.warnings.join("; ") ?? "", /damaged UTF-8/);
});

test("hostile text is shown as text: no script, handler, frame or javascript: link from content, front-matter intact", () => {
  const page = pageTitled(HOSTILE_TITLE);
  for (const [tag] of page.html.matchAll(/<script\b[^>]*>/gi)) {
    assert.match(tag, /type="application\/ld\+json"|\bsrc="(?![a-z][a-z0-9+.-]*:|\/\/)[^"]+"/i, `only data blocks and the site's own scripts: ${tag}`);
  }
  for (const [, body] of page.html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
    assert.doesNotMatch(body!, /</, "JSON-LD cannot close its <script>");
  }
  assert.doesNotMatch(page.html, /<(iframe|object|embed)\b/i);
  for (const [tag] of page.html.matchAll(/<[a-z][^>]*>/gi)) {
    assert.doesNotMatch(tag, /\son[a-z]+\s*=/i, tag);
    assert.doesNotMatch(tag, /(href|src)\s*=\s*["']?\s*javascript:/i, tag);
  }
  const text = page.html.replace(/&(?:lt|#x3C|#60);/gi, "<").replace(/&(?:gt|#x3E|#62);/gi, ">").replace(/&(?:quot|#x22|#34);/gi, '"');
  assert.ok(!page.html.includes("<script>alert(1)") && text.includes("<script>alert(1)</script>"), "the script tag is visible as text");
  assert.ok(!page.html.includes("<img src=x") && text.includes('<img src=x onerror="alert(2)">'), "the img tag is visible as text");
  assert.ok(text.includes('<a href="javascript:alert(4)">bấm vào</a>'), "the HTML link is visible as text");
  assert.ok(page.html.includes("{{ site.name }}") && page.html.includes("{% include"), "template syntax left alone");
  assert.ok(page.html.includes("title: Tiêu đề giả mạo"), "a front-matter block in the text is text");
  assert.doesNotMatch(page.html, /<time datetime="2000-01-01"/, "the fake front-matter did not set the date");
});

test("a file cut inside a character keeps its last, unfinished paragraph", () => {
  const page = pageTitled(CUT.split("\n")[0]!);
  assert.ok(page.html.includes("mong muốn mở rộng hợp tác trong thời gian tới với"), "text up to the cut kept");
});

test("titles with YAML-special characters survive the front-matter", () => {
  pageTitled(YAML_TITLE);
  const dashed = pages.filter((p) => p.title.includes(`Bản tin: "Hải quân" thăm Philippines #4`));
  assert.equal(dashed.length, 1, "the article whose headline starts with '-' is on the site");
});

test("an article whose headline starts with '-' is not lost", () => {
  const result = processRaw(utf8(DASH_STORY), "tieu-de-gach-dau-dong.txt");
  assert.ok(result.ok, result.ok ? "" : result.reason);
  assert.match(result.frontMatter.title, /Bản tin: "Hải quân" thăm Philippines #4/);
  assert.equal(parseArticleFile(toMarkdownFile(result.frontMatter, result.body), "x.md").frontMatter.title, result.frontMatter.title);
});

test("two files with the same title are both kept, at distinct readable URLs", () => {
  const same = pages.filter((p) => p.title === SAME_TITLE);
  assert.equal(same.length, 2);
  assert.notEqual(same[0]!.url, same[1]!.url);
  for (const p of same) assert.match(p.url, /^\/bai-viet\/tang-cuong-hop-tac-quoc-phong-song-phuong(-[0-9a-f]+)?\/$/);
});

test("the same story saved twice or run by another outlet is kept and linked both ways", () => {
  const copies = pages.filter((p) => p.title === ORIGINAL.split("\n")[0]);
  assert.equal(copies.length, 2, "both saved copies are kept");
  const republished = pageTitled(REPUBLISHED.split("\n")[0]!);
  const group = [...copies, republished];
  for (const page of group) {
    const section = /<section class="same-story"[\s\S]*?<\/section>/.exec(page.html)?.[0] ?? "";
    assert.match(section, /data-pagefind-ignore/, `${page.url}: the list is kept out of search`);
    for (const other of group) {
      if (other !== page) assert.ok(section.includes(`href="${other.url}"`), `${page.url} links to ${other.url}`);
    }
  }
  const unrelated = pageTitled("Quân y Việt Nam – Campuchia phối hợp khám bệnh cho nhân dân biên giới");
  assert.doesNotMatch(unrelated.html, /class="same-story"/);
});

test("a date that does not exist never appears as a date", async () => {
  for (const p of pages) {
    for (const [, iso] of p.html.matchAll(/datetime="(\d{4}-\d{2}-\d{2})/g)) {
      assert.equal(new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10), iso, `${p.url}: ${iso} is a real date`);
    }
  }
  const page = pageTitled("Cảnh sát biển Việt Nam – Indonesia trao đổi kinh nghiệm thực thi pháp luật trên biển");
  assert.doesNotMatch(page.html, /2024-02-3[01]|2024-03-0[12]/);
});

test("a file name with spaces and Vietnamese letters builds at a readable URL", () => {
  const page = pageTitled("Hội đàm quốc phòng cấp cao Việt Nam – Lào năm 2023");
  assert.match(page.url, /^\/bai-viet\/[a-z0-9-]+\/$/);
  assert.match(page.url, /hoi-dam-quoc-phong-cap-cao-viet-nam-lao/);
});

test("a file of several MB is built whole", () => {
  const page = pageTitled("Tổng kết 20 năm hợp tác huấn luyện quốc phòng khu vực");
  assert.ok(page.html.includes(BIG_PARAGRAPHS.at(-1)!.slice(0, 60)), "the last paragraph is on the page");
  assert.ok(page.html.includes(BIG_PARAGRAPHS[7_000]!.slice(0, 60)), "a middle paragraph is on the page");
});

test("the site has a _headers file for static hosts", async () => {
  assert.match(await readFile(path.join(out, "_headers"), "utf8"), /Content-Security-Policy: .*script-src 'self' 'wasm-unsafe-eval'/);
});

test("--strict fails on skipped files and leaves the previous site byte for byte", async () => {
  const previous = await snapshot(out);
  await assert.rejects(
    build({ contentDir: content, outDir: out, basePath: "/", siteUrl: null, strict: true }),
    (error: Error) => error instanceof StrictError && FILES.filter((f) => f.skip).every((f) => error.message.includes(f.name)),
  );
  assert.deepEqual(await snapshot(out), previous);
});

/** Runs the build command (as `npm run build` does); resolves with its exit code and output. */
function runCli(args: string[], onSpawn?: (kill: () => void) => void): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["scripts/run.mjs", "scripts/build.ts", ...args], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("exit", (code, signal) => resolve({ code, signal, stderr }));
    onSpawn?.(() => child.kill("SIGKILL"));
  });
}

test("the build command exits non-zero under --strict and names the skipped files", async () => {
  const previous = await snapshot(out);
  const { code, stderr } = await runCli(["--content", content, "--out", out, "--strict"]);
  assert.notEqual(code, 0);
  for (const f of FILES.filter((f) => f.skip)) assert.ok(stderr.includes(f.name), `${f.name} named in: ${stderr}`);
  assert.deepEqual(await snapshot(out), previous);
});

test("a build killed while rendering leaves the previous site byte for byte", async () => {
  const previous = await snapshot(out);
  const parent = path.dirname(out);
  const building = (await readdir(parent)).filter((n) => n.startsWith(`${path.basename(out)}.building-`));
  let killedWhileBuilding = false;
  const result = await runCli(["--content", content, "--out", out], (kill) => {
    const poll = setInterval(async () => {
      const now = (await readdir(parent)).filter((n) => n.startsWith(`${path.basename(out)}.building-`) && !building.includes(n));
      if (now.length > 0) {
        clearInterval(poll);
        killedWhileBuilding = true;
        kill();
      }
    }, 5);
    setTimeout(() => clearInterval(poll), 120_000).unref();
  });
  assert.ok(killedWhileBuilding, `the build was still running when killed (exit ${result.code}): ${result.stderr}`);
  assert.equal(result.signal, "SIGKILL");
  assert.deepEqual(await snapshot(out), previous);
  assert.ok((await stat(path.join(out, "index.html"))).isFile());
});
