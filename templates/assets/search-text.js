// Text helpers for the search page: tidying what the reader typed, comparing words as search
// does (marks, case and đ folded), and reading the excerpts Pagefind marks up with <mark>.

/** Spells đ as d and Đ as D. */
export function foldD(text) {
  return text.replace(/đ/g, "d").replace(/Đ/g, "D");
}

/** An index word with đ and its d-spelled alias, as src/search/fold.ts writes them ("Đối-Dối"). */
const ALIASED_WORD = /([\p{L}\p{M}\p{N}]*[đĐ][\p{L}\p{M}\p{N}]*)-([\p{L}\p{M}\p{N}]+)/gu;

/** Removes the index's đ aliases from text: "Đối-Dối thoại" → "Đối thoại" (see unaliased). */
export function unfoldAliases(text) {
  return text.replace(ALIASED_WORD, (whole, word, alias) => (alias === foldD(word) ? word : whole));
}

/**
 * A result's data as readers should see it. The build removes the aliases from what the index
 * stores (src/search/clean-index.ts), but keeps each file's name, which browsers may cache for a
 * year: a reader who searched before that change may still hold aliased copies, so the page
 * removes them too. On a clean result this changes nothing.
 */
export function unaliased(data) {
  const meta = Object.fromEntries(Object.entries(data.meta ?? {}).map(([key, value]) => [key, typeof value === "string" ? unfoldAliases(value) : value]));
  return { ...data, content: unfoldAliases(data.content ?? ""), excerpt: unfoldAliases(data.excerpt ?? ""), meta };
}

/** Typographic and look-alike characters readers' keyboards produce, and what search expects. */
const TYPED_AS = [
  [/[“”„«»]/g, '"'],
  [/Ð/g, "Đ"], // Icelandic eth, which looks like Đ
  [/ð/g, "đ"],
  [/\s+/g, " "],
];

/** The query as Pagefind should see it: NFC, straight quotes, single spaces, trimmed. */
export function tidyQuery(query) {
  let q = query.normalize("NFC");
  for (const [pattern, replacement] of TYPED_AS) q = q.replace(pattern, replacement);
  return q.trim();
}

/** True when the whole query is one quoted phrase, which Pagefind matches exactly. */
export function isPhrase(query) {
  return /^\s*".+"\s*$/.test(query);
}

/**
 * The quoted phrases of a query that mixes them with loose words (`"hoang xuan chien" campuchia`).
 * Pagefind matches a phrase only when it is the whole query, so the page checks these itself.
 */
export function innerPhrases(query) {
  if (isPhrase(query)) return [];
  return [...query.matchAll(/"([^"]+)"/g)].map((m) => m[1].trim()).filter((p) => p.includes(" "));
}

/** Text as search compares it: lowercase, no tone or vowel marks, đ as d, words split by single spaces. */
export function searchFold(text) {
  const folded = foldD(text.normalize("NFD").replace(/\p{M}/gu, "")).toLowerCase();
  return ` ${folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(" ")} `;
}

/** True when `content` (as Pagefind returns it) holds `phrase` word for word, marks and đ aside. */
export function containsPhrase(content, phrase) {
  return searchFold(content).includes(searchFold(phrase));
}

/** The words of a query (or any text), folded as `searchFold` folds text. */
export function queryWords(query) {
  return searchFold(query).trim().split(" ").filter(Boolean);
}

/**
 * Punctuation that separates words which do not belong together (sentences, clauses, lists,
 * brackets, quotes). Dashes and hyphens do not: "Việt Nam - Lào" and "Việt Nam-Lào" read as one run.
 */
const SEGMENT_BREAK = /[.,;:!?()[\]{}"“”‘’«»…/|]+/u;

/** The runs of words in `text` that no punctuation separates, each as folded words. */
export function foldedSegments(text) {
  return text.split(SEGMENT_BREAK).map(queryWords).filter((words) => words.length > 0);
}

/**
 * True when a result (Pagefind's data for it) has, for every word of the query, a word that
 * starts with it, in its text or its metadata. Pagefind answers a word it does not know with the
 * longest prefix it does know ("atom" finds "A"), and those answers fail this check.
 */
export function matchesEveryWord(data, query) {
  const text = searchFold([data.content, ...Object.values(data.meta ?? {})].join(" "));
  return queryWords(query).every((word) => text.includes(` ${word}`));
}

/** The words (or the phrase) an article page should highlight for a query. */
export function highlightTerms(query) {
  const q = tidyQuery(query);
  if (isPhrase(q)) return [q.replace(/"/g, "").trim()].filter(Boolean);
  const phrases = innerPhrases(q);
  const words = q.replace(/"[^"]*"/g, " ").replace(/"/g, " ").split(" ").map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""));
  return [...new Set([...phrases, ...words.filter(Boolean)])];
}

/**
 * Splits a Pagefind excerpt into plain text pieces, each marked or not. Pagefind escapes only
 * < and > in excerpts, so only those are decoded; nothing is parsed as HTML.
 */
export function excerptPieces(excerpt) {
  const pieces = [];
  let marked = false;
  for (const part of excerpt.split(/(<\/?mark>)/)) {
    if (part === "<mark>") marked = true;
    else if (part === "</mark>") marked = false;
    else if (part) pieces.push({ text: part.replace(/&lt;/g, "<").replace(/&gt;/g, ">"), marked });
  }
  return pieces;
}
