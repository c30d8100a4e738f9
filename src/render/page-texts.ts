/**
 * The texts of the article pages of the Eleventy run under way: each article's Markdown body,
 * handed to Eleventy as the page's content, and the HTML made of it at ingest (kept in the ingest
 * cache), which the Markdown adapter returns instead of rendering the body again. The renderer
 * itself (markdown.ts) is loaded only where a body has no HTML yet.
 */
import { bodyKey, type ArticleInput, type SiteArticle } from "../site/model.ts";

/** An article's text as its page shows it: the Markdown body and its HTML. */
export interface PageText {
  body: string;
  html: string;
}

/** Reads the texts of the articles about to be rendered (a run's worth at a time). */
export type TextSource = (article: SiteArticle) => Promise<PageText>;

/** HTML by Markdown body, for the articles of the run under way. */
const htmlByBody = new Map<string, string>();

/** Records the HTML of an article about to be rendered. */
export function rememberPageText(text: PageText): void {
  htmlByBody.set(text.body, text.html);
}

/** Forgets the run's texts (once its pages are rendered). */
export function forgetPageTexts(): void {
  htmlByBody.clear();
}

/** The HTML of a body remembered for this run; any other Markdown is a bug of the caller. */
export function pageHtml(markdown: string): string {
  const html = htmlByBody.get(markdown);
  if (html === undefined) throw new Error("an article page's text was not read before its run");
  return html;
}

/** The texts of a model built from inputs that carry their bodies (see bodyKey), rendered here. */
export function textsOfInputs(inputs: readonly ArticleInput[]): TextSource {
  const bodies = new Map(inputs.map((input) => [bodyKey(input.body ?? ""), input.body ?? ""]));
  return async (article) => {
    const body = bodies.get(article.textKey);
    if (body === undefined) throw new Error(`no text for ${article.fm.id}`);
    const { renderMarkdown } = await import("./markdown.ts");
    return { body, html: renderMarkdown(body) };
  };
}
