/** Turns a raw file's bytes into text, or says why it cannot be an article. First version. */

export type Decoded =
  | { ok: true; text: string; encoding: string; problems: string[] }
  | { ok: false; reason: string };

export function decodeRaw(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: "empty file" };
  if (bytes.includes(0)) return { ok: false, reason: "binary file (NUL bytes)" };
  const text = new TextDecoder("utf-8").decode(bytes).replace(/^\ufeff/, "");
  if (text.trim() === "") return { ok: false, reason: "whitespace-only file" };
  return { ok: true, text, encoding: "utf-8", problems: [] };
}
