/** Behaviour of stripBoilerplate on small constructed pages: what is kept, in which kind, and what is cut. */
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { stripBoilerplate } from "./boilerplate.ts";
import { splitLines } from "./lines.ts";

const P1 = "Sáng 12/3, tại Hà Nội, Đại tướng Phan Văn Giang đã tiếp Bộ trưởng Quốc phòng Lào đang thăm chính thức Việt Nam.";
const P2 = "Hai bên đánh giá cao kết quả hợp tác quốc phòng trong thời gian qua, nhất là trong đào tạo và bảo vệ biên giới.";
const P3 = "Hai bộ trưởng nhất trí tiếp tục phối hợp chặt chẽ tại các diễn đàn đa phương, trong đó có ADMM và ADMM+.";
const P4 = "Kết thúc hội đàm, hai bên ký kế hoạch hợp tác quốc phòng năm 2025 giữa hai Bộ Quốc phòng.";
const TITLE = "Việt Nam - Lào tăng cường hợp tác quốc phòng";

const kept = (lines: string[]) => stripBoilerplate(lines).blocks.map((b) => `${b.kind}: ${b.text}`);
const cut = (lines: string[]) => stripBoilerplate(lines).removed.map((r) => r.text);

const table: { name: string; lines: string[]; title?: string | null; keep?: string[]; drop?: string[]; bylines?: string[] }[] = [
  {
    name: "related headline+teaser pairs before the article, separated by |",
    lines: [TITLE, "Hải quân hai nước tuần tra chung trên biển", "Ngày 5/3, hai lực lượng hải quân tổ chức tuần tra chung.", "|",
      "Lào trao huân chương cho cán bộ Việt Nam", "Nhà nước Lào trao tặng huân chương cho 20 cán bộ Việt Nam.", "|", P1, P2, P3],
    title: TITLE,
    keep: [`paragraph: ${P1}`, `paragraph: ${P2}`, `paragraph: ${P3}`],
    drop: ["Hải quân hai nước tuần tra chung trên biển", "Ngày 5/3, hai lực lượng hải quân tổ chức tuần tra chung.", "|"],
  },
  {
    name: "caption printed twice is kept once, with its credit, as a caption",
    lines: [TITLE, P1, "Đại tướng Phan Văn Giang tiếp Bộ trưởng Quốc phòng Lào. (Ảnh: Trọng Đức/TTXVN)",
      "Đại tướng Phan Văn Giang tiếp Bộ trưởng Quốc phòng Lào. (Ảnh: Trọng Đức/TTXVN)", P2, P3],
    keep: [`paragraph: ${P1}`, "caption: Đại tướng Phan Văn Giang tiếp Bộ trưởng Quốc phòng Lào. (Ảnh: Trọng Đức/TTXVN)", `paragraph: ${P2}`, `paragraph: ${P3}`],
  },
  {
    name: "alt text repeating the headline is cut; the line after it is the caption",
    lines: [TITLE, P1, P2, TITLE, "Hai bộ trưởng tại lễ đón", P3],
    keep: [`paragraph: ${P1}`, `paragraph: ${P2}`, "caption: Hai bộ trưởng tại lễ đón", `paragraph: ${P3}`],
  },
  {
    name: "alt text repeating the caption (without the credit) is cut",
    lines: [TITLE, P1, "Quang cảnh hội đàm. (Ảnh: TTXVN)", "Quang cảnh hội đàm", P2, P3],
    keep: [`paragraph: ${P1}`, "caption: Quang cảnh hội đàm. (Ảnh: TTXVN)", `paragraph: ${P2}`, `paragraph: ${P3}`],
  },
  {
    name: "an image file name is cut and the next short line is its caption",
    lines: [TITLE, P1, "bo-truong-lao-tham-viet-nam.jpg", "Lễ đón chính thức tại Bộ Quốc phòng", P2, P3],
    keep: [`paragraph: ${P1}`, "caption: Lễ đón chính thức tại Bộ Quốc phòng", `paragraph: ${P2}`, `paragraph: ${P3}`],
  },
  {
    name: "the lead repeated later in the body is published once",
    lines: [TITLE, P1, P2, P1, P3],
    keep: [`paragraph: ${P1}`, `paragraph: ${P2}`, `paragraph: ${P3}`],
  },
  {
    name: "a short capitalised line between paragraphs is a sub-heading",
    lines: [TITLE, P1, "Nhiều kết quả quan trọng", P2, P3],
    keep: [`paragraph: ${P1}`, "heading: Nhiều kết quả quan trọng", `paragraph: ${P2}`, `paragraph: ${P3}`],
  },
  {
    name: "a marked list of pairs inside the article is cut and the article resumes",
    lines: [TITLE, P1, P2, "Tin liên quan", "Lào tổ chức diễn tập phòng thủ", "Quân đội Lào vừa tổ chức diễn tập phòng thủ tỉnh.",
      "Bộ đội Biên phòng tặng quà nhân dân Lào", "Đồn Biên phòng Na Mèo tặng 100 suất quà cho nhân dân bản Sảm Tớ.", P3, P4],
    keep: [`paragraph: ${P1}`, `paragraph: ${P2}`, `paragraph: ${P3}`, `paragraph: ${P4}`],
    drop: ["Tin liên quan", "Lào tổ chức diễn tập phòng thủ", "Quân đội Lào vừa tổ chức diễn tập phòng thủ tỉnh."],
  },
  {
    name: "a headline printed twice on one line is a link, cut even inside the article",
    lines: [TITLE, P1, "Lào trao huân chương cho cán bộ Việt Nam Lào trao huân chương cho cán bộ Việt Nam", P2, P3],
    keep: [`paragraph: ${P1}`, `paragraph: ${P2}`, `paragraph: ${P3}`],
  },
  {
    name: "a closing source line is the article's byline, handed on for credits",
    lines: [TITLE, P1, P2, P3, "Theo TTXVN", "Có thể bạn quan tâm", "Lào tổ chức diễn tập phòng thủ", "Lào tổ chức diễn tập phòng thủ"],
    keep: [`paragraph: ${P1}`, `paragraph: ${P2}`, `paragraph: ${P3}`, "byline: Theo TTXVN"],
    bylines: ["Theo TTXVN"],
  },
  {
    name: "page chrome before the headline (hotline, clock, counter)",
    lines: ["Hotline: 0274 383 347", "Thứ bảy, 26-7-25 22:12:59", TITLE, "0", P1, P2],
    title: TITLE,
    keep: [`paragraph: ${P1}`, `paragraph: ${P2}`],
    drop: ["Hotline: 0274 383 347", "Thứ bảy, 26-7-25 22:12:59", "0"],
  },
  {
    name: "a page of furniture only has no headline and no article",
    lines: ["Trang chủ", "Hotline: 0274 383 347", "Phiên bản di động"],
    title: null,
    keep: [],
  },
  { name: "an empty page", lines: [], title: null, keep: [] },
  {
    name: "the page's <title> with the site name does not beat the headline",
    lines: [`${TITLE} - Báo Quân đội nhân dân`, "Trang chủ » Quốc phòng", TITLE, P1, P2],
    title: TITLE,
    keep: [`paragraph: ${P1}`, `paragraph: ${P2}`],
  },
  {
    name: "a media label inside the article removes the player's title, never the paragraph after it",
    lines: [TITLE, P1, "Video", "Toàn cảnh lễ đón Bộ trưởng Quốc phòng Lào", P2, P3],
    keep: [`paragraph: ${P1}`, `paragraph: ${P2}`, `paragraph: ${P3}`],
  },
  {
    name: "a file cut mid-sentence keeps its unfinished last paragraph",
    lines: [TITLE, "Thứ Hai, 6/11/2023 10:45", P1, P2, "Đoàn Lào bày tỏ ấn tượng với cơ sở vật chất và mong muốn mở rộng hợp tác trong thời gian tới với Đối"],
    keep: [`paragraph: ${P1}`, `paragraph: ${P2}`, "paragraph: Đoàn Lào bày tỏ ấn tượng với cơ sở vật chất và mong muốn mở rộng hợp tác trong thời gian tới với Đối"],
  },
  {
    name: "a headline the site opened with a dash is still the headline",
    lines: ['- Bản tin: "Hải quân" thăm Philippines #4', "Thứ Ba, 12/3/2024", P1, P2],
    title: '- Bản tin: "Hải quân" thăm Philippines #4',
    keep: [`paragraph: ${P1}`, `paragraph: ${P2}`],
  },
  {
    name: "a question headline on the first line is the headline",
    lines: ["Vì sao Việt Nam và Lào tăng cường hợp tác quốc phòng?", "Hợp tác quốc phòng Việt Nam và Lào là trụ cột quan trọng, góp phần củng cố quan hệ đặc biệt giữa hai nước.", P2, P3],
    title: "Vì sao Việt Nam và Lào tăng cường hợp tác quốc phòng?",
    keep: ["paragraph: Hợp tác quốc phòng Việt Nam và Lào là trụ cột quan trọng, góp phần củng cố quan hệ đặc biệt giữa hai nước.", `paragraph: ${P2}`, `paragraph: ${P3}`],
  },
  {
    name: "captions printed twice without credit, each followed by a paragraph, stay in the article",
    lines: [TITLE, P1, "Quang cảnh buổi hội đàm", "Quang cảnh buổi hội đàm", P2, "Hai bộ trưởng ký văn kiện", "Hai bộ trưởng ký văn kiện", P3, P4],
    keep: [`paragraph: ${P1}`, "caption: Quang cảnh buổi hội đàm", `paragraph: ${P2}`, "caption: Hai bộ trưởng ký văn kiện", `paragraph: ${P3}`, `paragraph: ${P4}`],
  },
  {
    name: "list items stamped with their date after the article are cut",
    lines: [TITLE, P1, P2, P3, "Lào tổ chức diễn tập phòng thủ", "12/03/2024 10:30", "Quân đội Lào vừa tổ chức diễn tập phòng thủ tỉnh.",
      "Bộ đội Biên phòng tặng quà nhân dân Lào", "11/03/2024 08:15", "Đồn Biên phòng Na Mèo tặng 100 suất quà cho nhân dân bản Sảm Tớ.",
      "Hải quân hai nước tuần tra chung", "10/03/2024 07:00", "Ngày 5/3, hai lực lượng hải quân tổ chức tuần tra chung."],
    keep: [`paragraph: ${P1}`, `paragraph: ${P2}`, `paragraph: ${P3}`],
  },
  {
    name: "three headlines in a row inside the article are links; an introduced list is the article's",
    lines: [TITLE, P1, "Lào tổ chức diễn tập phòng thủ tỉnh", "Bộ đội Biên phòng tặng quà nhân dân Lào", "Hải quân hai nước tuần tra chung trên biển", P2,
      "Thành phần đoàn Việt Nam gồm:", "Đại tá Nguyễn Văn An, Cục trưởng Cục Đối ngoại", "Đại tá Trần Văn Bình, Phó Cục trưởng", "Thượng tá Lê Văn Cường, Trưởng phòng", P3],
    keep: [`paragraph: ${P1}`, `paragraph: ${P2}`, "paragraph: Thành phần đoàn Việt Nam gồm:", "heading: Đại tá Nguyễn Văn An, Cục trưởng Cục Đối ngoại",
      "heading: Đại tá Trần Văn Bình, Phó Cục trưởng", "heading: Thượng tá Lê Văn Cường, Trưởng phòng", `paragraph: ${P3}`],
  },
  {
    name: "two headline+teaser pairs after the sign-off are a list, not more article",
    lines: [TITLE, P1, P2, `${P3.slice(0, -1)}./.`, "Theo TTXVN", "Lào tổ chức diễn tập phòng thủ", "Quân đội Lào vừa tổ chức diễn tập phòng thủ tỉnh.",
      "Bộ đội Biên phòng tặng quà nhân dân Lào", "Đồn Biên phòng Na Mèo tặng 100 suất quà cho nhân dân bản Sảm Tớ."],
    keep: [`paragraph: ${P1}`, `paragraph: ${P2}`, `paragraph: ${P3.slice(0, -1)}./.`, "byline: Theo TTXVN"],
    bylines: ["Theo TTXVN"],
  },
  {
    name: "short sections (sub-heading + one paragraph) surrounded by the article are kept",
    lines: [TITLE, P1, "Đào tạo cán bộ", P2, "Bảo vệ biên giới", P3, "Khắc phục hậu quả chiến tranh", P4, "Theo VOV"],
    keep: [`paragraph: ${P1}`, "heading: Đào tạo cán bộ", `paragraph: ${P2}`, "heading: Bảo vệ biên giới", `paragraph: ${P3}`, "heading: Khắc phục hậu quả chiến tranh", `paragraph: ${P4}`, "byline: Theo VOV"],
  },
];

/**
 * "Read more" boxes inside the article (a marker, one or two headlines of other stories): the box is
 * cut, and the article's text after it — down to the sign-off — is kept. Each case in a different outlet's style.
 */
const READ_MORE = {
  title: "Việt Nam - Nhật Bản thúc đẩy hợp tác gìn giữ hòa bình Liên hợp quốc",
  lead: "TTO - Sáng 3-4, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến đã tiếp đoàn Bộ Quốc phòng Nhật Bản do Thứ trưởng Quốc phòng dẫn đầu đang thăm Việt Nam.",
  caption: "Thượng tướng Hoàng Xuân Chiến tiếp đoàn Bộ Quốc phòng Nhật Bản - Ảnh: NAM TRẦN",
  p1: "Tại buổi tiếp, hai bên đánh giá cao kết quả hợp tác quốc phòng thời gian qua, đặc biệt trong lĩnh vực gìn giữ hòa bình Liên hợp quốc và khắc phục hậu quả chiến tranh.",
  p2: "Thượng tướng Hoàng Xuân Chiến đề nghị phía Nhật Bản tiếp tục hỗ trợ Việt Nam đào tạo ngoại ngữ, kỹ năng cho lực lượng tham gia gìn giữ hòa bình.",
  after: "Thứ trưởng Quốc phòng Nhật Bản khẳng định Nhật Bản coi trọng quan hệ hợp tác quốc phòng với Việt Nam.",
  after2: "Hai bên nhất trí sớm tổ chức đối thoại chính sách quốc phòng lần tiếp theo tại Tokyo trong năm nay.",
  other1: "Bệnh viện dã chiến cấp 2 số 6 lên đường sang Nam Sudan",
  other2: "Công binh Việt Nam hoàn thành nhiệm vụ tại Abyei",
  related: ["Tin liên quan", "Hải quân Việt Nam thăm cảng Yokosuka", "Tàu Trần Hưng Đạo cập cảng trong chuyến thăm hữu nghị.",
    "Nhật Bản bàn giao thiết bị rà phá bom mìn", "Phía bạn bàn giao 20 máy dò cho Trung tâm Hành động bom mìn quốc gia."],
};
const R = READ_MORE;
const readMore: { name: string; box: string[]; tail?: string[]; keep: string[]; drop: string[]; bylines?: string[] }[] = [
  {
    name: "Tuổi Trẻ: 'Xem thêm' and one plain headline, then a paragraph and a signature",
    box: ["Xem thêm", R.other1], tail: [R.after, "NAM TRẦN"],
    keep: [R.after], drop: ["Xem thêm", R.other1], bylines: ["NAM TRẦN"],
  },
  {
    name: "Dân trí: 'Đọc tiếp' and a headline printed twice, then the article's last paragraph",
    box: ["Đọc tiếp", `${R.other1} ${R.other1}`], tail: [R.after, "THÀNH ĐÔNG"],
    keep: [R.after], drop: ["Đọc tiếp", `${R.other1} ${R.other1}`], bylines: ["THÀNH ĐÔNG"],
  },
  {
    name: "VnExpress: 'Đọc thêm' and two headlines, then two paragraphs",
    box: [">> Đọc thêm:", R.other1, R.other2], tail: [R.after, R.after2, "Vũ Anh"],
    keep: [R.after, R.after2], drop: [">> Đọc thêm:", R.other1, R.other2], bylines: ["Vũ Anh"],
  },
  {
    name: "Thanh Niên: 'Xem thêm: headline' on one line",
    box: [`Xem thêm: ${R.other1}`], tail: [R.after, R.after2, "Theo TTXVN"],
    keep: [R.after, R.after2], drop: [`Xem thêm: ${R.other1}`], bylines: ["Theo TTXVN"],
  },
  {
    name: "VietnamPlus: a box near the end, one short paragraph ending './.' and a source line",
    box: ["Đọc thêm", R.other2], tail: ["Đoàn sẽ thăm Học viện Quốc phòng trước khi về nước./.", "Theo TTXVN"],
    keep: ["Đoàn sẽ thăm Học viện Quốc phòng trước khi về nước./."], drop: ["Đọc thêm", R.other2], bylines: ["Theo TTXVN"],
  },
  {
    name: "Quân đội nhân dân: a box followed by a caption and a paragraph",
    box: ["Xem tiếp", R.other2], tail: ["Các đại biểu chụp ảnh lưu niệm. Ảnh: VIỆT TRUNG", R.after, "HẢI AN"],
    keep: ["Các đại biểu chụp ảnh lưu niệm. Ảnh: VIỆT TRUNG", R.after], drop: ["Xem tiếp", R.other2], bylines: ["HẢI AN"],
  },
  {
    name: "VOV: a box in the middle with a short paragraph after it, the article running on",
    box: ["Đọc thêm", R.other1], tail: ["Hai bên đã ký biên bản ghi nhớ.", R.after, R.after2, "Minh Hà/VOV"],
    keep: ["Hai bên đã ký biên bản ghi nhớ.", R.after, R.after2], drop: ["Đọc thêm", R.other1], bylines: ["Minh Hà/VOV"],
  },
  {
    name: "Nhân Dân: a teaser restating the boxed headline is the other story's, even with the article after it",
    box: ["Xem thêm", R.other1, "Bệnh viện dã chiến cấp 2 số 6 đã lên đường sang Nam Sudan làm nhiệm vụ."], tail: [R.after, R.after2],
    keep: [R.after, R.after2], drop: ["Xem thêm", R.other1, "Bệnh viện dã chiến cấp 2 số 6 đã lên đường sang Nam Sudan làm nhiệm vụ."],
  },
];

for (const c of readMore) {
  test(`stripBoilerplate, read-more box: ${c.name}`, () => {
    const lines = [R.title, R.lead, R.caption, R.p1, R.p2, ...c.box, ...(c.tail ?? []), ...R.related];
    const cleaned = stripBoilerplate(lines);
    assert.equal(cleaned.title, R.title);
    const texts = cleaned.blocks.filter((b) => b.kind !== "byline").map((b) => b.text);
    assert.deepEqual(texts, [R.lead, R.caption, R.p1, R.p2, ...c.keep]);
    for (const d of [...c.drop, ...R.related]) assert.ok(cut(lines).includes(d), `cut: ${d}`);
    if (c.bylines) assert.deepEqual(cleaned.bylines, c.bylines);
  });
}

for (const c of table) {
  test(`stripBoilerplate: ${c.name}`, () => {
    const cleaned = stripBoilerplate(c.lines);
    if (c.title !== undefined) assert.equal(cleaned.title, c.title);
    if (c.keep) assert.deepEqual(kept(c.lines), c.keep);
    for (const d of c.drop ?? []) assert.ok(cut(c.lines).includes(d), `cut: ${d}`);
    if (c.bylines) assert.deepEqual(cleaned.bylines, c.bylines);
  });
}

test("every non-empty line is the headline, a block or removed, exactly once", () => {
  const line = fc.oneof(fc.constantFrom(P1, P2, P3, TITLE, "|", "0", "Tin liên quan", "Theo TTXVN", "", "Trụ cột quan trọng"), fc.string({ maxLength: 60 }));
  fc.assert(
    fc.property(fc.array(line, { maxLength: 40 }), (raw) => {
      const lines = splitLines(raw.join("\n"));
      const cleaned = stripBoilerplate(lines);
      const seen = [...cleaned.titleLines, ...cleaned.blocks.flatMap((b) => b.lines ?? [b.line]), ...cleaned.removed.map((r) => r.line)];
      const nonEmpty = lines.flatMap((l, i) => (l.trim() === "" ? [] : [i + 1]));
      assert.deepEqual([...seen].sort((a, b) => a - b), nonEmpty);
    }),
  );
});

test("very long lines and many lines are handled without catastrophic backtracking", { timeout: 60_000 }, () => {
  // Running text (it has function words) that pathological patterns would scan: photo-credit heads, no end.
  const long = `${"Ảnh: ".repeat(5_000)}${"a và ".repeat(20_000)}`;
  const noisy = `(${"A-".repeat(30)}`;
  const lines = [TITLE, long, `${"|".repeat(50_000)}x`, noisy, ...Array.from({ length: 5_000 }, (_, i) => (i % 3 ? P1 : "Tin liên quan"))];
  const cleaned = stripBoilerplate(lines);
  assert.equal(cleaned.title, TITLE);
  assert.ok(cleaned.blocks.some((b) => b.text === long));
});
