/**
 * A line's identity across the archive: a 52-bit hash of its key (keyOf: lower-cased, spacing
 * collapsed), so lines seen in many files can be counted in numbers rather than strings.
 */

/** FNV-1a over UTF-16 code units, 32 bits. */
function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Two independent 32-bit hashes joined into an exact JavaScript integer (52 bits): collisions stay rare at millions of lines. */
export function lineHash(key: string): number {
  return fnv1a(key, 0x811c9dc5) * 0x100000 + (fnv1a(key, 0x9747b28c) & 0xfffff);
}
