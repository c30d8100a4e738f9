/** The one-line summary of an article: the first sentence of its lead paragraph. */

/** Longest summary shown in lists; longer first sentences are cut at a word and get "…". */
export const SUMMARY_MAX_CHARS = 240;

/** A block that is not lead text: a caption directive, a heading, or a line without a letter. */
const NOT_LEAD = /^(?::::|#)/;
/** Markdown escapes written by the serializer ("22\:12") and emphasis marks. */
const MARKDOWN_ESCAPE = /\\([\\`*_{}[\]()#+\-.!:|<>~])/g;
/**
 * An agency tag some outlets put before the lead ("TPO - ", "(GLO)- ", "VOV.VN -"): capitals,
 * dots or brackets, then a dash. Dropped from the summary only, never from the article.
 */
const OUTLET_TAG = /^\(?[A-ZĐ][A-ZĐ.+]{1,11}\)?\s*[-–—]\s*/u;
/** The end of a sentence: ".", "!", "?" or "…" followed by a space and a capital or quote. */
const SENTENCE_END = /[.!?…](?=\s+["“(]?[\p{Lu}\d])/u;

/** The first paragraph of Markdown that reads like article text, unescaped. */
export function leadParagraph(markdown: string): string | null {
  for (const block of markdown.split(/\n\s*\n/)) {
    const text = block.trim();
    if (!text || NOT_LEAD.test(text)) continue;
    const plain = text.replace(/\s+/g, " ").replace(MARKDOWN_ESCAPE, "$1");
    // Lines with a handful of words (a dateline, a counter, a stray title) are not a lead.
    if (plain.split(" ").length < 8) continue;
    return plain;
  }
  return null;
}

/** The first sentence of the lead, at most SUMMARY_MAX_CHARS long; "" when there is no lead. */
export function summarize(markdown: string): string {
  const lead = leadParagraph(markdown);
  if (!lead) return "";
  const text = lead.replace(OUTLET_TAG, "");
  const end = SENTENCE_END.exec(text);
  const sentence = end ? text.slice(0, end.index + 1) : text;
  if (sentence.length <= SUMMARY_MAX_CHARS) return sentence;
  const cut = sentence.slice(0, SUMMARY_MAX_CHARS);
  return `${cut.slice(0, cut.lastIndexOf(" ")).replace(/[\s,;:–-]+$/, "")}…`;
}
