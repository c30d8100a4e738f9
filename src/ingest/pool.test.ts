import { test } from "node:test";
import assert from "node:assert/strict";
import { extractAll, stopSpares, timeLimitReason, warmUp } from "./pool.ts";
import type { FileOutcome } from "./extract-file.ts";

const article = (title: string) =>
  Buffer.from(
    `${title}\n\n(QĐND) - Ngày 15/3/2024, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng, đã tiếp đoàn Bộ Quốc phòng Hàn Quốc. Hai bên trao đổi về hợp tác đào tạo và công nghiệp quốc phòng.\n`,
  );

test("a file that passes the time limit is given up, its worker replaced, and every other file is still extracted", async () => {
  // The worker's test-only hook (worker.ts): files whose path holds this text spin instead of finishing.
  process.env.VN_ARCHIVE_TEST_SLOW_FILE = "treo-may";
  try {
    const files = [
      // First, so that the next file waits in the same worker's queue and must be handed on.
      { file: "treo-may.txt", bytes: article("Bài làm treo máy") },
      { file: "mot.txt", bytes: article("Việt Nam - Hàn Quốc tăng cường hợp tác quốc phòng") },
      { file: "hai.txt", bytes: article("Việt Nam - Ấn Độ đối thoại chính sách quốc phòng") },
      { file: "ba.txt", bytes: article("Việt Nam - Lào tuần tra chung biên giới") },
    ];
    const outcomes = new Map<string, FileOutcome>();
    const started = Date.now();
    await extractAll(files, {}, (i, outcome) => void outcomes.set(files[i]!.file, outcome), { timeLimitMs: 2_000 });
    assert.deepEqual(outcomes.get("treo-may.txt"), { ok: "timeout", seconds: 2 });
    for (const name of ["mot.txt", "hai.txt", "ba.txt"]) assert.equal(outcomes.get(name)?.ok, "done", name);
    assert.equal(outcomes.size, files.length, "every file has exactly one outcome");
    // The spin lasts ten minutes: finishing at all shows the worker was stopped, not waited for.
    assert.ok(Date.now() - started < 5 * 60_000);
  } finally {
    delete process.env.VN_ARCHIVE_TEST_SLOW_FILE;
  }
});

test("the time-out reason names the limit in seconds", () => {
  assert.equal(timeLimitReason(60_000), "extraction took over 60 s");
});

test("no files, no workers", async () => {
  let called = false;
  await extractAll([], {}, () => void (called = true));
  assert.equal(called, false);
});

test("once the spare workers are stopped, an extraction starts a worker of its own", async () => {
  warmUp();
  await stopSpares();
  const outcomes: FileOutcome[] = [];
  await extractAll([{ file: "mot.txt", bytes: article("Việt Nam - Hàn Quốc tăng cường hợp tác quốc phòng") }], {}, (_, outcome) => void outcomes.push(outcome));
  assert.deepEqual(outcomes.map((o) => o.ok), ["done"]);
  await stopSpares();
});
