/**
 * Finds articles that tell the same story: the same file saved twice (exact duplicates, by
 * normalized text) and the same story published by two outlets (near duplicates, by word-shingle
 * Jaccard similarity estimated with one-permutation MinHash and LSH banding, so the work grows
 * with the number of articles, not with the number of pairs, even where a phrase common to the
 * whole archive puts hundreds of articles in one bucket). Nothing is dropped: duplicates are
 * only linked to each other.
 */
import { duplicates as settings } from "../extract/settings.ts";
import { SIGNATURE_BINS, mix, signatureOf, storySketch, type StorySketch } from "./story-sketch.ts";

export { storySketch, storyWords, wordHashes, type StorySketch } from "./story-sketch.ts";

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

/**
 * A key for the values of one band of a signature (with `salt`, the band's number): two 32-bit
 * hashes of them in the 53 bits a number holds exactly, so that distinct values share a key about
 * once in 10^15 comparisons and no string is made for each of the archive's bands.
 */
function bandKey(signature: Uint32Array, band: number, salt: number): number {
  let h1 = mix(salt ^ 0x2545f491);
  let h2 = mix(salt ^ 0x68e31da4);
  for (let i = band * ROWS; i < band * ROWS + ROWS; i++) {
    h1 = mix(h1 ^ signature[i]!);
    h2 = mix((h2 + signature[i]!) >>> 0);
  }
  return h1 * 2 ** 21 + (h2 & 0x1fffff);
}

/**
 * Splits the members of one band's bucket by the values of the following bands, one band at a
 * time, until each part has at most MAX_BUCKET_MEMBERS members or all bands have been used.
 * Members stay in their order (ascending), in each part.
 */
function narrowBucket(members: number[], band: number, signatures: readonly Uint32Array[], depth = 1): number[][] {
  if (members.length <= MAX_BUCKET_MEMBERS || depth >= BANDS) return [members];
  const next = (band + depth) % BANDS;
  const parts = new Map<number, number[]>();
  for (const r of members) {
    const key = bandKey(signatures[r]!, next, 0);
    const part = parts.get(key);
    if (part) part.push(r);
    else parts.set(key, [r]);
  }
  return [...parts.values()].flatMap((part) => narrowBucket(part, band, signatures, depth + 1));
}

/**
 * For each text, the other texts that tell the same story, most similar first. Exact duplicates
 * are grouped by a hash of their words' hashes (two texts differing in a word are taken for one
 * only if that word's 32-bit hashes collide); one member of each group stands for it in the banding.
 */
export function findSameStories(texts: readonly string[]): StoryMatch[][] {
  return findSameStoriesIn(texts.map(storySketch));
}

/**
 * The last answer and the sketches it was for: a rebuild under `npm start` after an edit that
 * changed no text and no date (a correction of a place or a name) asks again for the same
 * sketches, in the same order, and gets it back (callers never change it).
 */
let last: { sketches: readonly StorySketch[]; matches: StoryMatch[][] } | null = null;

/** `findSameStories` from the texts' sketches. */
export function findSameStoriesIn(sketches: readonly StorySketch[]): StoryMatch[][] {
  if (last && last.sketches.length === sketches.length && last.sketches.every((sketch, i) => sketch === sketches[i])) return last.matches;
  const matches = matchSketches(sketches);
  last = { sketches: [...sketches], matches };
  return matches;
}

/** Two texts (by their exact keys) whose similarity reaches the threshold, and that similarity. */
type SimilarPair = [string, string, number];

/** The similar pairs of each part of the last call's buckets, by band and members' exact keys. */
let lastParts = new Map<string, SimilarPair[]>();

function matchSketches(sketches: readonly StorySketch[]): StoryMatch[][] {
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

  // The bucket of each band's values: a bucket number per key, and each bucket's members (in
  // ascending order) as a list threaded through typed arrays, which costs no object per bucket.
  const count = representatives.length;
  // An open-addressing table from band key to bucket number, in typed arrays: a Map of 200,000
  // number keys cost more than the rest of the search.
  const slots = 2 ** Math.ceil(Math.log2(Math.max(16, count * BANDS * 2)));
  const slotKey = new Float64Array(slots);
  const slotBucket = new Int32Array(slots).fill(-1);
  const bucketBand: number[] = [];
  const bucketFirst: number[] = [];
  const bucketLast: number[] = [];
  const bucketSize: number[] = [];
  const nextEntry = new Int32Array(count * BANDS).fill(-1);
  for (let r = 0; r < count; r++) {
    const sig = representatives[r]!.signature;
    for (let band = 0; band < BANDS; band++) {
      const key = bandKey(sig, band, band + 1);
      const entry = r * BANDS + band;
      let slot = Math.floor(key / 2 ** 21) & (slots - 1);
      while (slotBucket[slot] !== -1 && slotKey[slot] !== key) slot = (slot + 1) & (slots - 1);
      let bucket = slotBucket[slot]!;
      if (bucket === -1) {
        bucket = bucketBand.length;
        slotBucket[slot] = bucket;
        slotKey[slot] = key;
        bucketBand.push(band);
        bucketFirst.push(entry);
        bucketLast.push(entry);
        bucketSize.push(1);
      } else {
        nextEntry[bucketLast[bucket]!] = entry;
        bucketLast[bucket] = entry;
        bucketSize[bucket]!++;
      }
    }
  }
  const bands: { band: number; members: number[] }[] = [];
  for (let bucket = 0; bucket < bucketBand.length; bucket++) {
    if (bucketSize[bucket]! < 2) continue;
    const members: number[] = [];
    for (let entry = bucketFirst[bucket]!; entry >= 0; entry = nextEntry[entry]!) members.push(Math.floor(entry / BANDS));
    bands.push({ band: bucketBand[bucket]!, members });
  }
  // Every bucket split to a workable size; within each part, every pair of members is compared
  // (a pair in several parts, in each). A part whose members are those of a part of the last call
  // (by their texts' exact keys) has the same similar pairs: under `npm start` an edit changes the
  // parts of a text or two, and the rest are not compared again.
  const signatures = representatives.map((rep) => rep.signature);
  const keys = representatives.map((rep) => sketches[rep.members[0]!]!.exact);
  const byKey = new Map(keys.map((key, r) => [key, r]));
  const flat = new Uint32Array(representatives.length * SIGNATURE_BINS);
  signatures.forEach((sig, r) => flat.set(sig, r * SIGNATURE_BINS));
  const needed = Math.ceil(settings.sameStorySimilarity * SIGNATURE_BINS - 1e-9);
  const allowed = SIGNATURE_BINS - needed;
  /** The similarity of two representatives, or null when below the threshold (counted until too many bins differ). */
  const similarityOf = (a: number, b: number): number | null => {
    let same = 0;
    let differ = 0;
    for (let i = a * SIGNATURE_BINS, j = b * SIGNATURE_BINS, stop = i + SIGNATURE_BINS; i < stop && differ <= allowed; i++, j++) {
      if (flat[i] === flat[j]) same++;
      else differ++;
    }
    const similarity = same / SIGNATURE_BINS;
    return same < needed || similarity < settings.sameStorySimilarity ? null : similarity;
  };
  const similar = new Map<number, number>();
  const pair = (a: number, b: number) => (a < b ? a * representatives.length + b : b * representatives.length + a);
  const parts = new Map<string, SimilarPair[]>();
  for (const { band, members } of bands) {
    for (const part of narrowBucket(members, band, signatures)) {
      if (part.length < 2) continue;
      const partKey = `${band} ${part.map((r) => keys[r]).join(" ")}`;
      let found = lastParts.get(partKey);
      if (found === undefined) {
        found = [];
        for (let x = 0; x < part.length; x++) {
          for (let y = x + 1; y < part.length; y++) {
            const similarity = similarityOf(part[x]!, part[y]!);
            if (similarity !== null) found.push([keys[part[x]!]!, keys[part[y]!]!, similarity]);
          }
        }
      }
      parts.set(partKey, found);
      for (const [a, b, similarity] of found) similar.set(pair(byKey.get(a)!, byKey.get(b)!), similarity);
    }
  }
  lastParts = parts;
  for (const [key, similarity] of similar) {
    const a = Math.floor(key / representatives.length);
    const b = key % representatives.length;
    for (const i of representatives[a]!.members) {
      for (const j of representatives[b]!.members) {
        matches[i]!.push({ index: j, kind: "near", similarity });
        matches[j]!.push({ index: i, kind: "near", similarity });
      }
    }
  }
  for (const list of matches) list.sort((p, q) => q.similarity - p.similarity || p.index - q.index);
  return matches;
}
