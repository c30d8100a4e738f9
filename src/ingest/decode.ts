/**
 * Turns a raw file's bytes into NFC text with "\n" line endings, or says why it cannot be an
 * article. Order matters: byte-order marks, then strict UTF-8 (the common case, which statistical
 * detection gets wrong on short Vietnamese text), then damaged UTF-8, then chardet's candidates.
 */
import chardet from "chardet";
import iconv from "iconv-lite";
import { decoding } from "../extract/settings.ts";

export type Decoded =
  | { ok: true; text: string; encoding: string; problems: string[] }
  | { ok: false; reason: string };

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
const MOJIBAKE_BYTE: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (let b = 0; b < 256; b++) map.set(String.fromCharCode(b), b);
  const cp1252 = iconv.decode(Buffer.from(Array.from({ length: 32 }, (_, i) => 0x80 + i)), "windows-1252");
  [...cp1252].forEach((c, i) => {
    if (c !== "\ufffd") map.set(c, 0x80 + i);
  });
  return map;
})();

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

/** Picks the legacy single-byte encoding under which the bytes read most like Vietnamese. */
function decodeLegacy(bytes: Uint8Array): { text: string; encoding: string } {
  const sample = Buffer.from(bytes.subarray(0, decoding.detectionSampleBytes));
  const guesses = chardet.analyse(sample).map((m) => m.name.toLowerCase()).map((name) => WINDOWS_SUPERSET[name] ?? name);
  const candidates = [...new Set([...guesses, ...LEGACY_CANDIDATES])].filter(
    (name) => iconv.encodingExists(name) && !/^utf|^iso-2022|^(shift_jis|euc-|big5|gb18030)/i.test(name),
  );
  let best = { encoding: "windows-1252", score: -Infinity };
  // Candidates are in chardet's order of confidence; a later one must read strictly better.
  for (const encoding of candidates) {
    const score = plausibility(iconv.decode(sample, encoding));
    if (score > best.score) best = { encoding, score };
  }
  return { text: iconv.decode(Buffer.from(bytes), best.encoding), encoding: best.encoding };
}

function finish(text: string, encoding: string, problems: string[]): Decoded {
  const tidied = tidy(text);
  if (/^[\s\u200b-\u200d\u2060\ufeff]*$/u.test(tidied)) return { ok: false, reason: "whitespace-only file" };
  const { text: repaired, repaired: lines } = repairMojibakeLines(tidied);
  if (lines > 0) problems.push(`repaired ${lines} line(s) of UTF-8 mis-read as Windows-1252 (mojibake)`);
  return { ok: true, text: repaired.normalize("NFC"), encoding, problems };
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
    return { ok: false, reason: "binary file (NUL bytes)" };
  }
  if (controlByteShare(bytes) > decoding.maxControlByteShare) return { ok: false, reason: "binary file (control bytes)" };

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
  return finish(legacy.text, legacy.encoding, [`decoded as ${legacy.encoding} (not UTF-8)`]);
}
