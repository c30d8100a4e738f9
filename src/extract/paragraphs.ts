/**
 * Re-joins hard-wrapped text (print previews, text copied out of PDFs) into paragraphs before any
 * line is judged: a sentence broken over lines of 50–80 characters reads as many short, unpunctuated
 * lines, which look like headlines and links. Every paragraph keeps the raw lines it came from.
 */
import { wrap as settings } from "./settings.ts";
import { isSlug } from "./boilerplate/shape.ts";

/** One paragraph of the page: its text and the 1-based raw lines it was joined from (one, unless re-joined). */
export interface Paragraph {
  text: string;
  lines: number[];
}

/** Punctuation that ends a sentence or a clause introducing what follows, closing quotes and brackets aside. */
const SENTENCE_END = /[.!?…:;。！？]["”’»)\]」]*$/u;
/** A line that starts with a lower-case letter continues a sentence (Vietnamese sentences start with a capital). */
const LOWER_START = /^["“‘(]?\p{Ll}/u;

const endsSentence = (text: string): boolean => SENTENCE_END.test(text);

/** True when `next` reads as the rest of the sentence that `previous` broke off (a link slug left as text starts in lower case too). */
const continues = (previous: string, next: string): boolean => !endsSentence(previous) && LOWER_START.test(next) && !isSlug(next);

/** …where `previous` is as long as a wrapped line: the evidence that a page was wrapped at all. */
const breaksAtWidth = (previous: string, next: string): boolean =>
  previous.length >= settings.minLineChars && previous.length <= settings.maxLineChars && continues(previous, next);

/**
 * The width the page was wrapped at, or null when it was not wrapped. A wrapped page breaks sentences
 * mid-way again and again: at least `settings.minBreaks` unpunctuated lines of wrap length are
 * continued by a line starting in lower case (headlines and menu items never are).
 */
export function wrapWidth(lines: readonly string[]): number | null {
  const widths: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) if (breaksAtWidth(lines[i]!, lines[i + 1]!)) widths.push(lines[i]!.length);
  if (widths.length < settings.minBreaks) return null;
  widths.sort((a, b) => a - b);
  return widths[Math.floor(widths.length / 2)]!;
}

/** True when a line of a page wrapped at `width` fills it: the paragraph goes on, whatever the next line starts with. */
function fillsWidth(text: string, width: number): boolean {
  return text.length >= settings.fullWidthShare * width && text.length <= settings.overWidthShare * width && !endsSentence(text);
}

/**
 * The page's paragraphs: each non-empty line on its own, except on a wrapped page, where a line
 * that fills the wrap width or breaks off mid-sentence is joined with the line right below it.
 * A blank line always ends a paragraph.
 */
export function paragraphsOf(lines: readonly string[]): Paragraph[] {
  const width = wrapWidth(lines);
  const paragraphs: Paragraph[] = [];
  let open: Paragraph | null = null;
  lines.forEach((text, i) => {
    if (text === "") {
      open = null;
      return;
    }
    const previous = lines[i - 1];
    if (open !== null && width !== null && previous !== undefined && (continues(previous, text) || fillsWidth(previous, width))) {
      open.text = `${open.text} ${text}`;
      open.lines.push(i + 1);
      return;
    }
    open = { text, lines: [i + 1] };
    paragraphs.push(open);
  });
  return paragraphs;
}
