import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { readFileSync } from "node:fs";
import { decodeRaw, type Decoded } from "./decode.ts";

const TEXT = [
  "Bộ trưởng Quốc phòng Việt Nam tiếp Tổng Tham mưu trưởng Quân đội Hoàng gia Thái Lan",
  "QĐND - Chiều 12/9, tại Hà Nội, Đại tướng Phan Văn Giang đã tiếp xã giao Đại tướng Songwit Noonpackdee.",
  "Hai bên nhất trí đẩy mạnh hợp tác đào tạo, công nghiệp quốc phòng và gìn giữ hòa bình Liên hợp quốc.",
].join("\n");

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function decoded(bytes: Uint8Array): Extract<Decoded, { ok: true }> {
  const result = decodeRaw(bytes);
  assert.ok(result.ok, `expected text, got: ${result.ok ? "" : result.reason}`);
  return result;
}

/** Text as Windows-1258 writes it: base letters with ă â ê ô ơ ư precomposed, tone marks as combining characters. */
function cp1258Form(text: string): string {
  const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
  return text.normalize("NFD").replace(/(\p{L})(\p{M}+)/gu, (_, base: string, marks: string) => {
    const tones = marks.match(TONES)?.join("") ?? "";
    return (base + marks.replace(TONES, "")).normalize("NFC") + tones;
  });
}

/** UTF-8 bytes read as a single-byte code page the way Windows does: unmapped bytes become C1 controls. */
function misread(text: string, codepage: string): string {
  return [...Buffer.from(text, "utf8")]
    .map((b) => {
      const c = iconv.decode(Buffer.from([b]), codepage);
      return c === "\ufffd" ? String.fromCharCode(b) : c;
    })
    .join("");
}

test("empty, whitespace-only and BOM-only files are skipped with their reason", () => {
  assert.deepEqual(decodeRaw(new Uint8Array()), { ok: false, reason: "empty file" });
  for (const blank of [" \n\t\r\n ", "\u00a0\u200b\n", "\ufeff"]) {
    assert.deepEqual(decodeRaw(utf8(blank)), { ok: false, reason: "whitespace-only file" }, JSON.stringify(blank));
  }
});

test("binary files are skipped: NUL bytes, or mostly control bytes", () => {
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1]);
  assert.deepEqual(decodeRaw(png), { ok: false, reason: "binary file (NUL bytes)" });
  const controls = Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 + (i % 8) : 0x41));
  assert.deepEqual(decodeRaw(controls), { ok: false, reason: "binary file (control bytes)" });
});

test("UTF-8 with and without a byte-order mark", () => {
  const plain = decoded(utf8(TEXT));
  assert.equal(plain.text, TEXT);
  assert.equal(plain.encoding, "utf-8");
  assert.deepEqual(plain.problems, []);
  const bom = decoded(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(TEXT)]));
  assert.equal(bom.text, TEXT);
});

test("short Vietnamese UTF-8 is not mistaken for a legacy code page", () => {
  for (const s of ["Đối thoại", "Hà Nội", "Ảnh: TTXVN", "ố"]) assert.equal(decoded(utf8(s)).text, s);
});

test("UTF-16 little- and big-endian with a byte-order mark, and UTF-16LE without one", () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, "utf16le")]);
  assert.equal(decoded(le).text, TEXT);
  assert.equal(decoded(le).encoding, "utf-16le");
  const be = Buffer.from(le);
  be.swap16();
  assert.equal(decoded(be).text, TEXT);
  assert.equal(decoded(be).encoding, "utf-16be");
  const bare = decoded(Buffer.from(TEXT, "utf16le"));
  assert.equal(bare.text, TEXT);
  assert.match(bare.problems.join(), /without a byte-order mark/);
});

test("Windows-1258 with decomposed tone marks is detected and comes out NFC", () => {
  const bytes = iconv.encode(cp1258Form(TEXT), "windows-1258");
  assert.equal(iconv.decode(bytes, "windows-1258").normalize("NFC"), TEXT, "fixture round-trips");
  const result = decoded(bytes);
  assert.equal(result.encoding, "windows-1258");
  assert.equal(result.text, TEXT);
  assert.equal(result.text, result.text.normalize("NFC"));
  assert.match(result.problems.join(), /windows-1258/);
});

test("a Windows-1252 file of another language keeps its letters", () => {
  const french = "Le ministre a visité l'école française à Hanoï, près du fleuve.";
  const result = decoded(iconv.encode(french, "windows-1252"));
  assert.equal(result.text, french);
});

test("UTF-8 mis-read as Windows-1252 or Latin-1 and saved again (mojibake) is repaired", () => {
  for (const codepage of ["windows-1252", "latin1"]) {
    const mojibake = misread(TEXT, codepage);
    assert.notEqual(mojibake, TEXT);
    const result = decoded(utf8(mojibake));
    assert.equal(result.text, TEXT, codepage);
    assert.match(result.problems.join(), /mojibake/);
  }
  assert.equal(decoded(utf8("Ä\u0090á»\u0091i thoáº¡i")).text, "Đối thoại");
});

test("only the mis-read lines of a mixed file are repaired", () => {
  const [first, ...rest] = TEXT.split("\n");
  const mixed = [misread(first!, "windows-1252"), ...rest].join("\n");
  assert.equal(decoded(utf8(mixed)).text, TEXT);
});

test("UTF-8 cut inside a multibyte character keeps the rest and reports the damage", () => {
  const whole = utf8(TEXT + " Đ");
  const cutInside = whole.subarray(0, whole.length - 1);
  const result = decoded(cutInside);
  assert.equal(result.encoding, "utf-8");
  assert.ok(result.text.startsWith(TEXT), "everything before the cut is kept");
  assert.match(result.problems.join(), /damaged UTF-8: 1 invalid byte sequence.*cut inside a character/);
});

test("a stray invalid byte inside UTF-8 text is reported with its offset, the text around it kept", () => {
  const [a, b] = [utf8("Thượng tướng Hoàng Xuân Chiến tiếp "), utf8(" Đoàn đại biểu Quân đội Lào.")];
  const bytes = Uint8Array.from([...a, 0xff, ...b]);
  const result = decoded(bytes);
  assert.equal(result.text, "Thượng tướng Hoàng Xuân Chiến tiếp \ufffd Đoàn đại biểu Quân đội Lào.");
  assert.match(result.problems.join(), new RegExp(`at byte ${a.length}\\b`));
});

test("CRLF and CR line endings become LF; decomposed input becomes NFC", () => {
  assert.equal(decoded(utf8(TEXT.replaceAll("\n", "\r\n"))).text, TEXT);
  assert.equal(decoded(utf8(TEXT.replaceAll("\n", "\r"))).text, TEXT);
  assert.equal(decoded(utf8(TEXT.normalize("NFD"))).text, TEXT);
});

/** Test texts and their bytes in the old encodings, made by GNU recode (test/fixtures/encodings/README.md). */
const fixture = (name: string): Buffer => readFileSync(new URL(`../../test/fixtures/encodings/${name}`, import.meta.url));
const OLD_TEXT = fixture("text.txt").toString("utf8");
const OLD_ENCODINGS = [
  ["viscii", "VISCII"],
  ["tcvn3", "TCVN3 (ABC)"],
  ["vni", "VNI"],
  ["vps", "VPS"],
] as const;

test("files in the old Vietnamese encodings are detected by their syllables, recorded and come out NFC", () => {
  for (const [encoding, label] of OLD_ENCODINGS) {
    const result = decoded(fixture(`text.${encoding}.bin`));
    assert.equal(result.encoding, encoding);
    assert.equal(result.text, OLD_TEXT, encoding);
    assert.deepEqual(result.problems, [`decoded as ${label} (not UTF-8)`]);
    const crlf = decoded(Buffer.from(fixture(`text.${encoding}.bin`).toString("latin1").replaceAll("\n", "\r\n"), "latin1"));
    assert.equal(crlf.text, OLD_TEXT, `${encoding} with CRLF`);
  }
});

/** Bytes as Windows shows them (unassigned ones as C1 controls), the way old-font text gets pasted into a UTF-8 file. */
const asWindows1252 = (bytes: Buffer): string => misreadBytes(bytes, "windows-1252");
function misreadBytes(bytes: Buffer, codepage: string): string {
  return [...bytes]
    .map((b) => {
      const c = iconv.decode(Buffer.from([b]), codepage);
      return c === "\ufffd" ? String.fromCharCode(b) : c;
    })
    .join("");
}

test("old-font text pasted into a UTF-8 file as Windows-1252 letters is converted, and only those lines", () => {
  for (const [encoding, label] of OLD_ENCODINGS) {
    const result = decoded(utf8(asWindows1252(fixture(`text.${encoding}.bin`))));
    assert.equal(result.text, OLD_TEXT, encoding);
    assert.equal(result.encoding, encoding);
    assert.deepEqual(result.problems, [`converted 5 line(s) of ${label} text stored as Windows-1252 letters (in utf-8)`]);
  }
  // A UTF-8 headline above a body pasted from an old VNI document: the headline is left as it is.
  const [, ...vniBody] = asWindows1252(fixture("text.vni.bin")).split("\n");
  const [, ...body] = OLD_TEXT.split("\n");
  const headline = "Hải quân Việt Nam và Thái Lan luyện tập cứu hộ";
  assert.equal(decoded(utf8([headline, ...vniBody].join("\n"))).text, [headline, ...body].join("\n"));
});

test("Vietnamese that only uses Latin-1 letters, and text of other languages, is never converted", () => {
  for (const s of ["Tôi yêu bà, má và dì; họ ở xa.", "Le ministre a visité l'école à Hanoï.", "Grüße aus Köln, señor."]) {
    const result = decoded(utf8(s));
    assert.equal(result.text, s);
    assert.equal(result.encoding, "utf-8");
  }
});

test("a file is not skipped as binary while a decoding of it reads as Vietnamese", () => {
  for (const [name, encoding] of [["caps-viscii", "viscii"], ["caps-vps", "vps"]] as const) {
    const bytes = fixture(`${name}.${encoding}.bin`);
    const result = decoded(bytes);
    assert.equal(result.text, fixture(`${name}.txt`).toString("utf8"), name);
    assert.equal(result.encoding, encoding);
    assert.match(result.problems[0]!, /looked like a binary file \(control bytes\) but reads as Vietnamese/);
  }
  // Stray NUL bytes in a text (a download padded with zeros) are dropped.
  const padded = Buffer.concat([utf8(TEXT), Buffer.alloc(7)]);
  const result = decoded(padded);
  assert.equal(result.text, TEXT);
  assert.match(result.problems[0]!, /looked like a binary file \(NUL bytes\) but reads as Vietnamese; dropped 7 NUL byte\(s\)/);
  // Control characters never reach the text.
  assert.equal(decoded(utf8(`Đối thoại\u0007 quốc phòng\u001b`)).text, "Đối thoại quốc phòng");
});
