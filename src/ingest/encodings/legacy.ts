/**
 * The old Vietnamese encodings: VISCII and TCVN3 (ABC) through iconv-lite's tables (checked
 * byte for byte against GNU recode's), VPS and VNI through this project's tables, which no
 * maintained library has. Each decodes raw bytes; each can also decode text that was such bytes
 * once and was read as Windows-1252 on the way (pasted out of an old document into a UTF-8 file).
 */
import iconv from "iconv-lite";
import { VPS_C0, VPS_HIGH } from "./vps-table.ts";
import { VNI_LETTERS, VNI_MARKS, type VniMark } from "./vni-table.ts";

/** The old Vietnamese encodings by the name recorded in an article's front-matter. */
export type LegacyVietnamese = "viscii" | "tcvn3" | "vni" | "vps";

/** In the order tried, which only matters when two read equally well. */
export const LEGACY_VIETNAMESE: readonly LegacyVietnamese[] = ["viscii", "tcvn3", "vni", "vps"];

/** How the encodings are named for readers (review page, build output). */
export const LEGACY_LABELS: Readonly<Record<LegacyVietnamese, string>> = {
  viscii: "VISCII",
  tcvn3: "TCVN3 (ABC)",
  vni: "VNI",
  vps: "VPS",
};

/** The byte each character stands for in Windows-1252 (and Latin-1, for the five bytes Windows-1252 leaves unassigned). */
export const WINDOWS_1252_BYTE: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (let b = 0; b < 256; b++) map.set(String.fromCharCode(b), b);
  const cp1252 = iconv.decode(Buffer.from(Array.from({ length: 32 }, (_, i) => 0x80 + i)), "windows-1252");
  [...cp1252].forEach((c, i) => {
    if (c !== "\ufffd") map.set(c, 0x80 + i);
  });
  return map;
})();

/** Windows-1252 text back to its bytes, or null when a character is not in Windows-1252 or Latin-1. */
export function windows1252Bytes(text: string): Uint8Array | null {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const b = WINDOWS_1252_BYTE.get(text[i]!);
    if (b === undefined) return null;
    bytes[i] = b;
  }
  return bytes;
}

/** Code units above Latin-1 that Windows-1252 has (curly quotes, dashes, €, ™…). */
const WINDOWS_1252_HIGH: ReadonlySet<number> = new Set([...WINDOWS_1252_BYTE.keys()].map((c) => c.charCodeAt(0)).filter((c) => c > 0xff));

/** True when every character of text is in Windows-1252 or Latin-1 (windows1252Bytes would not be null). */
export function isWindows1252Text(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff && !WINDOWS_1252_HIGH.has(c)) return false;
  }
  return true;
}

/** Windows-1252 text, with five unassigned bytes kept as the C1 controls Windows shows for them. */
function windows1252Text(bytes: Uint8Array): string {
  let text = "";
  for (const b of bytes) text += b < 0x80 || b >= 0xa0 ? String.fromCharCode(b) : windows1252Char(b);
  return text;
}
const CP1252_HIGH = [...iconv.decode(Buffer.from(Array.from({ length: 32 }, (_, i) => 0x80 + i)), "windows-1252")];
function windows1252Char(b: number): string {
  const c = CP1252_HIGH[b - 0x80]!;
  return c === "\ufffd" ? String.fromCharCode(b) : c;
}

const VPS_CHARS: readonly string[] = Array.from({ length: 256 }, (_, b) => (b >= 0x80 ? VPS_HIGH[b - 0x80]! : VPS_C0[b] ?? String.fromCharCode(b)));

function decodeVps(bytes: Uint8Array): string {
  let text = "";
  for (const b of bytes) text += VPS_CHARS[b]!;
  return text;
}

/** The vowels each kind of mark byte may follow, lower case and unmarked. */
const TAKES_MARK: Readonly<Record<VniMark["after"], ReadonlySet<string>>> = {
  vowel: new Set([..."aeiouyơư"]),
  "a-e-o": new Set([..."aeo"]),
  a: new Set(["a"]),
};

/** VNI text as Windows-1252 shows it ("Vieät Nam") → Unicode NFC ("Việt Nam"). */
export function composeVni(text: string): string {
  let out = "";
  // A vowel that the next character may mark.
  let vowel: string | null = null;
  for (const c of text) {
    const lower = c.toLowerCase();
    const mark = VNI_MARKS[lower];
    if (vowel !== null && mark && TAKES_MARK[mark.after].has(vowel.toLowerCase())) {
      out += (vowel + mark.marks).normalize("NFC");
      vowel = null;
      continue;
    }
    if (vowel !== null) out += vowel;
    const letter = VNI_LETTERS[lower];
    const own = letter === undefined ? c : c === lower ? letter : letter.toUpperCase();
    vowel = TAKES_MARK.vowel.has(own.toLowerCase()) ? own : null;
    if (vowel === null) out += own;
  }
  return vowel === null ? out : out + vowel;
}

/** Decodes raw bytes in one of the old encodings. */
export function decodeLegacyVietnamese(bytes: Uint8Array, encoding: LegacyVietnamese): string {
  switch (encoding) {
    case "viscii":
      return iconv.decode(Buffer.from(bytes), "viscii");
    case "tcvn3":
      // iconv-lite's "tcvn" is TCVN 5712 VN1, of which TCVN3 (ABC, VN3) is the part old fonts used.
      return iconv.decode(Buffer.from(bytes), "tcvn");
    case "vps":
      return decodeVps(bytes);
    case "vni":
      return composeVni(windows1252Text(bytes));
  }
}

/** Decodes text that holds old-encoding bytes read as Windows-1252, or null when it cannot (a character outside Windows-1252). */
export function decodeLegacyFromWindows1252(text: string, encoding: LegacyVietnamese): string | null {
  if (encoding === "vni") return composeVni(text);
  const bytes = windows1252Bytes(text);
  return bytes && decodeLegacyVietnamese(bytes, encoding);
}
