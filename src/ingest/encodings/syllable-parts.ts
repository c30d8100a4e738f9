/**
 * The parts of a Vietnamese syllable as the modern spelling writes them, tone marks left out:
 * an optional initial consonant, then a rhyme (medial, vowel nucleus, optional final). Written
 * out as data so that the syllable check (syllables.ts) reads as one pattern. The lists are
 * generous (a rare rhyme accepted costs nothing), because their job is to tell a right decoding
 * from a wrong one, not to check spelling.
 */

/** Initial consonants, longest first so the pattern tries "ngh" before "ng" and "n". */
export const INITIALS = [
  "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
  "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
] as const;

/** Rhymes that end in their vowel or glide (no final consonant). */
export const OPEN_RHYMES = [
  "a", "e", "ê", "i", "y", "o", "ô", "ơ", "u", "ư",
  "ia", "ya", "ua", "ưa", "oa", "oe", "uê", "uy", "uya", "uơ",
  "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "iu", "oi", "ôi", "ơi", "ui", "ưi", "ưu",
  "iêu", "yêu", "uôi", "ươi", "ươu", "oai", "oay", "oao", "oeo", "uây", "uyu",
] as const;

/** Vowel nuclei (with any medial) that take a final consonant. */
export const CLOSED_NUCLEI = [
  "a", "ă", "â", "e", "ê", "i", "y", "o", "ô", "ơ", "u", "ư", "oo",
  "iê", "yê", "uô", "ươ", "oa", "oă", "oe", "uâ", "uê", "uy", "uyê",
] as const;

/** Final consonants every closed nucleus takes. */
export const FINALS = ["m", "n", "ng", "c", "p", "t"] as const;

/** The palatal finals, written only after these nuclei ("anh", "ếch", "ình", "oanh", "huỳnh"). */
export const PALATAL_FINALS = ["nh", "ch"] as const;
export const PALATAL_NUCLEI = ["a", "ê", "i", "y", "oa", "uê", "uy"] as const;

/** Finals after which a syllable carries the acute or the dot-below tone, never another or none. */
export const STOP_FINALS = ["p", "t", "c", "ch"] as const;
