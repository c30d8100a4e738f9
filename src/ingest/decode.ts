/**
 * Turns a raw file's bytes into NFC text with "\n" line endings, or says why it cannot be an
 * article. Order matters: byte-order marks, then strict UTF-8 (the common case, which statistical
 * detection gets wrong on short Vietnamese text), then damaged UTF-8, then the legacy code pages
 * (chardet's guesses, Windows-1258 and the old Vietnamese encodings), the one whose text has the
 * largest share of Vietnamese syllables winning. Text of an old Vietnamese font that reached a
 * UTF-8 file as Windows-1252 letters ("Vieät Nam") is converted line by line, and a file that
 * looks binary is kept when some decoding of it reads as Vietnamese.
 */
import chardet from "chardet";
import iconv from "iconv-lite";
import { decoding } from "../extract/settings.ts";
import { scoreSyllables, syllableShare, type SyllableScore } from "./encodings/syllables.ts";
import {
  LEGACY_LABELS, LEGACY_VIETNAMESE, WINDOWS_1252_BYTE, decodeLegacyFromWindows1252, decodeLegacyVietnamese, isWindows1252Text,
  type LegacyVietnamese,
} from "./encodings/legacy.ts";

/**
 * A decoded file: its text, the encoding it was found in (an iconv-lite name such as "utf-8" or
 * "windows-1258", or one of the old Vietnamese encodings "viscii", "tcvn3", "vni", "vps"; for old-font
 * text inside a UTF-8 file, the font's), and what was wrong with it.
 */
export type Decoded =
  | { ok: true; text: string; encoding: string; problems: string[] }
  | { ok: false; reason: string };

/** How an encoding is named to readers: the old Vietnamese ones by their usual names, the others as they are. */
export function encodingLabel(encoding: string): string {
  return LEGACY_LABELS[encoding as LegacyVietnamese] ?? encoding;
}

/** Byte-order marks we honour, longest first. */
const BOMS: readonly (readonly [encoding: string, bom: readonly number[]])[] = [
  ["utf-8", [0xef, 0xbb, 0xbf]],
  ["utf-16le", [0xff, 0xfe]],
  ["utf-16be", [0xfe, 0xff]],
];

/** Code pages always tried besides chardet's guesses: Vietnamese Windows, and the Western one old tools default to. */
const LEGACY_CANDIDATES = ["windows-1258", "windows-1252"] as const;

/**
 * Letters that only a Vietnamese decoding can produce: ă đ ơ ư and the precomposed vowels of
 * U+1EA0–U+1EF9 (no Latin-1-style code page has them, so a wrong guess scores none).
 */
const VIETNAMESE_LETTER = /[ăđơưĂĐƠƯ\u1ea0-\u1ef9]/gu;

/** Characters that betray a wrong guess: C1 controls, replacement characters, combining marks left uncomposed. */
const IMPLAUSIBLE = /[\u0080-\u009f\ufffd\u0300-\u036f]/gu;

/** chardet names a code page whose bytes 0x80–0x9F real files use as Windows punctuation. */
const WINDOWS_SUPERSET: Readonly<Record<string, string>> = { "iso-8859-1": "windows-1252" };

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** NFC text with any line ending turned into "\n" and a leading BOM dropped. */
function tidy(text: string): string {
  return text.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n").normalize("NFC");
}

interface Utf8Scan {
  /** Well-formed sequences of two to four bytes. */
  multibyte: number;
  /** Byte offsets where an ill-formed or cut-off sequence starts. */
  broken: number[];
}

/** Walks the bytes as UTF-8 (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF). */
function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const scan: Utf8Scan = { multibyte: 0, broken: [] };
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    // The second byte's range depends on the lead byte (excludes overlongs and surrogates).
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) {
      const c = bytes[i + k]!;
      ok = k === 1 ? c >= low && c <= high : c >= 0x80 && c <= 0xbf;
    }
    if (ok) {
      scan.multibyte++;
      i += length;
    } else {
      scan.broken.push(i);
      i++;
      while (i < bytes.length && bytes[i]! >= 0x80 && bytes[i]! <= 0xbf) i++;
    }
  }
  return scan;
}

/** True when NULs sit only in every other byte, as in UTF-16 text without a byte-order mark. */
function looksLikeBomlessUtf16(bytes: Uint8Array, nulParity: 0 | 1): boolean {
  if (bytes.length % 2 !== 0 || bytes.length < 4) return false;
  let nuls = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 !== nulParity) return false;
    nuls++;
  }
  // Mostly-ASCII text in UTF-16 has a NUL in most code units; Vietnamese letters are U+1Exx.
  return nuls >= bytes.length / 8;
}

function controlByteShare(bytes: Uint8Array): number {
  let controls = 0;
  for (const b of bytes) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  return controls / bytes.length;
}

/** How Vietnamese a decoding looks: Vietnamese-only letters minus characters no Vietnamese text has. */
function plausibility(text: string): number {
  const nfc = text.normalize("NFC");
  return (nfc.match(VIETNAMESE_LETTER)?.length ?? 0) - 3 * (nfc.match(IMPLAUSIBLE)?.length ?? 0);
}

/** Bytes of a character in Windows-1252 or Latin-1, the code pages that turn UTF-8 into mojibake. */
const MOJIBAKE_BYTE = WINDOWS_1252_BYTE;

/** "Ä\u0090á»\u0091i" → "Đối": undoes UTF-8 read as Windows-1252/Latin-1, or returns null when the line is not that. */
function repairMojibake(line: string): string | null {
  if (!/[\u00c2-\u00f4]/u.test(line)) return null;
  const bytes: number[] = [];
  for (const c of line) {
    const b = MOJIBAKE_BYTE.get(c);
    if (b === undefined) return null;
    bytes.push(b);
  }
  const raw = Uint8Array.from(bytes);
  if (scanUtf8(raw).multibyte === 0) return null;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(raw);
  } catch {
    return null;
  }
}

/** Repairs each line that is UTF-8 mojibake; returns the text and how many lines changed. */
function repairMojibakeLines(text: string): { text: string; repaired: number } {
  let repaired = 0;
  const lines = text.split("\n").map((line) => {
    const fixed = repairMojibake(line);
    if (fixed === null) return line;
    repaired++;
    return fixed;
  });
  return { text: lines.join("\n"), repaired };
}

/** Does a decoding read as Vietnamese: enough words with diacritics that are syllables, and mostly syllables? */
export function readsAsVietnamese(score: SyllableScore): boolean {
  return score.marked >= decoding.minMarkedSyllables && syllableShare(score) >= decoding.minSyllableShare;
}

/** Decodes bytes in a candidate encoding: an iconv-lite code page or an old Vietnamese encoding. */
function decodeAs(bytes: Uint8Array, encoding: string): string {
  return (LEGACY_VIETNAMESE as readonly string[]).includes(encoding)
    ? decodeLegacyVietnamese(bytes, encoding as LegacyVietnamese)
    : iconv.decode(Buffer.from(bytes), encoding);
}

/** Picks the legacy single-byte encoding under which the bytes read most like Vietnamese. */
function decodeLegacy(bytes: Uint8Array): { text: string; encoding: string } {
  const sample = bytes.subarray(0, decoding.detectionSampleBytes);
  const guesses = chardet.analyse(Buffer.from(sample)).map((m) => m.name.toLowerCase()).map((name) => WINDOWS_SUPERSET[name] ?? name);
  const codePages = [...new Set([...guesses, ...LEGACY_CANDIDATES])].filter(
    (name) => iconv.encodingExists(name) && !/^utf|^iso-2022|^(shift_jis|euc-|big5|gb18030)/i.test(name),
  );
  // The decoding that reads as Vietnamese with the largest share of syllables wins; candidates are in order of
  // chardet's confidence, then the old Vietnamese encodings, and a later one must read strictly better.
  let best: { encoding: string; share: number } | null = null;
  let plausible = { encoding: "windows-1252", score: -Infinity };
  for (const encoding of [...codePages, ...LEGACY_VIETNAMESE]) {
    const text = decodeAs(sample, encoding).normalize("NFC");
    const score = scoreSyllables(text);
    if (readsAsVietnamese(score) && syllableShare(score) > (best?.share ?? -1)) best = { encoding, share: syllableShare(score) };
    // Text that is not Vietnamese in any decoding keeps the code page with the most plausible letters.
    if (codePages.includes(encoding) && plausibility(text) > plausible.score) plausible = { encoding, score: plausibility(text) };
  }
  const encoding = best?.encoding ?? plausible.encoding;
  return { text: decodeAs(bytes, encoding), encoding };
}

/**
 * Lines that are old Vietnamese font text read as Windows-1252 ("Vieät Nam", "ViÖt Nam"), as they
 * come when text is copied out of an old document into a UTF-8 file: converted with the font
 * encoding under which they read best, when that reads as Vietnamese and clearly better than the
 * lines as they are; null otherwise. Lines with any character outside Windows-1252 (real Unicode
 * Vietnamese among them) are left alone.
 */
function convertOldFontLines(text: string): { text: string; encoding: LegacyVietnamese; lines: number } | null {
  const lines = text.split("\n");
  const candidates = lines.flatMap((line, i) => (/[^\x00-\x7f]/.test(line) && isWindows1252Text(line) ? [i] : []));
  if (candidates.length === 0) return null;
  let sample = "";
  for (const i of candidates) {
    if (sample.length >= decoding.detectionSampleBytes) break;
    sample += `${lines[i]}\n`;
  }
  const asRead = syllableShare(scoreSyllables(sample));
  let best: { encoding: LegacyVietnamese; share: number } | null = null;
  for (const encoding of LEGACY_VIETNAMESE) {
    const score = scoreSyllables((decodeLegacyFromWindows1252(sample, encoding) ?? "").normalize("NFC"));
    const share = syllableShare(score);
    if (readsAsVietnamese(score) && share >= asRead + decoding.oldFontMinGain && share > (best?.share ?? -1)) best = { encoding, share };
  }
  if (!best) return null;
  for (const i of candidates) lines[i] = decodeLegacyFromWindows1252(lines[i]!, best.encoding)!.normalize("NFC");
  return { text: lines.join("\n"), encoding: best.encoding, lines: candidates.length };
}

/** Control characters no text needs (tab, line feed and form feed stay): C0, DEL and C1. */
const CONTROL = /[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]/g;

function finish(text: string, encoding: string, problems: string[]): Decoded {
  const tidied = tidy(text);
  if (/^[\s\u200b-\u200d\u2060\ufeff]*$/u.test(tidied)) return { ok: false, reason: "whitespace-only file" };
  let { text: repaired, repaired: lines } = repairMojibakeLines(tidied);
  if (lines > 0) problems.push(`repaired ${lines} line(s) of UTF-8 mis-read as Windows-1252 (mojibake)`);
  if (!(LEGACY_VIETNAMESE as readonly string[]).includes(encoding)) {
    const oldFont = convertOldFontLines(repaired);
    if (oldFont) {
      repaired = oldFont.text;
      problems.push(`converted ${oldFont.lines} line(s) of ${LEGACY_LABELS[oldFont.encoding]} text stored as Windows-1252 letters (in ${encoding})`);
      encoding = oldFont.encoding;
    }
  }
  const controls = repaired.match(CONTROL)?.length ?? 0;
  if (controls > 0) {
    repaired = repaired.replace(CONTROL, "");
    problems.push(`removed ${controls} control character(s)`);
  }
  // tidy() left the text NFC; a repair, a conversion or a removed control character may have undone that.
  return { ok: true, text: problems.length > 0 ? repaired.normalize("NFC") : repaired, encoding, problems };
}

/** Strict UTF-8, damaged UTF-8 or the best legacy encoding: the bytes of a file that is text. */
function decodeText(bytes: Uint8Array): Decoded {
  const scan = scanUtf8(bytes);
  if (scan.broken.length === 0) return finish(new TextDecoder("utf-8").decode(bytes), "utf-8", []);
  if (scan.multibyte > 0 && scan.broken.length <= decoding.maxBrokenUtf8Share * (scan.multibyte + scan.broken.length)) {
    const at = scan.broken.slice(0, 5).join(", ") + (scan.broken.length > 5 ? ", …" : "");
    const cut = scan.broken.at(-1)! >= bytes.length - 3 && scan.broken.length === 1 ? " (file cut inside a character)" : "";
    return finish(new TextDecoder("utf-8").decode(bytes), "utf-8", [
      `damaged UTF-8: ${scan.broken.length} invalid byte sequence(s) at byte ${at} shown as U+FFFD${cut}`,
    ]);
  }
  const legacy = decodeLegacy(bytes);
  return finish(legacy.text, legacy.encoding, [`decoded as ${encodingLabel(legacy.encoding)} (not UTF-8)`]);
}

/**
 * A file that looks binary (NUL or control bytes) is still text when some decoding of it, NUL
 * bytes left out, reads as Vietnamese: VISCII and VPS put capital letters on control bytes, and
 * a text can carry stray NULs. Otherwise it is skipped with `reason`.
 */
function rescue(bytes: Uint8Array, reason: string): Decoded {
  const withoutNuls = bytes.filter((b) => b !== 0);
  const decoded = withoutNuls.length > 0 ? decodeText(withoutNuls) : null;
  if (!decoded?.ok || !readsAsVietnamese(scoreSyllables(decoded.text.slice(0, decoding.detectionSampleBytes)))) return { ok: false, reason };
  const nuls = bytes.length - withoutNuls.length;
  decoded.problems.unshift(`looked like a ${reason} but reads as Vietnamese${nuls > 0 ? `; dropped ${nuls} NUL byte(s)` : ""}`);
  return decoded;
}

/** Decodes a raw file: any BOM, strict UTF-8, damaged UTF-8, or the best legacy encoding. */
export function decodeRaw(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: "empty file" };
  for (const [encoding, bom] of BOMS) {
    if (startsWith(bytes, bom)) {
      return finish(new TextDecoder(encoding).decode(bytes.subarray(bom.length)), encoding, []);
    }
  }
  if (bytes.includes(0)) {
    if (looksLikeBomlessUtf16(bytes, 1)) return finish(new TextDecoder("utf-16le").decode(bytes), "utf-16le", ["UTF-16 without a byte-order mark"]);
    if (looksLikeBomlessUtf16(bytes, 0)) return finish(new TextDecoder("utf-16be").decode(bytes), "utf-16be", ["UTF-16 without a byte-order mark"]);
    return rescue(bytes, "binary file (NUL bytes)");
  }
  if (controlByteShare(bytes) > decoding.maxControlByteShare) return rescue(bytes, "binary file (control bytes)");
  return decodeText(bytes);
}
