/**
 * Writes article blocks as Markdown through mdast, so scraped text is escaped by the serializer
 * (a line starting "# ", "<script>", "[x](javascript:…)" stays text) instead of by hand.
 * Captions become `:::caption` container directives, rendered later as <figure>/<figcaption>.
 */
import { toMarkdown } from "mdast-util-to-markdown";
import { directiveToMarkdown } from "mdast-util-directive";
import type { Root, RootContent } from "mdast";
import type { ContainerDirective } from "mdast-util-directive";
import type { Block } from "../extract/types.ts";

/** The directive name that marks a photo caption in article Markdown. */
export const CAPTION_DIRECTIVE = "caption";

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

/** Serializes article blocks to Markdown. */
export function blocksToMarkdown(blocks: readonly Block[]): string {
  const tree: Root = { type: "root", children: blocks.map(blockToNode) };
  return toMarkdown(tree, { extensions: [directiveToMarkdown()] });
}
