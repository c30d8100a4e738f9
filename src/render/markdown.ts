/**
 * The Markdown adapter: article Markdown → sanitized HTML through unified
 * (remark-parse → remark-directive → captions → remark-rehype → rehype-sanitize → rehype-stringify).
 * Raw HTML in an article is never passed through. Ingest renders each body once, from the blocks
 * it extracted (the same HTML, without parsing their Markdown back), and keeps the HTML in its
 * cache; the render stage takes it from there (page-texts.ts).
 */
import { unified, type Plugin } from "unified";
import remarkParse from "remark-parse";
import remarkDirective from "remark-directive";
import remarkRehype from "remark-rehype";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import { visit } from "unist-util-visit";
import type { Root, Paragraph } from "mdast";
import { articleTree, blocksToMarkdown, CAPTION_DIRECTIVE } from "../ingest/markdown.ts";
import type { Block } from "../extract/types.ts";

/** Turns `:::caption` blocks into <figure><figcaption>; any other directive goes back to plain text. */
const remarkCaptions: Plugin<[], Root> = () => (tree) => {
  visit(tree, (node, index, parent) => {
    if (node.type === "containerDirective" && node.name === CAPTION_DIRECTIVE) {
      node.data = { hName: "figure", hProperties: { className: ["caption"] } };
      for (const child of node.children) {
        if (child.type === "paragraph") (child as Paragraph).data = { hName: "figcaption" };
      }
      return;
    }
    if (
      (node.type === "containerDirective" || node.type === "leafDirective" || node.type === "textDirective") &&
      parent &&
      index !== undefined
    ) {
      const marker = node.type === "containerDirective" ? ":::" : node.type === "leafDirective" ? "::" : ":";
      parent.children.splice(index, 1, { type: "text", value: marker + node.name } as never, ...(node.children as never[]));
      return index;
    }
    return undefined;
  });
};

/** GitHub's sanitize schema plus the figure elements captions need. */
const schema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), "figure", "figcaption"],
  attributes: { ...defaultSchema.attributes, figure: ["className"] },
};

const processor = unified()
  .use(remarkParse)
  .use(remarkDirective)
  .use(remarkCaptions)
  .use(remarkRehype)
  .use(rehypeSanitize, schema)
  .use(rehypeStringify)
  .freeze();

/** Renders article Markdown to safe HTML. */
export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}

/**
 * Renders extracted article blocks to the HTML their Markdown renders to (see blocksToMarkdown),
 * running the same transforms on the blocks' own tree instead of parsing the Markdown back: a
 * quarter of ingest went to that parse. markdown.test.ts checks both give the same HTML.
 */
export function renderBlocks(blocks: readonly Block[]): string {
  // Parsing drops what Markdown cannot hold: a block's blank edges, an empty block, line breaks and tabs inside one
  // (extraction makes none of them); such blocks take the long way.
  if (blocks.some((b) => b.text === "" || /^\s|\s$|[\t\n\r]/u.test(b.text))) return renderMarkdown(blocksToMarkdown(blocks));
  return processor.stringify(processor.runSync(articleTree(blocks)));
}
