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

/**
 * The checked front-matter of an ingested article, checked once per object: under `npm start` an
 * unchanged file's record, and so its front-matter object, is the same from one rebuild to the
 * next (records are never changed in place; a correction makes a new object), so the check and
 * the checked object, which the site model and the page fingerprints take, are reused.
 */
const checkedOnce = new WeakMap<object, ArticleInput["frontMatter"]>();

export function checkIngested(frontMatter: object, name: string): ArticleInput["frontMatter"] {
  let checked = checkedOnce.get(frontMatter);
  if (!checked) {
    checked = checkArticle(frontMatter, "", name).frontMatter;
    checkedOnce.set(frontMatter, checked);
  }
  return checked;
}

/** Parses one article Markdown file and checks its front-matter. */
export function parseArticleFile(source: string, name: string): ArticleInput {
  // Without an options object gray-matter caches every source it parses (and shares the parsed
  // data between identical sources): an empty one keeps memory flat over 100,000 articles.
  const { data, content } = matter(source, {});
  return checkArticle(data, content, name);
}
