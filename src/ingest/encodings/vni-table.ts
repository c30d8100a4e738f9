/**
 * VNI (the VNI-Windows fonts): a Vietnamese letter is an ASCII vowel followed by a mark byte, or one
 * byte of its own, all in Windows-1252 positions, so VNI text read by anything else looks like
 * "Vieät Nam" (Việt Nam). No maintained library decodes it; these are the VNI-Windows
 * assignments. Capital forms are the same bytes less 0x20 ("VIEÄT" → VIỆT) and marks are matched
 * in either case. GNU recode's VNI charset agrees on every letter but two capitals, whose breve
 * marks it swaps (it writes Ắ as "AÈ"); the VNI keyboard tables write "AÉ", as here.
 */

/** Combining marks: circumflex, breve and the five tones. */
const CIRCUMFLEX = "\u0302";
const BREVE = "\u0306";
const ACUTE = "\u0301";
const GRAVE = "\u0300";
const HOOK = "\u0309";
const TILDE = "\u0303";
const DOT = "\u0323";

/** What a mark byte adds to the vowel before it, and the vowels it may follow. */
export interface VniMark {
  marks: string;
  after: "vowel" | "a-e-o" | "a";
}

/** Mark bytes by their lower-case Windows-1252 character. */
export const VNI_MARKS: Readonly<Record<string, VniMark>> = {
  "ù": { marks: ACUTE, after: "vowel" },
  "ø": { marks: GRAVE, after: "vowel" },
  "û": { marks: HOOK, after: "vowel" },
  "õ": { marks: TILDE, after: "vowel" },
  "ï": { marks: DOT, after: "vowel" },
  "â": { marks: CIRCUMFLEX, after: "a-e-o" },
  "á": { marks: CIRCUMFLEX + ACUTE, after: "a-e-o" },
  "à": { marks: CIRCUMFLEX + GRAVE, after: "a-e-o" },
  "å": { marks: CIRCUMFLEX + HOOK, after: "a-e-o" },
  "ã": { marks: CIRCUMFLEX + TILDE, after: "a-e-o" },
  "ä": { marks: CIRCUMFLEX + DOT, after: "a-e-o" },
  "ê": { marks: BREVE, after: "a" },
  "é": { marks: BREVE + ACUTE, after: "a" },
  "è": { marks: BREVE + GRAVE, after: "a" },
  "ú": { marks: BREVE + HOOK, after: "a" },
  "ü": { marks: BREVE + TILDE, after: "a" },
  "ë": { marks: BREVE + DOT, after: "a" },
};

/** Letters that are one byte of their own, by lower-case Windows-1252 character (ơ and ư take marks after them). */
export const VNI_LETTERS: Readonly<Record<string, string>> = {
  "ô": "ơ",
  "ö": "ư",
  "ñ": "đ",
  "ì": "ì",
  "í": "í",
  "æ": "ỉ",
  "ó": "ĩ",
  "ò": "ị",
  "î": "ỵ",
};
