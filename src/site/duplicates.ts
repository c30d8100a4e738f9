/**
 * Finds articles that tell the same story: the same file saved twice (exact duplicates, by
 * normalized text) and the same story published by two outlets (near duplicates, by word-shingle
 * Jaccard similarity estimated with one-permutation MinHash and LSH banding, so the work grows
 * with the number of articles, not with the number of pairs, even where a phrase common to the
 * whole archive puts hundreds of articles in one bucket). Nothing is dropped: duplicates are
 * only linked to each other.
 */
import { createHash } from "node:crypto";
import { duplicates as settings } from "../extract/settings.ts";

/** MinHash signature length (bins of the one-permutation sketch). */
const SIGNATURE_BINS = 60;
/** LSH banding: BANDS × ROWS = SIGNATURE_BINS; articles sharing one band's values become candidates. */
const BANDS = 20;
const ROWS = 3;
/**
 * A band's values shared by more articles than this come from phrases common to the whole archive
 * (a ministry's name, a standard opening) more often than from one story. Comparing every pair in
 * such a bucket made the work grow with the square of the archive (a few buckets of 10,000
 * generated articles held thousands), so a larger bucket is split by the next band's values, and
 * the next, until its parts are this small or their members agree in every band (then they are
 * one story told many times, and every pair is a real link).
 */
const MAX_BUCKET_MEMBERS = 200;

/** Another article telling the same story, by its index in the input. */
export interface StoryMatch {
  index: number;
  kind: "exact" | "near";
  /** Estimated Jaccard similarity of the two texts (1 for exact duplicates). */
  similarity: number;
}

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
function mix(h: number): number {
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

function agreement(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_BINS; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_BINS;
}

/** The values of one band of a signature, as a bucket key. */
function bandValues(signature: Uint32Array, band: number): string {
  return signature.subarray(band * ROWS, band * ROWS + ROWS).join(",");
}

/**
 * Splits the members of one band's bucket by the values of the following bands, one band at a
 * time, until each part has at most MAX_BUCKET_MEMBERS members or all bands have been used.
 */
function narrowBucket(members: number[], band: number, signatures: readonly Uint32Array[], depth = 1): number[][] {
  if (members.length <= MAX_BUCKET_MEMBERS || depth >= BANDS) return [members];
  const next = (band + depth) % BANDS;
  const parts = new Map<string, number[]>();
  for (const r of members) {
    const key = bandValues(signatures[r]!, next);
    const part = parts.get(key);
    if (part) part.push(r);
    else parts.set(key, [r]);
  }
  return [...parts.values()].flatMap((part) => narrowBucket(part, band, signatures, depth + 1));
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
function signatureOf(sketch: StorySketch): Uint32Array | null {
  if (sketch.signature === null) return null;
  const bytes = Buffer.from(sketch.signature, "base64");
  // Copied into a fresh, aligned buffer: the decoded bytes may start at any offset of a shared pool.
  return new Uint32Array(Uint8Array.from(bytes).buffer);
}

/**
 * For each text, the other texts that tell the same story, most similar first. Exact duplicates
 * are grouped by a hash of their words' hashes (two texts differing in a word are taken for one
 * only if that word's 32-bit hashes collide); one member of each group stands for it in the banding.
 */
export function findSameStories(texts: readonly string[]): StoryMatch[][] {
  return findSameStoriesIn(texts.map(storySketch));
}

/** `findSameStories` from the texts' sketches. */
export function findSameStoriesIn(sketches: readonly StorySketch[]): StoryMatch[][] {
  const matches: StoryMatch[][] = sketches.map(() => []);
  const groups = new Map<string, { members: number[]; signature: Uint32Array | null }>();
  sketches.forEach((sketch, i) => {
    const group = groups.get(sketch.exact);
    if (group) group.members.push(i);
    else groups.set(sketch.exact, { members: [i], signature: signatureOf(sketch) });
  });

  const representatives: { members: number[]; signature: Uint32Array }[] = [];
  for (const { members, signature: sig } of groups.values()) {
    for (const i of members) {
      for (const j of members) if (i !== j) matches[i]!.push({ index: j, kind: "exact", similarity: 1 });
    }
    if (sig) representatives.push({ members, signature: sig });
  }

  const bands = new Map<string, { band: number; members: number[] }>();
  representatives.forEach((rep, r) => {
    for (let band = 0; band < BANDS; band++) {
      const key = `${band}:${bandValues(rep.signature, band)}`;
      let bucket = bands.get(key);
      if (!bucket) bands.set(key, (bucket = { band, members: [] }));
      bucket.members.push(r);
    }
  });
  // The buckets each representative is in (at most one per band), once split to a workable size.
  const bucketsOf: number[][][] = representatives.map(() => []);
  const signatures = representatives.map((rep) => rep.signature);
  for (const { band, members } of bands.values()) {
    if (members.length < 2) continue;
    for (const part of narrowBucket(members, band, signatures)) {
      if (part.length > 1) for (const r of part) bucketsOf[r]!.push(part);
    }
  }

  // Candidates of `a`: the later representatives in its buckets, each compared once (`seenBy` marks them).
  const seenBy = new Int32Array(representatives.length).fill(-1);
  representatives.forEach((rep, a) => {
    for (const bucket of bucketsOf[a]!) {
      for (const b of bucket) {
        if (b <= a || seenBy[b] === a) continue;
        seenBy[b] = a;
        const similarity = agreement(rep.signature, representatives[b]!.signature);
        if (similarity < settings.sameStorySimilarity) continue;
        for (const i of rep.members) {
          for (const j of representatives[b]!.members) {
            matches[i]!.push({ index: j, kind: "near", similarity });
            matches[j]!.push({ index: i, kind: "near", similarity });
          }
        }
      }
    }
  });
  for (const list of matches) list.sort((p, q) => q.similarity - p.similarity || p.index - q.index);
  return matches;
}
