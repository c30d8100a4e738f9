/** How the site takes an article: its front-matter checked against the schema, from memory or a Markdown file. */
import matter from "gray-matter";
import { FrontMatterSchema } from "../schema.ts";
import type { ArticleInput } from "./model.ts";

/** Checks front-matter against the schema; throws with `name` and the schema's complaint. */
export function checkArticle(data: unknown, body: string, name: string): ArticleInput {
  const checked = FrontMatterSchema.safeParse(data);
  if (!checked.success) throw new Error(`${name}: front-matter does not match the schema: ${checked.error.message}`);
  return { frontMatter: checked.data, body };
}

/** Parses one article Markdown file and checks its front-matter. */
export function parseArticleFile(source: string, name: string): ArticleInput {
  // Without an options object gray-matter caches every source it parses (and shares the parsed
  // data between identical sources): an empty one keeps memory flat over 100,000 articles.
  const { data, content } = matter(source, {});
  return checkArticle(data, content, name);
}
