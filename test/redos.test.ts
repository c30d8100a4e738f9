/**
 * Pathological input must not make any pattern run away (catastrophic backtracking): 100,000-
 * character lines of the phrases extractors look for, many short lines, and a file of several MB
 * go through the whole ingest in a child process. A case that does not finish within a generous
 * limit fails with its name and stage instead of hanging the suite; nothing here measures speed.
 */
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { fork, type ChildProcess } from "node:child_process";
import type { RedosCase, RedosReport } from "./redos.worker.ts";

/** Time one stage of one case may take before it counts as runaway (the machine is shared, so generous). */
const STAGE_LIMIT_MS = 120_000;
const LINE = 100_000;

const repeat = (unit: string, length = LINE): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** A short article in the style of a defence news page, with `line` as its headline and again in the body. */
function article(line: string): string {
  return [
    line,
    "Tăng cường hợp tác quốc phòng Việt Nam - Ấn Độ",
    "Thứ Ba, 12/3/2024 - 10:15",
    "(QĐND) - Ngày 11/3, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng, tiếp Đại sứ Ấn Độ tại Việt Nam.",
    line,
    "Hai bên nhất trí tăng cường hợp tác trong lĩnh vực gìn giữ hòa bình Liên hợp quốc lần thứ 2.",
    "Ảnh: Tuấn Huy",
    "Theo TTXVN",
  ].join("\n");
}

/** Units that extractors match on, repeated into one long line; most end with a character that makes a match fail late. */
const UNITS: [name: string, unit: string][] = [
  ["photo credit marks", "Ảnh: "],
  ["open parentheses", "("],
  ["nested captions", "(Ảnh: "],
  ["ranks", "Thượng tướng "],
  ["rank, name and role lists", "Đại tướng Nguyễn Văn An, Thứ trưởng Bộ Quốc phòng, "],
  ["digits", "1234567890"],
  ["day/month", "12/"],
  ["dates with slashes", "1/2/"],
  ["dates with dashes", "12-"],
  ["impossible dates", "31/2/2024 "],
  ["Vietnamese date words", "ngày 1 tháng "],
  ["Ngày", "Ngày "],
  ["list markers", "- "],
  ["session numbers", "lần thứ "],
  ["source lines", "Theo "],
  ["source labels", "Nguồn: "],
  ["partner pairs", "Việt Nam - "],
  ["hyphenated partners", "Việt Nam-Campuchia-"],
  ["upper-case names", "NGUYỄN "],
  ["capitalized words", "Bộ Quốc Phòng "],
  ["place words", "tại "],
  ["commas", ", "],
  ["full stops", "."],
  ["ellipses", "…"],
  ["separators", "|"],
  ["colons", ":"],
  ["quotes", "“"],
  ["agency slashes", "TTXVN/"],
  ["links", "http://a."],
  ["markdown emphasis", "*_"],
  ["html", "<a "],
  ["capital letters", "A"],
  ["agency names", "TTXVN"],
  ["capitalized syllables", "Ab"],
];

/**
 * Line lengths just under the limits extractors check before matching (headings, bylines,
 * captions), where a backtracking pattern still runs: 30 such lines per case.
 */
const SHORT_LENGTHS = [30, 49, 69, 89, 119];

function shortLines(unit: string): string {
  return Array.from({ length: 30 }, (_, i) => {
    const length = SHORT_LENGTHS[i % SHORT_LENGTHS.length]!;
    return i % 2 === 0 ? `${repeat(unit, length - 1)}!` : `(${repeat(unit, length - 2)}!`;
  }).join("\n");
}

const CASES: RedosCase[] = [
  ...UNITS.flatMap(([name, unit]) => [
    { name: `100k-character line of ${name}`, text: article(repeat(unit)) },
    { name: `100k-character line of ${name}, ending in "!"`, text: article(`${repeat(unit)}!`) },
    { name: `short lines of ${name}, bracketed or not, ending in "!"`, text: article(shortLines(unit)) },
  ]),
  // A pattern like /[\s.]+$/ retries from every position of such a run: quadratic, so 300,000
  // characters turn seconds into hours and trip the limit.
  ...[" ", "\u2003", ".", ",", "- ", ")", ":", "…", "|", "/", "–", "\""].map((unit) => ({
    name: `a 300k-character run of ${JSON.stringify(unit)} between two words`,
    text: article(`Hà${repeat(unit, 300_000)}Nội`),
  })),
  { name: "100k no-break spaces and tabs", text: article(`Hà${repeat("\u00a0\t")}Nội`) },
  { name: "one 100k-letter word", text: article(repeat("a")) },
  { name: "50,000 short caption lines", text: article(Array.from({ length: 50_000 }, (_, i) => `Ảnh: Phóng viên ${i}`).join("\n")) },
  { name: "50,000 one-character lines", text: article(repeat("x\n")) },
  {
    name: "a 5 MB article",
    text: article(
      Array.from(
        { length: 20_000 },
        (_, i) => `Đoạn ${i}: Chiều ${(i % 28) + 1}/${(i % 12) + 1}, Thượng tướng Phạm Văn ${i} tiếp đoàn đại biểu Quân đội Lào tại Hà Nội, hai bên trao đổi về hợp tác đào tạo và gìn giữ hòa bình.`,
      ).join("\n"),
    ),
  },
];

let child: ChildProcess | null = null;
after(() => child?.kill());

/** Runs one case in the child, failing with the stage it was in when the limit passed. */
function run(c: RedosCase): Promise<RedosReport> {
  child ??= fork(new URL("./redos.worker.ts", import.meta.url), { execArgv: ["--import", "tsx"] });
  const worker = child;
  return new Promise((resolve, reject) => {
    let stage = "start";
    let timer: NodeJS.Timeout;
    const arm = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        worker.off("message", onMessage);
        worker.kill("SIGKILL");
        child = null;
        reject(new Error(`"${c.name}" ran away in stage ${stage} (over ${STAGE_LIMIT_MS / 1000} s)`));
      }, STAGE_LIMIT_MS);
    };
    const onMessage = (report: RedosReport): void => {
      if (report.name !== c.name) return;
      stage = report.stage;
      if (report.stage !== "done") return arm();
      clearTimeout(timer);
      worker.off("message", onMessage);
      resolve(report);
    };
    worker.on("message", onMessage);
    arm();
    worker.send(c);
  });
}

for (const c of CASES) {
  test(`finishes: ${c.name}`, async () => {
    const report = await run(c);
    assert.equal(report.error, undefined, report.error);
  });
}
