import { test } from "node:test";
import assert from "node:assert/strict";
import { cutAtWord, deriveTitle, firstSentence } from "./title.ts";

const cases = <T>(name: string, fn: (input: string) => T, table: readonly (readonly [string, T])[]) =>
  test(name, () => {
    for (const [input, expected] of table) assert.deepEqual(fn(input), expected, JSON.stringify(input));
  });

cases("firstSentence", firstSentence, [
  ["Sáng 5/3, hai bên ký biên bản. Sau đó đoàn thăm Học viện.", "Sáng 5/3, hai bên ký biên bản"],
  ["TTO - Chiều 8-9, tàu cập cảng Cam Ranh. Thủy thủ đoàn giao lưu.", "Chiều 8-9, tàu cập cảng Cam Ranh"],
  ["(QNO) - Sáng 13.11, tại xã Ba bàn giao nhà", "Sáng 13.11, tại xã Ba bàn giao nhà"],
  ["Tổng kết năm 2024, Bộ đã đạt 3.5 điểm.", "Tổng kết năm 2024, Bộ đã đạt 3.5 điểm"],
  ["Ông nói: “Chúng tôi rất vui.” Sau đó ông rời đi.", "Ông nói: “Chúng tôi rất vui.”"],
]);

cases("cutAtWord at 30", (t: string) => cutAtWord(t, 30), [
  ["Hai bên ký biên bản hợp tác", "Hai bên ký biên bản hợp tác"],
  ["Hai bên ký biên bản hợp tác quốc phòng năm 2025", "Hai bên ký biên bản hợp tác…"],
  ["Đoàn sang thăm và làm việc với Bộ Quốc phòng", "Đoàn sang thăm và làm…"],
]);

test("deriveTitle takes the lead paragraph, or a gallery's first caption", () => {
  assert.equal(deriveTitle([{ kind: "caption", text: "Quang cảnh. Ảnh: A", line: 1 }, { kind: "paragraph", text: "Ngày 1/2, hai bên gặp nhau. Tiếp đó…", line: 2 }]), "Ngày 1/2, hai bên gặp nhau");
  assert.equal(deriveTitle([{ kind: "caption", text: "Tàu cập cảng. Ảnh: A", line: 1 }, { kind: "caption", text: "Chào cờ. Ảnh: A", line: 2 }]), "Tàu cập cảng");
  assert.equal(deriveTitle([]), null);
});
