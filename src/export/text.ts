/** An article's Markdown body as plain text for text-mining tools: one paragraph (heading, caption) per block, no Markdown escapes. */
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkDirective from "remark-directive";
import type { Nodes, RootContent } from "mdast";

const parser = unified().use(remarkParse).use(remarkDirective);

/** The text of a node and everything inside it. */
function textOf(node: Nodes): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  if ("children" in node) return (node.children as Nodes[]).map(textOf).join("");
  return "";
}

/** The blocks of a caption or list are blocks of their own; any other block is one paragraph. */
function blocksOf(node: RootContent): string[] {
  if (node.type === "containerDirective" || node.type === "list" || node.type === "listItem" || node.type === "blockquote") {
    return node.children.flatMap((child) => blocksOf(child as RootContent));
  }
  const text = textOf(node).replace(/\s+/g, " ").trim();
  return text ? [text] : [];
}

/** Plain text of an article body: its blocks separated by blank lines. */
export function markdownToText(markdown: string): string {
  return parser.parse(markdown).children.flatMap(blocksOf).join("\n\n");
}
