/**
 * Render stage: Eleventy 3 (programmatic API) turns the site model into HTML pages from the
 * layouts in templates/. Articles are handed to Eleventy as virtual Markdown templates, so their
 * text is never run through a template engine.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy, { HtmlBasePlugin, type EleventyUserConfig } from "@11ty/eleventy";
import { feedPlugin } from "@11ty/eleventy-plugin-rss";
import { renderMarkdown } from "./markdown.ts";
import type { SiteModel, SiteArticle } from "../site/model.ts";
import { articleCrumbs } from "../site/crumbs.ts";
import { SITE, PREVIEW_SITE_URL, type Deployment } from "../site/config.ts";
import type { ReviewData } from "../editors/collect.ts";
import { allPaged, feedArticles, type PagedData, type PageEntry } from "./page-sets.ts";
import type { CollectionItem } from "./sitemap.ts";
import { readdir } from "node:fs/promises";
import { hashModuleGraph } from "../source-hash.ts";

/** The collection of dated articles the Atom feed is drawn from. */
const FEED_COLLECTION = "feed";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const TEMPLATES_DIR = path.join(ROOT, "templates");

export interface RenderOptions extends Deployment {
  outDir: string;
  model: SiteModel;
  /** The editors' review data for the /bien-tap/ pages (raw lines, removed boilerplate, flags). */
  review: ReviewData;
  /** The article, list, series and review pages to render (default: all of them; see page-sets.ts). */
  paged?: PagedData;
  /** Pages taken from the previous build instead (for the sitemap). */
  reused?: readonly PageEntry[];
  /** The articles the Atom feed shows (they must be among those rendered; default: the newest). */
  feed?: ReadonlySet<SiteArticle>;
  /** Called once per page written, with its URL (for progress reports). */
  onPage?: (url: string) => void;
  /** Receives every page as written (path relative to `outDir`), to index it while rendering goes on. */
  indexPage?: (relativePath: string, html: string) => Promise<void>;
}

/** The Eleventy configuration: template formats, the Markdown adapter, data and article pages. */
function configure(options: RenderOptions) {
  const paged = options.paged ?? allPaged(options.model, options.review);
  const feed = options.feed ?? feedArticles(options.model);
  return (eleventyConfig: EleventyUserConfig): void => {
    eleventyConfig.addExtension(["11ty.ts"], { key: "11ty.js" });
    eleventyConfig.addTemplateFormats("11ty.ts");
    // njk only for the feed plugin's virtual Atom template; templates/ holds no .njk files.
    eleventyConfig.setTemplateFormats(["md", "11ty.ts", "njk"]);
    eleventyConfig.setLibrary("md", { render: (markdown: string) => renderMarkdown(markdown) });
    eleventyConfig.addGlobalData("site", { ...SITE, basePath: options.basePath, siteUrl: options.siteUrl });
    eleventyConfig.addGlobalData("archive", options.model);
    eleventyConfig.addGlobalData("review", options.review);
    eleventyConfig.addGlobalData("paged", paged);
    eleventyConfig.addGlobalData("reusedPages", (options.reused ?? []).map(sitemapItem));
    const onPage = options.onPage;
    if (onPage) {
      eleventyConfig.addTransform("progress", function (this: { page: { url: string } }, content: string) {
        onPage(this.page.url);
        return content;
      });
    }
    eleventyConfig.setQuietMode(true);
    eleventyConfig.addPassthroughCopy({ [path.join(TEMPLATES_DIR, "assets")]: "assets" });
    // Pages add the base path themselves (withBase), so the <base> plugin keeps baseHref "/" and
    // rewrites no HTML; it is registered first only for the URL filters the feed plugin uses.
    eleventyConfig.addPlugin(HtmlBasePlugin, { baseHref: "/" });
    eleventyConfig.addPlugin(feedPlugin, {
      type: "atom",
      outputPath: "/feed.xml",
      collection: { name: FEED_COLLECTION, limit: SITE.feedSize },
      metadata: {
        language: SITE.language,
        title: SITE.name,
        subtitle: SITE.description,
        base: (options.siteUrl ?? PREVIEW_SITE_URL).replace(/\/?$/, "/"),
        author: { name: SITE.name },
      },
    });
    for (const article of paged.articles) {
      eleventyConfig.addTemplate(`${article.url.slice(1, -1)}.md`, article.body, {
        layout: "article.11ty.ts",
        // Never run scraped text through a template engine: "{{" and "{%" stay literal.
        templateEngineOverride: "md",
        permalink: `${article.url}index.html`,
        article,
        title: article.title,
        description: article.summary,
        summary: article.summary,
        breadcrumbs: articleCrumbs(article),
        ...(article.date ? { date: article.date } : {}),
        ...(feed.has(article) ? { tags: [FEED_COLLECTION] } : {}),
      });
    }
    const indexPage = options.indexPage;
    if (indexPage) {
      // Registered last, so it sees each page exactly as it is written.
      eleventyConfig.addTransform("search-index", async function (this: { page: { outputPath: string | false } }, content: string) {
        const { outputPath } = this.page;
        if (outputPath) await indexPage(path.relative(options.outDir, path.resolve(outputPath)), content);
        return content;
      });
    }
  };
}

/** A page taken from the previous build, as the sitemap reads collection items. */
function sitemapItem(page: PageEntry): CollectionItem {
  return {
    url: page.url,
    outputPath: page.file,
    data: page.sitemap ? { article: { date: page.sitemap.lastmod } } : { excludeFromSitemap: true },
  };
}

/**
 * The version of everything a page's HTML depends on besides its data: the templates and the
 * modules they import, this module's, the installed dependencies and the deployment. Pages
 * rendered with another version are not reused.
 */
export async function renderVersion(deployment: Deployment): Promise<string> {
  const templates = (await readdir(TEMPLATES_DIR, { recursive: true })).filter((f) => f.endsWith(".ts")).map((f) => path.join("templates", f));
  const self = path.relative(ROOT, fileURLToPath(import.meta.url));
  return hashModuleGraph(ROOT, [...templates, self, "package-lock.json"], [deployment.basePath, deployment.siteUrl ?? ""]);
}

/** Renders the site into `options.outDir` (the pages of `options.paged`, and every other page). */
export async function renderSite(options: RenderOptions): Promise<void> {
  const elev = new Eleventy(TEMPLATES_DIR, options.outDir, {
    quietMode: true,
    pathPrefix: options.basePath,
    configPath: false,
    config: configure(options),
  });
  await elev.write();
}
