/**
 * Folding đ for search: Pagefind folds tone and vowel marks but keeps đ/Đ as its own letter, so
 * the index copy of a page spells every đ-word twice, joined like a compound ("Đối-Dối"), and a
 * reader who types "doi thoai" finds "Đối thoại". Served pages are never changed, and the text
 * Pagefind stores for its clients is cleaned of the aliases once written (clean-index.ts).
 */

/**
 * Joins a word and its alias. Pagefind indexes the parts of a hyphenated word at the word's own
 * position, so phrases ("đối thoại", "doi thoai") still match; clean-index.ts strips the alias
 * from the stored text again, which leaves every word at its position.
 */
export const ALIAS_JOINER = "-";


/** Spells đ as d and Đ as D, leaving every other letter and mark as it is. */
export function foldD(text: string): string {
  return text.replace(/đ/g, "d").replace(/Đ/g, "D");
}

/**
 * Follows each đ-word of plain text with its d-spelled alias: "Đối thoại" → "Đối-Dối thoại". It
 * finds each đ and widens it to its word with the table of word characters below (a pattern with
 * Unicode classes on both sides of the đ tried every word of every page).
 */
export function withDAliases(text: string): string {
  let out = "";
  let from = 0;
  const letterD = /[đĐ]/g;
  for (let match = letterD.exec(text); match; match = letterD.exec(text)) {
    let start = match.index;
    while (start > from && isWordUnit(text.charCodeAt(start - 1))) start--;
    let end = match.index + 1;
    while (end < text.length && isWordUnit(text.charCodeAt(end))) end++;
    out += `${text.slice(from, end)}${ALIAS_JOINER}${foldD(text.slice(start, end))}`;
    from = end;
    letterD.lastIndex = end;
  }
  return out + text.slice(from);
}

/** Which UTF-16 code units belong to words (letters, marks, digits; surrogates too), built on first use. */
let wordUnits: Uint8Array | undefined;

function isWordUnit(unit: number): boolean {
  if (!wordUnits) {
    wordUnits = new Uint8Array(0x10000);
    for (let u = 0; u < 0x10000; u++) if ((u >= 0xd800 && u <= 0xdfff) || /[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(u))) wordUnits[u] = 1;
  }
  return wordUnits[unit] === 1;
}

/**
 * Removes the aliases `withDAliases` added: a word with đ followed by the joiner and its own
 * d-spelling loses the second ("Nam-Đức-Dức" → "Nam-Đức"). It looks only around each joiner, with
 * a table of word characters: a pattern with Unicode classes took six seconds to clean 10,000
 * index fragments.
 */
export function withoutDAliases(text: string): string {
  let out = "";
  let from = 0;
  // Where the last đ-word with a word after its joiner ended: as for a pattern read left to right, that word after
  // the joiner is taken up whether or not it was the alias, and is not a word before the next joiner.
  let taken = 0;
  for (let joiner = text.indexOf(ALIAS_JOINER); joiner >= 0; joiner = text.indexOf(ALIAS_JOINER, joiner + 1)) {
    let start = joiner;
    while (start > 0 && isWordUnit(text.charCodeAt(start - 1))) start--;
    let end = joiner + 1;
    while (end < text.length && isWordUnit(text.charCodeAt(end))) end++;
    // The word before must be whole and not taken up already; a word must follow.
    if (start === joiner || start < taken || end === joiner + 1) continue;
    const word = text.slice(start, joiner);
    if (!/[đĐ]/.test(word)) continue;
    taken = end;
    if (text.slice(joiner + 1, end) !== foldD(word)) continue;
    out += text.slice(from, joiner);
    from = end;
    joiner = end - 1;
  }
  return out + text.slice(from);
}

/** Elements whose text HTML never shows as words (or that Pagefind reads as values, not words). */
const RAW_TEXT = new Set(["script", "style", "template", "textarea", "title"]);
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
/**
 * Elements that end a run of text. Pagefind joins the text of neighbouring elements such as
 * <dt>Ngày</dt><dd>14/5</dd> into one word ("Ngày14/5"), which would glue an alias to the next
 * word too, so the index copy puts a space after each of their tags.
 */
const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt", "figcaption", "figure",
  "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
  "table", "td", "th", "tr", "ul",
]);
/** Attributes whose element text is a filter or sort value, which must stay exactly as written. */
const VALUE_ATTRIBUTE = /\sdata-pagefind-(?:filter|sort)\b/i;

const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\/?[a-zA-Z][^>]*>|[^<]+|</g;

/**
 * The copy of a page Pagefind indexes: `withDAliases` applied to the text of the page, outside
 * tags, attributes, scripts and filter or sort values, and a space after block tags. Works on the
 * well-formed HTML the site writes; text it cannot place is left as it is.
 */
export function aliasHtmlForIndex(page: string): string {
  // Open elements, innermost last, each marked when its text must stay untouched.
  const open: { name: string; keep: boolean }[] = [];
  let out = "";
  for (const [token] of page.matchAll(TOKEN)) {
    if (token.startsWith("<")) {
      const tag = /^<(\/?)([a-zA-Z][\w-]*)/.exec(token);
      if (tag) {
        const name = tag[2]!.toLowerCase();
        if (tag[1]) {
          const at = open.map((e) => e.name).lastIndexOf(name);
          if (at >= 0) open.length = at;
        } else if (!VOID.has(name) && !token.endsWith("/>")) {
          const keep = RAW_TEXT.has(name) || VALUE_ATTRIBUTE.test(token) || (open.at(-1)?.keep ?? false);
          open.push({ name, keep });
        }
      }
      out += tag && BLOCK.has(tag[2]!.toLowerCase()) ? `${token} ` : token;
    } else {
      out += open.at(-1)?.keep ? token : withDAliases(token);
    }
  }
  return out;
}
