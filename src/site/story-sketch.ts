/**
 * The sketch of one article's text that same-story detection (duplicates.ts) works from: a hash of
 * all its words, for exact duplicates, and a MinHash signature of its word shingles, for near ones.
 * Made once per article at ingest and kept in the ingest cache, so a change to how sketches are
 * compared does not make every article be extracted again.
 */
import { createHash } from "node:crypto";
import { duplicates as settings } from "../extract/settings.ts";

/** MinHash signature length (bins of the one-permutation sketch). */
export const SIGNATURE_BINS = 60;

/** Lowercase NFC words, without punctuation or Markdown marks. */
export function storyWords(text: string): string[] {
  return text.normalize("NFC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Which UTF-16 code units (surrogates excepted) are letters or digits, built on first use. */
let wordUnits: Uint8Array | undefined;

function isWordUnit(unit: number): boolean {
  if (!wordUnits) {
    wordUnits = new Uint8Array(0x10000);
    for (let u = 0; u < 0x10000; u++) if ((u < 0xd800 || u > 0xdfff) && /[\p{L}\p{N}]/u.test(String.fromCharCode(u))) wordUnits[u] = 1;
  }
  return wordUnits[unit] === 1;
}

/**
 * The 32-bit FNV-1a hash of each of storyWords(text), computed in one scan without making the
 * words as strings (for 10,000 generated articles those strings were most of this module's time
 * and garbage).
 */
export function wordHashes(text: string): number[] {
  const t = text.normalize("NFC").toLowerCase();
  const hashes: number[] = [];
  let h = 0;
  let inWord = false;
  for (let i = 0; i < t.length; i++) {
    const unit = t.charCodeAt(i);
    let width = 1;
    let word: boolean;
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < t.length) {
      // A character outside the Basic Multilingual Plane: test the whole code point.
      width = 2;
      word = /^[\p{L}\p{N}]$/u.test(t.slice(i, i + 2));
    } else word = isWordUnit(unit);
    if (!word) {
      if (inWord) hashes.push(h >>> 0);
      inWord = false;
      i += width - 1;
      continue;
    }
    if (!inWord) h = 0x811c9dc5;
    inWord = true;
    for (let k = 0; k < width; k++) h = Math.imul(h ^ t.charCodeAt(i + k), 0x01000193);
    i += width - 1;
  }
  if (inWord) hashes.push(h >>> 0);
  return hashes;
}

/** MurmurHash3's finalizer: spreads the bits of a 32-bit value. */
export function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * One-permutation MinHash: each shingle's hash falls in one bin and each bin keeps its minimum;
 * empty bins borrow from the next filled bin (rotation densification), so similar sets still agree.
 */
function signature(hashes: readonly number[]): Uint32Array | null {
  if (hashes.length === 0) return null;
  const bins = new Uint32Array(SIGNATURE_BINS).fill(0xffffffff);
  const filled = new Uint8Array(SIGNATURE_BINS);
  const shingles = Math.max(1, hashes.length - settings.shingleWords + 1);
  for (let i = 0; i < shingles; i++) {
    let h = 0x9747b28c;
    for (let k = i; k < Math.min(i + settings.shingleWords, hashes.length); k++) h = mix(h ^ hashes[k]!);
    const bin = h % SIGNATURE_BINS;
    const value = mix(h ^ 0x5bd1e995);
    if (value <= bins[bin]!) bins[bin] = value;
    filled[bin] = 1;
  }
  for (let b = 0; b < SIGNATURE_BINS; b++) {
    if (filled[b]) continue;
    for (let step = 1; step < SIGNATURE_BINS; step++) {
      const from = (b + step) % SIGNATURE_BINS;
      if (filled[from]) {
        bins[b] = mix(bins[from]! ^ step);
        break;
      }
    }
  }
  return bins;
}

/**
 * What same-story detection needs of one text, small enough to keep for every article of a large
 * archive between builds: a hash of all its words (exact duplicates) and its MinHash signature
 * (base64 of SIGNATURE_BINS 32-bit values; null for a text without words).
 */
export interface StorySketch {
  exact: string;
  signature: string | null;
}

/** The sketch of one text. */
export function storySketch(text: string): StorySketch {
  const hashes = wordHashes(text);
  const sig = signature(hashes);
  return {
    exact: createHash("sha1").update(Uint32Array.from(hashes)).digest("base64"),
    signature: sig ? Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength).toString("base64") : null,
  };
}

/** A sketch's signature as numbers again. */
export function signatureOf(sketch: StorySketch): Uint32Array | null {
  if (sketch.signature === null) return null;
  const bytes = Buffer.from(sketch.signature, "base64");
  // Copied into a fresh, aligned buffer: the decoded bytes may start at any offset of a shared pool.
  return new Uint32Array(Uint8Array.from(bytes).buffer);
}
