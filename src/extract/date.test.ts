import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDate, parsePageClock, findEventDay, collectYearEvidence, isValidDay } from "./date.ts";

const today = new Date(Date.UTC(2026, 10, 23));
const run = (article: string[], header: string[] = []) => extractDate({ article, header, today });

test("event days in the shapes Vietnamese leads use", () => {
  const cases: [string, number, number, number | null][] = [
    ["Chiều 14/5, Đối thoại diễn ra tại Hà Nội.", 14, 5, null],
    ["Sáng 20-2, tại Hà Nội, hai bên đồng chủ trì.", 20, 2, null],
    ["VOV.VN - Sáng 8/9, Bộ trưởng đã điện đàm.", 8, 9, null],
    ["(GLO)- Sáng 4-3, 507 thanh niên lên đường.", 4, 3, null],
    ["(Dân trí) - Chiều 25.11, đoàn đến thăm.", 25, 11, null],
    ["Ngày 23/4/2022 đã diễn ra Giao lưu hữu nghị.", 23, 4, 2022],
    ["Ngày 14 tháng 5 năm 2024, Hội nghị khai mạc.", 14, 5, 2024],
    ["Từ ngày 13-16/3, Bộ Quốc phòng tổ chức diễn tập.", 13, 3, null],
    ["Sáng thứ Năm (20/2), đoàn đến thăm.", 20, 2, null],
    ["Hai bên đã gặp nhau sáng 29/10 tại TPHCM.", 29, 10, null],
  ];
  for (const [text, day, month, year] of cases) {
    const m = findEventDay([text]);
    assert.ok(m, text);
    assert.deepEqual([m.day, m.month, m.year], [day, month, year], text);
  }
});

test("page clocks, with the weekday checked", () => {
  assert.deepEqual(parsePageClock("09:14 | 16/07/2022 GMT+7")?.year, 2022);
  assert.deepEqual(parsePageClock("Thứ bảy, 26-7-25 22:12:59")?.month, 7);
  assert.equal(parsePageClock("Thứ hai, 26-7-25 22:12:59"), null, "26 July 2025 was a Saturday");
  // A date alone on a line outside the article is a date line: the page's publication day.
  assert.deepEqual(parsePageClock("16/07/2022")?.year, 2022);
  assert.equal(parsePageClock("Hội nghị Ban Chấp hành Trung ương lần thứ 10 ngày 16/07/2022"), null, "a headline with a date is no date line");
  assert.equal(parsePageClock("31/02/2022 10:00"), null, "no 31 February");
});

test("the year comes from the latest moment the article refers to", () => {
  const r = run(["Chiều 14/5, Đối thoại lần thứ 5 diễn ra.", "Đây là hoạt động trong “Năm hữu nghị Việt Nam-Lào 2022”."]);
  assert.equal(r.date, "2022-05-14");
  assert.match(r.basis, /2022/);
  // A reference to June 2024 as past puts a February event in 2025 or 2026 (today is November 2026): nothing says which.
  assert.equal(run(["Sáng 20-2, tại Hà Nội, hai bên họp.", "Chúc mừng bà được bổ nhiệm (tháng 6-2024)."]).date, null);
  // With a clock in July 2025 (the scrape time, say), only 2025 lies between the two.
  assert.equal(run(["Sáng 20-2, tại Hà Nội, hai bên họp.", "Chúc mừng bà được bổ nhiệm (tháng 6-2024)."], ["Thứ bảy, 26-7-25 22:12:59"]).date, "2025-02-20");
  // Anniversary arithmetic: the 75th National Day is 2020.
  assert.equal(run(["Sáng 8/9, hai Bộ trưởng điện đàm.", "Nhân dịp kỷ niệm Quốc khánh lần thứ 75 nước Cộng hòa xã hội chủ nghĩa Việt Nam."]).date, "2020-09-08");
  // Horizons and plans are not evidence.
  assert.equal(run(["Sáng 8/9, hai bên hội đàm.", "Hai bên thống nhất tầm nhìn đến năm 2030."]).date, null);
});

test("a page clock bounds the year; the clock may be the scrape time", () => {
  const clock = ["Thứ bảy, 26-7-25 22:12:59"];
  // Five and nine months before the clock: it may be the time of scraping, so the year is left open.
  assert.equal(run(["Sáng 20-2, tại Hà Nội, hai bên họp."], clock).date, null);
  assert.equal(run(["Sáng 29/10, tại Hà Nội, hai bên họp."], clock).date, null);
  // Three weeks before it: the page was printed with its event.
  assert.equal(run(["Sáng 5/7, tại Hà Nội, hai bên họp."], clock).date, "2025-07-05");
  // No event day: the clock is the publication date.
  assert.equal(run(["Ngày hội diễn ra vào trung tuần tháng 5 năm 2022."], ["09:14 | 16/07/2022 GMT+7"]).date, "2022-07-16");
});

test("never after the clock or today, never an impossible day, weekday checked", () => {
  assert.equal(run(["Ngày 31/2/2022, hai bên ký kết."]).date, null);
  assert.equal(run(["Ngày 14/5/2030, hai bên ký kết."]).date, null);
  // 20 February 2025 was a Thursday; "thứ Hai" contradicts every nearby year but 2023's Monday.
  assert.equal(run(["Sáng thứ Năm (20/2), tại Hà Nội, hai bên họp."], ["Thứ bảy, 26-7-25 22:12:59"]).date, "2025-02-20");
  assert.equal(run(["Sáng thứ Hai (20/2), tại Hà Nội, hai bên họp."], ["Thứ bảy, 26-7-25 22:12:59"]).date, null);
  assert.equal(run(["Chiều 14/5, hai bên họp."]).date, null, "no evidence for the year");
  assert.ok(!isValidDay(2023, 2, 29) && isValidDay(2024, 2, 29));
});

test("the date and its basis hold on every day until the recheck day (a cache that trusts it matches a fresh extraction)", () => {
  const cases: { article: string[]; header?: string[] }[] = [
    { article: ["Sáng 20/12, tại Viêng Chăn, hội nghị khai mạc.", "Các đại biểu thông qua kế hoạch hợp tác năm 2025."] },
    { article: ["Sáng 29/2, hai bên họp.", "Tiếp nối kết quả chuyến thăm tháng 6-2024."] },
    { article: ["Ngày 14/5/2026, hai bên ký kết."] },
    { article: ["Chiều 14/5, hai bên họp.", "Hai bên tổng kết hoạt động năm 2027."] },
    { article: ["Sáng thứ Năm (20/2), tại Hà Nội, hai bên họp."], header: ["Thứ bảy, 26-7-25 22:12:59"] },
    { article: ["Ngày 1/1, hai bên tuần tra chung."], header: ["Thứ hai, 19/01/2026 08:30 GMT+7", "Thứ sáu, 02/01/2026 10:15 GMT+7"] },
    { article: ["Hai bên trao đổi về hợp tác đào tạo."], header: ["09:14 | 16/07/2026 GMT+7"] },
  ];
  const start = Date.UTC(2024, 11, 1);
  for (const { article, header = [] } of cases) {
    let cached = extractDate({ article, header, today: new Date(start) });
    let rechecks = 0;
    for (let t = start + 86_400_000; t < Date.UTC(2028, 0, 1); t += 86_400_000) {
      const today = new Date(t);
      const fresh = extractDate({ article, header, today });
      const day = today.toISOString().slice(0, 10);
      if (cached.recheckOn !== null && day >= cached.recheckOn) {
        cached = fresh;
        rechecks++;
      } else assert.deepEqual([cached.date, cached.basis], [fresh.date, fresh.basis], `${article[0]} on ${day}`);
    }
    // Rechecks come at the few days that matter, not every day.
    assert.ok(rechecks <= 6, `${article[0]}: ${rechecks} rechecks`);
  }
  // A year printed beside the day and already past: no later day changes it.
  assert.equal(run(["Ngày 15/3/2024, hai bên ký kết."]).recheckOn, null);
  assert.equal(run(["Ngày 14/5/2030, hai bên ký kết."]).recheckOn, "2030-05-14");
});

test("year evidence: anniversary ranges end now, plans only begin", () => {
  const years = (t: string) => collectYearEvidence(t).map((e) => e.year);
  assert.deepEqual(years("kỷ niệm 55 năm (1967-2022)"), [2022]);
  assert.deepEqual(years("nhiệm kỳ 2025-2030"), [2024]);
  assert.deepEqual(years("hỗ trợ 2.000 người"), []);
  assert.deepEqual(years("theo Quyết định số 2021/QĐ-BQP"), []);
  assert.deepEqual(years("Lễ kỷ niệm 50 năm Ngày Giải phóng miền Nam"), [2025]);
});

test("long pathological lines finish quickly (no catastrophic backtracking)", () => {
  const lines = [
    "1/".repeat(50_000),
    "Sáng ".repeat(20_000),
    "tháng 1-".repeat(15_000),
    "9".repeat(100_000),
    "Thứ hai, ".repeat(12_000) + "x",
    "(".repeat(100_000),
  ];
  lines.push("tháng 1/2020 ".repeat(8_000), "1/1/2020 ".repeat(11_000), "năm 2020 ".repeat(11_000));
  lines.push("kỷ niệm 50 năm (1973-2023) ".repeat(4_000), "50 năm ".repeat(14_000) + "(1973-2023)");
  for (const line of lines) {
    run([line, line], [line]);
    run(["Sáng 14/5, hai bên hội đàm.", line]);
    collectYearEvidence(line);
  }
});

test("clocks of other outlets, weekday names with diacritics checked", () => {
  const d = (line: string) => { const c = parsePageClock(line); return c && [c.year, c.month, c.day]; };
  assert.deepEqual(d("Thứ năm, 20/2/2025, 10:30 (GMT+7)"), [2025, 2, 20]);
  assert.deepEqual(d("Thứ Năm, 20-02-2025, 10:30"), [2025, 2, 20]);
  assert.deepEqual(d("Thứ tư, 19/02/2025 | 10:30"), [2025, 2, 19]);
  assert.equal(d("Thứ tư, 20/02/2025 | 10:30"), null, "20 February 2025 was a Thursday");
  assert.deepEqual(d("Chủ nhật, 23/02/2025 07:00"), [2025, 2, 23]);
  assert.deepEqual(d("20/02/2025 10:30 GMT+7"), [2025, 2, 20]);
  assert.deepEqual(d("thứ sáu, 20/2/2026"), [2026, 2, 20]);
  assert.deepEqual(d("Ngày đăng: 16/07/2022"), [2022, 7, 16]);
  assert.deepEqual(d("date 2025-12-17"), [2025, 12, 17]);
  assert.deepEqual(d("2025-12-17T10:30:00+07:00"), [2025, 12, 17]);
  assert.equal(d("Nghị định 16/07/2022"), null, "a bare date in a short line is not a clock");
});

test("choosing among the years that fit: a named year, else nearest the clock, else none", () => {
  // Only a month-level past reference: with a publication clock the event is the day before it, not a year earlier.
  const lead = ["VOV.VN - Chiều 11/6, tại Hà Nội, hai Bộ trưởng hội đàm.", "Quan hệ được nâng cấp (tháng 11/2023)."];
  assert.equal(run(lead, ["Thứ Năm, 10:25, 12/06/2025"]).date, "2025-06-11");
  assert.equal(run(lead).date, null, "without a clock, 2024, 2025 and 2026 all fit after the reference");
  // A scrape clock years later does not override a year the article names.
  assert.equal(run(["Chiều 14/5, hai bên đối thoại.", "Năm hữu nghị Việt Nam-Campuchia 2022."], ["10:00 | 01/03/2026 GMT+7"]).date, "2022-05-14");
});

test("a year that is over or signed ahead does not hold the event in it", () => {
  const clock = ["Thứ Sáu, 10/01/2025 | 10:30"];
  assert.equal(run(["Sáng 10/1, Bộ Quốc phòng tổ chức Hội nghị tổng kết công tác đối ngoại năm 2024."], clock).date, "2025-01-10");
  assert.equal(run(["Sáng 10/1, hai bên họp.", "Trong năm 2024 vừa qua, hợp tác đạt nhiều kết quả."], clock).date, "2025-01-10");
  assert.equal(run(["Chiều 20/12, hai bên họp.", "Hai bên đã ký Kế hoạch hợp tác năm 2025.", "Năm 2024 là năm thành công."]).date, "2024-12-20");
});

test("year ranges: an anniversary's end is now; a range's start bounds the event but never names its year", () => {
  const evidence = (t: string) => collectYearEvidence(t).map((e) => [e.year, e.named]);
  const cases: [string, (number | boolean)[][]][] = [
    // The cue stands far before the range, beyond a short window.
    ["Hai bên tổ chức các hoạt động kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam - Nhật Bản (1973-2023).", [[2023, true]]],
    // No cue word, but the count of years is the range's span.
    ["Chặng đường 30 năm quan hệ đối tác (1994 - 2024) đạt nhiều kết quả.", [[2024, true]]],
    // A plan or term is drawn up in the year before it begins: that year bounds the event.
    ["Triển khai Kế hoạch hợp tác giai đoạn 2021-2025.", [[2020, false]]],
    ["Tổng kết Nghị quyết nhiệm kỳ 2020 - 2025.", [[2019, false]]],
    // A year a span starts from is a bound too.
    ["Đây là lần thứ 36 hai bên tuần tra chung kể từ năm 2006.", [[2006, false]]],
    ["Từ năm 1973 đến nay, quan hệ không ngừng phát triển.", [[1973, false]]],
  ];
  for (const [text, expected] of cases) assert.deepEqual(evidence(text), expected, text);
  // Before: the range's start (1973) was read as a year the article names and became the event's year.
  const r = run(["Sáng 21/9, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến tiếp Đại sứ Nhật Bản.", "Hai bên tổ chức nhiều hoạt động kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam - Nhật Bản (1973-2023)."]);
  assert.equal(r.date, "2023-09-21");
  assert.doesNotMatch(r.basis, /year 1973/);
  // A span's start is no named year: with a clock three weeks on, the latest fit before the clock wins, not 2006.
  assert.equal(run(["Từ ngày 10 đến 12/11, biên đội tàu hai nước tuần tra chung.", "Đây là lần thứ 36 hai bên tuần tra chung kể từ năm 2006."], ["Thứ hai, 02/12/2024 - 15:30"]).date, "2024-11-10");
  // A term's start only bounds: with a clock a month after the event, the latest fit before it wins.
  assert.equal(run(["Sáng 14/5, hai bên họp.", "Hai bên triển khai Tầm nhìn chung giai đoạn 2021-2025."], ["10:00 | 20/06/2024 GMT+7"]).date, "2024-05-14");
});

test("a page clock on the event's day or within a week after it gives the year, before any year the article names", () => {
  const cases: [string, string[], string][] = [
    // VnExpress: clock above the headline on the day itself; the article looks back on an anniversary and a past year.
    ["Thứ tư, 6/3/2024, 17:20 (GMT+7)", ["Chiều 6/3, Thượng tướng Hoàng Xuân Chiến tiếp Đại sứ Nhật Bản.", "Năm ngoái, hai nước kỷ niệm 50 năm thiết lập quan hệ ngoại giao (1973-2023).", "Đã qua một năm kể từ khi hai nước nâng cấp quan hệ."], "2024-03-06"],
    // Tuổi Trẻ: published two days later; the article names 2023.
    ["08/03/2024 10:15 GMT+7", ["TTO - Sáng 6/3, đoàn đại biểu Quân đội Lào thăm Học viện Quốc phòng.", "Năm 2023, hai bên đã ký kết nhiều văn kiện."], "2024-03-06"],
    // Across New Year: a late-December event published on 2 January.
    ["Thứ năm, 02/01/2025 09:00", ["Tối 30/12, tại Hà Nội, hai bên gặp mặt.", "Năm 2023, hai nước nâng cấp quan hệ."], "2024-12-30"],
    // A week to the day.
    ["Thứ tư, 13/3/2024, 08:00 (GMT+7)", ["Sáng 6/3, hai bên hội đàm.", "Năm hữu nghị 2022."], "2024-03-06"],
  ];
  for (const [clock, article, date] of cases) {
    const r = run(article, [clock]);
    assert.equal(r.date, date, clock);
    assert.match(r.basis, /page clock/, clock);
  }
});

test("a page clock more than a week after the event, or on a contradicting weekday, only bounds the year", () => {
  // Eight days on: the clock may be a scrape time; the year the article names decides.
  assert.equal(run(["Sáng 6/3, hai bên hội đàm.", "Năm hữu nghị Việt Nam - Lào 2023."], ["Thứ năm, 14/3/2024, 08:00 (GMT+7)"]).date, "2023-03-06");
  // A scrape clock months later: named-year evidence decides, as before.
  assert.equal(run(["Sáng 20-2, tại Hà Nội, hai bên họp.", "Chúc mừng bà được bổ nhiệm (tháng 6-2024)."], ["Thứ bảy, 26-7-25 22:12:59"]).date, "2025-02-20");
  // 6 March 2024 was a Wednesday: "thứ Năm (6/3)" is not that day, so the clock does not decide.
  const r = run(["Sáng thứ Năm (6/3), hai bên hội đàm.", "Năm 2025, hai bên kỷ niệm."], ["Thứ tư, 6/3/2024, 17:20 (GMT+7)"]);
  assert.doesNotMatch(r.basis, /from the page clock/);
});

test("dates from evidence: each dated mention read with its role", () => {
  // [what the case shows, article, header lines, expected date]
  const cases: [string, string[], string[], string | null][] = [
    ["the year of the range's end is the event's",
      ["Từ ngày 27 tháng 11 đến ngày 1 tháng 12 năm 2018, đoàn công tác của tỉnh thăm thành phố kết nghĩa."], [], "2018-11-27"],
    ["a range's end year beats a year named in passing",
      ["Từ ngày 31/5 đến 2/6/2025, đoàn của Viện làm việc tại Nhật Bản.", "Hai bên hợp tác từ khi xây dựng phòng thí nghiệm (2008)."], [], "2025-05-31"],
    ["a range of days in one month with its year at the end",
      ["Chủ tịch Quốc hội sẽ thăm hữu nghị từ ngày 23 đến ngày 27/12/2015."], [], "2015-12-23"],
    ["a range across New Year",
      ["Từ ngày 30/12 đến 2/1/2016, đoàn nghệ sĩ biểu diễn tại ba tỉnh."], [], "2015-12-30"],
    ["the next day of the same meeting, with its year, is no later bound",
      ["Sáng 29/5, hai đoàn hội đàm tại trụ sở Bộ.", "Ngày 30/5/2015, hai bên ký biên bản ghi nhớ."], [], "2015-05-29"],
    ["the visit's own range beats a site clock on the same day years later",
      ["Chiều ngày 22/11, Thủ tướng lên đường thăm chính thức nước bạn từ ngày 22-25/11/2021."], ["Thứ Sáu, 22/11/2024 01:04 (GMT +7)"], "2021-11-22"],
    ["a source line at the top gives the year of a report two days later",
      ["Ngày 10.2 và 11.2, thị trấn rét nhất từ đầu mùa đông."], ["Nguồn tin: Lao Động, 12/02/2008"], "2008-02-10"],
    ["of two clocks, the earliest after the event: the other is the time of scraping",
      ["Chiều 16-10, giờ địa phương, đoàn đại biểu tới thủ đô nước bạn."], ["Thứ sáu, ngày 22/11/2024", "Thứ Năm 18/10/2018 16:15"], "2018-10-16"],
    ["a date line above an announcement a few days ahead",
      ["Đoàn đại biểu sẽ thăm hữu nghị nước bạn từ ngày 23-27/12."], ["21/12/2015"], "2015-12-23"],
    ["an announced event with its year may follow the page's clock",
      ["(Tổ Quốc) - Ngày hội sẽ được tổ chức từ 26/8 đến 27/8/2023 tại phố đi bộ."], ["Văn hoá 21/08/2023 20:41"], "2023-08-26"],
    ["two days written in words with their year",
      ["Lễ hội tổ chức trong 2 ngày 7 và 8 tháng 10 năm 2016 tại sân vận động huyện."], ["• Cập nhật: Thứ sáu, 30/9/2016 | 4:53:27 PM"], "2016-10-07"],
    ["a clock in English, no event day",
      ["Bà được bầu vào Thượng viện tiểu bang."], ["Sunday, January 18, 2015 4:36:59 PM"], "2015-01-18"],
    ["a clock written in words, no event day",
      ["Thôn tổ chức vui xuân, khánh thành nhà văn hóa."], ["Thứ Bảy, 28 tháng 1, 2012"], "2012-01-28"],
    ["a clock left among the article's first blocks",
      ["Hai bên ký nhiều thỏa thuận.", "phongvien | 19/03/2018, 06:20", "Vừa qua, hai bên ký kết kế hoạch hợp tác."], [], "2018-03-19"],
    ["where a span to now began is not the event's day, and the excerpt names no other",
      ["Nhiệm kỳ II được bắt đầu từ ngày 19/4/2015 cho đến nay đã được hơn 6 năm."], [], null],
    ["a past agreement only bounds the year: it does not name it",
      ["Sáng 16/9, hai bên ký thỏa thuận thành lập phòng thí nghiệm chung.", "Đây là sự tiếp nối của Hiệp định ký kết ngày 12/11/2009."], [], null],
    ["a year still to come puts the event just before it",
      ["Chúng tôi đến được xã này vào ngày 2-12.", "Con trâu được chăm để chờ Tết Tân Mão (2011) tới."], [], "2010-12-02"],
    ["a target year is a plan; the year the speech reviews is named",
      ["Diễn đàn diễn ra tại Hà Nội sáng 23/12.", "Năm 2020 là năm đầu tiên của chương trình.", "Theo Bộ trưởng, mục tiêu có thể đạt được vào năm 2025."], [], "2020-12-23"],
    ["the year a document was signed is history, not the year the article names",
      ["Diễn đàn tổ chức chiều 27/6 ở thủ đô Budapest.", "Thỏa thuận hợp tác giáo dục giữa hai Chính phủ năm 2013 là minh chứng cho cam kết."], [], null],
    ["a plan's number and date are a document's, not the event's",
      ["Căn cứ Kế hoạch sô 48/KH-UBND ngày 14/6/2016 của tỉnh, lễ hội sẽ diễn ra từ ngày 09-12/9/2016 tại thành phố."], ["Ngày đăng: 12/09/2016 - 01:09"], "2016-09-09"],
    ["a day after \"tức\" (that is)", ["23h đêm giao thừa, tức 9-2, Bộ trưởng đến thăm bệnh viện."], ["10-02-2024, 08:00"], "2024-02-09"],
    ["a founding day on the event's day and month is not the same event",
      ["Sáng 2/9, nhân dân thôn dự lễ chào cờ.", "Hôm nay là kỷ niệm Quốc khánh 2/9/1945 của nước Cộng hòa."], [], null],
  ];
  for (const [what, article, header, expected] of cases) {
    const r = run(article, header);
    assert.equal(r.date, expected, `${what}: ${r.basis}`);
    assert.ok(r.basis.length > 0, what);
  }
});

test("the basis names the evidence the year rests on", () => {
  assert.match(run(["Sáng 29/5, hai đoàn hội đàm.", "Ngày 30/5/2015, hai bên ký biên bản."]).basis, /same event's "30\/5\/2015"/);
  assert.match(run(["Từ ngày 30/12 đến 2/1/2016, đoàn biểu diễn."]).basis, /range's end/);
  assert.match(run(["Ngày 10.2, thị trấn rét đậm."], ["Nguồn tin: Lao Động, 12/02/2008"]).basis, /page clock "Nguồn tin: Lao Động, 12\/02\/2008"/);
  assert.match(run(["Sáng 16/9, hai bên ký.", "Hiệp định ký kết ngày 12/11/2009."]).basis, /years fit/);
});

test("the recheck day stays right for the new kinds of evidence", () => {
  const cases: { article: string[]; header?: string[] }[] = [
    { article: ["Chúng tôi đến xã này vào ngày 2-12.", "Chờ Tết (2027) tới."] },
    { article: ["Sáng 29/5, hai đoàn hội đàm.", "Ngày 30/5/2026, hai bên ký biên bản."] },
    { article: ["Đoàn sẽ thăm nước bạn từ ngày 23-27/12."], header: ["21/12/2026"] },
    { article: ["Từ ngày 30/12 đến 2/1/2027, đoàn biểu diễn."] },
    { article: ["Hội thi", "Sáng 10/02, Sở tổng kết hội thi năm học 2026-2027."] },
    { article: ["Tiêm chủng", "Sáng 15/9, trẻ được tiêm.", "Từ 15/9 đến tháng 2/2027, trẻ sẽ được tiêm."] },
    { article: ["Tuần Văn hóa 2027", "Tối 5/12, Tuần Văn hóa khai mạc.", "Hai nước thiết lập quan hệ năm 1962."] },
    { article: ["Lễ hội", "Sáng 2/4, lễ hội khai mạc.", "Lễ hội năm nay (2026) có nhiều hoạt động mới."] },
    { article: ["Tổng kết", "Chiều 28/12, tỉnh tổng kết công tác năm 2026, triển khai nhiệm vụ năm 2027."] },
    { article: ["Tiếp nhà đầu tư", "Chiều 26/3, tỉnh tiếp nhà đầu tư.", "Năm 2026, tỉnh cấp mới giấy chứng nhận cho 21 dự án."] },
    { article: ["Đại hội", "Ngày 20/10, Đại hội đại biểu Hội Nông dân tỉnh nhiệm kỳ 2027 - 2032 khai mạc."] },
  ];
  const start = Date.UTC(2025, 10, 1);
  for (const { article, header = [] } of cases) {
    let cached = extractDate({ article, header, today: new Date(start) });
    for (let t = start + 86_400_000; t < Date.UTC(2028, 6, 1); t += 86_400_000) {
      const today = new Date(t);
      const fresh = extractDate({ article, header, today });
      const day = today.toISOString().slice(0, 10);
      if (cached.recheckOn !== null && day >= cached.recheckOn) cached = fresh;
      else assert.deepEqual([cached.date, cached.basis], [fresh.date, fresh.basis], `${article[0]} on ${day}`);
    }
  }
});

test("a year the article names is the event's only with evidence that it is the article's own", () => {
  // [what the case shows, article (headline first), header lines, expected date]
  const cases: [string, string[], string[], string | null][] = [
    ["a year of history (relations set up) is no evidence for the event's year",
      ["Tiếp Đại sứ Hàn Quốc", "Sáng 12/3, Chủ tịch tỉnh tiếp Đại sứ Hàn Quốc.", "Hai nước thiết lập quan hệ ngoại giao năm 1992."], [], null],
    ["relations that began in a year, however it is written",
      ["Gặp gỡ hữu nghị", "Chiều 4/6, hai đoàn gặp gỡ.", "Quan hệ hai bên bắt đầu năm 1991 và phát triển tốt đẹp."], [], null],
    ["an anniversary celebrated last year is history",
      ["Hội đàm", "Sáng 6/3, hai Bộ trưởng hội đàm.", "Năm ngoái, hai nước kỷ niệm 50 năm thiết lập quan hệ (1973-2023)."], [], null],
    ["an anniversary the article names without a past cue is being celebrated",
      ["Hội đàm", "Sáng 21/9, hai Bộ trưởng hội đàm.", "Hai bên tổ chức nhiều hoạt động kỷ niệm 50 năm thiết lập quan hệ ngoại giao (1973-2023)."], [], "2023-09-21"],
    ["a year in the event's own sentence", ["Bế mạc đại hội", "Chiều 15/5, tỉnh bế mạc Đại hội thể thao lần thứ IX năm 2019.", "Các đội sẽ dự giải toàn quốc vào tháng 12/2019."], [], "2019-05-15"],
    ["a year of the past in the event's own sentence", ["Tiếp nhà đầu tư", "Sáng 5/6, Chủ tịch tỉnh tiếp nhà đầu tư dự án thành lập năm 2019 tại khu công nghiệp."], [], null],
    ["a year in the headline", ["Tuần Văn hóa Việt Nam tại Lào 2019", "Tối 5/12, Tuần Văn hóa khai mạc.", "Quan hệ hai nước được thiết lập năm 1962."], [], "2019-12-05"],
    ["a year called this year's", ["Lễ hội", "Sáng 2/4, lễ hội khai mạc.", "Lễ hội năm nay (2017) có nhiều hoạt động mới.", "Năm 2012, lễ hội được công nhận là di sản."], [], "2017-04-02"],
    ["a year later than the one named with the event bounds nothing once the event's own year is written",
      ["Ngày hội", "Từ ngày 20 - 22/11, huyện tổ chức Ngày hội Văn hóa lần thứ VIII năm 2020.", "Đây là dịp thi đua thực hiện nhiệm vụ nhiệm kỳ 2020 - 2025."], [], "2020-11-20"],
    ["a deadline is not the event", ["Giải thưởng sáng tạo", "Các đơn vị gửi hồ sơ về Sở trước ngày 30/10/2020."], [], null],
    ["the same day written elsewhere as a range's start with its end's year",
      ["Tiêm chủng", "Sáng 15/9, gần 1.000 trẻ đầu tiên được tiêm chủng.", "Từ 15/9 đến tháng 2/2015, dự kiến khoảng 23.000 trẻ sẽ được tiêm."], [], "2014-09-15"],
    ["a school year named with the event", ["Hội thi giáo viên", "Sáng 10/02, Sở tổng kết Hội thi giáo viên dạy giỏi năm học 2022-2023."], [], "2023-02-10"],
    ["a day after \"hôm\" with its year", ["Hội thảo", "Hội thảo do hai trường tổ chức hôm 16/6/2022 tại Hà Nội."], [], "2022-06-16"],
    ["a school year's autumn", ["Khai giảng", "Sáng 5/9, các trường khai giảng năm học 2023-2024."], [], "2023-09-05"],
    ["a year whose results are given is over: its figures name no event year",
      ["Tiếp nhà đầu tư", "Chiều 26/3, Chủ tịch tỉnh tiếp đoàn nhà đầu tư.", "Năm 2022, tỉnh cấp mới giấy chứng nhận đầu tư cho 21 dự án."], [], null],
    ["partial-year figures do not close the year", ["Tiếp nhà đầu tư", "Chiều 26/7, Chủ tịch tỉnh tiếp đoàn nhà đầu tư.", "Trong 6 tháng đầu năm 2022, kim ngạch đạt 2 tỷ USD."], [], "2022-07-26"],
    ["a review in December and the next year's tasks: the review's year",
      ["Hội nghị tổng kết", "Chiều 28/12, tỉnh tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024."], [], null],
    ["a review in December, with a clock: the review's year",
      ["Hội nghị tổng kết", "Chiều 28/12, tỉnh tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024."], ["Thứ Năm, 28/12/2023 18:00"], "2023-12-28"],
    ["a congress opens the term it names", ["Đại hội Hội Nông dân", "Ngày 20/10, tại Hà Nội, Đại hội đại biểu Hội Nông dân tỉnh nhiệm kỳ 2023 - 2028 khai mạc."], [], "2023-10-20"],
    ["a plan's term is no congress", ["Hội nghị", "Ngày 20/10, tỉnh triển khai kế hoạch giai đoạn 2023 - 2028."], [], null],
    // The archive stamps a page when it stores it (sometimes years after the event): no evidence, whether alone or glued.
    ["the archive's stamp on its own line is no page clock", ["Bế mạc", "Lễ bế mạc diễn ra tối 20/12 tại sân vận động."], ["date 2025-12-20 (VTC News) -"], null],
    ["the archive's stamp glued to the headline names no year", ["date 2025-12-20 Bế mạc hội thao", "Lễ bế mạc diễn ra tối 20/12 tại sân vận động."], [], null],
    ["a day the lead counts back to is history; the clock dates the review", ["Hợp tác y tế", "Cách đây hơn 40 năm, ngày 5-3-1981, hai bệnh viện kết nghĩa.", "Bài viết điểm lại kết quả."], ["Thứ Hai, 10 Tháng 4 2023 08:38"], "2023-04-10"],
    // A clock may be a later update or the day the page was shown: a day written with its year stays the event's.
    ["a day with its year stays the event's, however late the clock", ["Thăm hai bang", "Ngày 12-16/4/2012, Đại sứ thăm hai bang."], ["Cập nhật lúc 09:15 | 20/11/2024"], "2012-04-12"],
    ["of two publication lines the earliest is the article's", ["Mục tiêu", "Cả nước phấn đấu đạt chuẩn vào cuối năm."], ["Thứ 6, 05/07/2024, 17:20", "07.02.2023 | 18:16 PM"], "2023-02-07"],
    ["with no day in the lead, the range the event was held over gives its first day", ["Trại hè bơi lội trẻ 2024: đội tuyển giành hai huy chương", "Đội tuyển bơi trẻ giành hai huy chương.", "Các vận động viên thi đấu tốt.", "Ban tổ chức cảm ơn.", "Một đoạn khác.", "Trại hè diễn ra từ ngày 5 đến 11/7."], [], "2024-07-05"],
    ["a dateline that reports a result gives way to the range held just before it", ["Giải cờ tướng trẻ 2019", "Ngày 14-5, HLV của tỉnh cho biết đội đạt ba huy chương.", "Giải được tổ chức tại Viêng Chăn từ ngày 3 đến 12-5-2019."], [], "2019-05-03"],
    ["a range held a month before a report is another event", ["Giải cờ tướng trẻ 2019", "Ngày 14-7, HLV của tỉnh cho biết kế hoạch tập huấn.", "Giải được tổ chức tại Viêng Chăn từ ngày 3 đến 12-5-2019."], [], "2019-07-14"],
    ["an announced day gives way to a dateline that follows the lead", ["Hội chợ", "Hội chợ dự kiến diễn ra từ ngày 4 - 8/2/2026 tại Hà Nội.", "Tin khác.", "Tin khác nữa.", "Một đoạn.", "Chiều 8/1, Phó Thủ tướng chủ trì cuộc họp về hội chợ."], ["11/01/2026 01:40"], "2026-01-08"],
    ["the start of an anniversary range of full dates is a founding day, not the same event",
      ["Bế mạc Hội thao", "Chiều 24/3, Hội thao Kỷ niệm 77 năm ngày truyền thống ngành Thể dục thể thao (27/3/1946 – 27/3/2023) bế mạc."], [], "2023-03-24"],
  ];
  for (const [what, article, header, expected] of cases) {
    const r = run(article, header);
    assert.equal(r.date, expected, `${what}: ${r.basis}`);
  }
});

test("documents, foundings, lunar New Year seasons, anniversaries of months, widgets in the lead", () => {
  // [what the case shows, article, header lines, expected date]
  const cases: [string, string[], string[], string | null][] = [
    ["a programme's number in mixed case dates the programme, not the visit",
      ["Căn cứ Kế hoạch giám sát số 12/KHr-BVH ngày 05/02/2021 của Ban, sáng ngày 9/4/2021, đoàn khảo sát tại trường tiểu học."], [], "2021-04-09"],
    ["a clock whose time is joined to the date by a dash",
      ["Tỉnh đề nghị các sở đẩy nhanh tiến độ xây trường nội trú ở xã biên giới."], ["Thứ Ba, 14/04/2026-07:05"], "2026-04-14"],
    ["a founding on the same day and month, two centuries earlier, is no other day of the event",
      ["Hội thảo Ngày Văn hóa Pháp 2019 tại Huế", "Hội thảo diễn ra sáng ngày 8/6 tại Đại học Huế.", "Dự hội thảo có nhiều giảng viên và sinh viên của trường.",
        "Các diễn giả trình bày về văn học và âm nhạc của nước bạn.", "Từ lâu, trường chọn ngày này hằng năm.", "Vào ngày 8/6/1880, ông ấy đã hiến đất để thành lập trường."], [], "2019-06-08"],
    ["…but a day that celebrates a founding is the same event's",
      ["Sáng 15/3, trường đón nhiều cựu học sinh về thăm.", "Ngày 16/3/2024, trường tổ chức lễ kỷ niệm 50 năm thành lập."], [], "2024-03-15"],
    ["a lunar New Year named with the event: its year for a day in January to March",
      ["Sáng 20/1, nhân dịp đón Tết Nguyên đán Giáp Thìn 2024, đoàn công tác của huyện thăm các gia đình chính sách."], [], "2024-01-20"],
    ["…and the year before for a December day",
      ["Chiều 28/12, chuẩn bị đón Xuân Ất Tỵ 2025, lãnh đạo tỉnh tặng quà công nhân."], [], "2024-12-28"],
    ["…but a summer day in its sentence takes nothing from it",
      ["Sáng 14/7, sở họp bàn chuẩn bị sớm cho Tết Nguyên đán 2025."], [], null],
    ["the end of an anniversary's range of months is the year celebrated",
      ["Đoàn sang dự Lễ kỷ niệm 30 năm chuyến thăm lịch sử của Thủ tướng (5/1994 – 5/2024). Sáng 17/5, hai bên hội đàm."], [], "2024-05-17"],
    ["widget lines let through do not use up the lead",
      ["Tổng kết năm học ở huyện", "|", "Lượt xem:", "Chế độ đọc", "Cỡ chữ: A A+", "Nghe bài viết",
        "Chiều 2/6/2023, Phòng Giáo dục huyện tổ chức hội nghị tổng kết năm học với đông đảo cán bộ quản lý và giáo viên."], [], "2023-06-02"],
  ];
  for (const [what, article, header, expected] of cases) assert.equal(run(article, header).date, expected, what);
});
