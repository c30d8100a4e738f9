/**
 * The main-content detector: classifies each paragraph by what any Vietnamese news article has
 * (length, sentence shape, the share of function words), then revises short and borderline
 * paragraphs by their neighbours, as jusText does for the blocks of an HTML page. Furniture found
 * by its own shape or vocabulary (clocks, widgets, lists of other stories, lines repeated across
 * the archive) enters as "bad", one signal among the others.
 */
import { classes as settings } from "../settings.ts";
import type { PageLine } from "./page.ts";
import { endsSentence, wordCount } from "./shape.ts";

/**
 * good: running text. nearGood: text that may be running text. short: too short to judge alone (a
 * caption, sub-heading, byline, headline or menu item). bad: furniture.
 */
export type LineClass = "good" | "nearGood" | "short" | "bad";

/**
 * A paragraph's class before its neighbours are looked at, from its own shape and words only.
 * `furniture` is "bad" for furniture, "neutral" for what an image leaves inside an article (judged by
 * its neighbours like a short line), or null.
 */
export function ownClass(p: PageLine, furniture: "bad" | "neutral" | null): LineClass {
  if (furniture !== null) return furniture === "bad" ? "bad" : "short";
  if (p.source) return "short";
  const length = p.bare.length;
  const share = p.functionShare;
  const sentence = endsSentence(p.bare);
  // A long unpunctuated line without a single function word is a menu, a tag cloud or a run of names, never
  // prose (a sentence naming officials may have none: "Ủy viên Bộ Chính trị, Chủ tịch Quốc hội … dự buổi lễ.").
  if (share === 0 && !sentence && length >= settings.wordlessBadMinChars) return "bad";
  if (length >= settings.alwaysGoodMinChars) return "good";
  // Running text is never set in capitals: an unpunctuated line in capitals is a headline or a banner, judged by its neighbours.
  if (!sentence && inCapitals(p.bare)) return "short";
  // A sentence is running text from a paragraph's length on; unpunctuated text only when longer than a
  // headline and with function words (a lead without its full stop, a page's last line cut short).
  if (sentence ? length >= settings.goodMinChars : length >= settings.unpunctuatedGoodMinChars && share >= settings.goodMinShare) return "good";
  // A short sentence (a caption, a question, a closing line) may be running text; its neighbours decide. So may a
  // photo's caption, credited, whatever its punctuation.
  if (p.caption || (sentence ? wordCount(p.bare) >= settings.sentenceMinWords : length >= settings.shortMaxChars && share >= settings.goodMinShare)) return "nearGood";
  return "short";
}

/** True for text whose letters are all capitals, with a few words of them at least ("LÃNH ĐẠO SỞ … TỈNH LONG AN"). */
function inCapitals(text: string): boolean {
  return text === text.toUpperCase() && (text.match(/\p{Lu}/gu)?.length ?? 0) >= settings.capitalsMinLetters;
}

/**
 * For each index, the nearest class before (`before`) and after (`after`) it that `counts` (the page's
 * top counts as bad; so does its end, unless the page was cut short in the middle of the article:
 * `endClass` "good"). One pass each way, so revising a page stays linear in its length.
 */
function nearest(classes: readonly LineClass[], counts: (c: LineClass) => boolean, endClass: LineClass): { before: LineClass[]; after: LineClass[] } {
  const before: LineClass[] = new Array(classes.length);
  const after: LineClass[] = new Array(classes.length);
  let seen: LineClass = "bad";
  for (let i = 0; i < classes.length; i++) {
    before[i] = seen;
    if (counts(classes[i]!)) seen = classes[i]!;
  }
  seen = endClass;
  for (let i = classes.length - 1; i >= 0; i--) {
    after[i] = seen;
    if (counts(classes[i]!)) seen = classes[i]!;
  }
  return { before, after };
}

/**
 * Revises the context-free classes: a short paragraph between good ones is good (a caption, a
 * sub-heading), between bad ones bad (a menu item); with good on one side and bad on the other it
 * is good only when near-good text stands between it and the bad side. A near-good paragraph is
 * bad only when bad paragraphs surround it.
 */
export function reviseClasses(own: readonly LineClass[], endClass: LineClass = "bad"): LineClass[] {
  const revised = [...own];
  // Neighbours that are neither short nor near-good, and neighbours that are not short.
  const decided = nearest(own, (c) => c === "good" || c === "bad", endClass);
  const textual = nearest(own, (c) => c !== "short", endClass);
  own.forEach((c, i) => {
    if (c !== "short") return;
    const before = decided.before[i]!;
    const after = decided.after[i]!;
    if (before === after) revised[i] = before;
    else if ((before === "bad" && textual.before[i] === "nearGood") || (after === "bad" && textual.after[i] === "nearGood")) revised[i] = "good";
    else revised[i] = "bad";
  });
  own.forEach((c, i) => {
    if (c !== "nearGood") return;
    revised[i] = decided.before[i] === "bad" && decided.after[i] === "bad" ? "bad" : "good";
  });
  return revised;
}

/**
 * True when the page's last paragraph is running text broken off where the scrape stopped ("… về
 * tiềm năng phát tri"): plain, unpunctuated, sentence-long and with function words (a headline of
 * another story, also unpunctuated, has none or few words).
 */
export function cutShortAtEnd(p: PageLine | undefined, furniture: boolean): boolean {
  if (p === undefined || furniture || p.source || endsSentence(p.bare)) return false;
  return wordCount(p.bare) >= settings.cutShortMinWords && p.functionShare >= settings.goodMinShare;
}

/**
 * Each paragraph's class, `furniture(i)` saying which are furniture by their own shape or vocabulary
 * (see ownClass). On a page cut short in the middle of the article, its last paragraph is running text
 * and the page's end stands for more of it.
 */
export function classify(page: readonly PageLine[], furniture: (i: number) => "bad" | "neutral" | null): { own: LineClass[]; revised: LineClass[] } {
  const own = page.map((p, i) => ownClass(p, furniture(i)));
  const cut = page.length > 0 && cutShortAtEnd(page.at(-1), furniture(page.length - 1) !== null);
  if (cut) own[page.length - 1] = "good";
  // A page without a paragraph of running text beyond its headline (a gallery of captions, a short note)
  // still has an article: its best text, the borderline paragraphs, is it.
  const body = (i: number) => own[i] === "good" && ((cut && i === page.length - 1) || !mayBeHeadline(page[i]!));
  if (!own.some((_, i) => body(i))) own.forEach((c, i) => c === "nearGood" && (own[i] = "good"));
  return { own, revised: reviseClasses(own, cut ? "good" : "bad") };
}

/** A line that could still be a headline although it reads as text: headline-sized, unpunctuated or a question or exclamation. */
function mayBeHeadline(p: PageLine): boolean {
  return p.bare.length <= settings.headlineMaxChars && (!endsSentence(p.bare) || /[?!]["”’)]*$/u.test(p.bare));
}
