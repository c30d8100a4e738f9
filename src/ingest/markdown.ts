/**
 * Writes article blocks as Markdown through mdast, so scraped text is escaped by the serializer
 * (a line starting "# ", "<script>", "[x](javascript:…)" stays text) instead of by hand.
 * Captions become `:::caption` container directives, rendered later as <figure>/<figcaption>.
 *
 * Most paragraphs of running text contain nothing the serializer would escape; those are written
 * as they are, and only the others go through `toMarkdown` (its escaping runs some forty patterns
 * over every text, a sixth of an article's extraction). markdown.test.ts checks over random text
 * that both ways print the same Markdown.
 */
import { toMarkdown, type Options as ToMarkdownOptions } from "mdast-util-to-markdown";
import { directiveToMarkdown } from "mdast-util-directive";
import type { Root, RootContent } from "mdast";
import type { ContainerDirective } from "mdast-util-directive";
import type { Block } from "../extract/types.ts";

/** The directive name that marks a photo caption in article Markdown. */
export const CAPTION_DIRECTIVE = "caption";

/**
 * How article Markdown is serialized: CommonMark plus container directives, and a colon before a
 * letter or digit always escaped. The directive extension's own rule misses such a colon right
 * after another escaped character: "[:a{}" was written \[:a{}, which parses back as a text
 * directive and loses its braces (found by markdown.test.ts).
 */
export const MARKDOWN_OPTIONS: ToMarkdownOptions = {
  extensions: [directiveToMarkdown(), { unsafe: [{ character: ":", after: "[^\\s\\p{P}\\p{S}]", inConstruct: ["phrasing"], unicode: true }] }],
};
const OPTIONS = MARKDOWN_OPTIONS;

function blockToNode(block: Block): RootContent {
  const text = { type: "text" as const, value: block.text };
  switch (block.kind) {
    case "heading":
      return { type: "heading", depth: 2, children: [text] };
    case "caption": {
      const caption: ContainerDirective = {
        type: "containerDirective",
        name: CAPTION_DIRECTIVE,
        children: [{ type: "paragraph", children: [text] }],
      };
      return caption;
    }
    default:
      return { type: "paragraph", children: [text] };
  }
}

/** The mdast tree of article blocks (what `blocksToMarkdown` prints). */
export function articleTree(blocks: readonly Block[]): Root {
  return { type: "root", children: blocks.map(blockToNode) };
}

/**
 * Text the serializer may change: a character some escaping rule of CommonMark or directives looks at
 * (line breaks, `\` `` ` `` `*` `_` brackets, `<` `>` `&` `#` `|` `~`, a colon before a letter or digit),
 * an opening other than a letter, quote or bracket (list markers, "1.", "=", "+"), or blank edges. A
 * wider net than the serializer's own rules: a text it catches merely takes the slow way.
 */
const MAY_BE_ESCAPED = /[\t\n\r\\`*_[\]<>&#|~]|:[^\s\p{P}\p{S}]|^(?![\p{L}“"‘(])|\s$/u;

/** A block as Markdown, without the serializer when its text needs no escaping. */
function blockMarkdown(block: Block): string {
  const text = block.text;
  if (MAY_BE_ESCAPED.test(text)) return toMarkdown({ type: "root", children: [blockToNode(block)] }, OPTIONS).slice(0, -1);
  switch (block.kind) {
    case "heading":
      return `## ${text}`;
    case "caption":
      return `:::${CAPTION_DIRECTIVE}\n${text}\n:::`;
    default:
      return text;
  }
}

/** Serializes article blocks to Markdown (one blank line between blocks, a final line break). */
export function blocksToMarkdown(blocks: readonly Block[]): string {
  // An empty block prints as nothing, its blank lines merging with its neighbours'; a line break inside a block
  // changes how the serializer ends it: such pages (never made by extraction) go through it whole.
  if (blocks.length === 0 || blocks.some((b) => b.text === "" || /[\r\n]/.test(b.text))) return toMarkdown(articleTree(blocks), OPTIONS);
  return `${blocks.map(blockMarkdown).join("\n\n")}\n`;
}
