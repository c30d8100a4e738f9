/**
 * Render stage: Eleventy 3 (programmatic API) turns the site model into HTML pages from the
 * layouts in templates/. Articles are handed to Eleventy as virtual Markdown templates, so their
 * text is never run through a template engine.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { EleventyUserConfig } from "@11ty/eleventy";
import { pageHtml, rememberPageText, forgetPageTexts, type TextSource } from "./page-texts.ts";
import type { SiteModel, SiteArticle } from "../site/model.ts";
import { articleCrumbs } from "../site/crumbs.ts";
import { SITE, PREVIEW_SITE_URL, type Deployment } from "../site/config.ts";
import type { ReviewData } from "../editors/collect.ts";
import { allPaged, feedArticles, pageCount, splitPaged, pageFile, type PagedData, type PageEntry } from "./page-sets.ts";
import type { CollectionItem } from "./sitemap.ts";
import { cp } from "node:fs/promises";
import { PageWriter } from "./writer.ts";
import { hashModuleGraph } from "../source-hash.ts";
import { TEMPLATES } from "./templates.ts";

/**
 * Pages per Eleventy run. Eleventy keeps every page it renders until the run ends, so a large
 * archive is rendered in several runs: all but the last render only article, list and review
 * pages; the last also renders the pages that cover the whole site (feed, sitemap, indexes).
 */
export const PAGES_PER_RUN = 4_000;

/** The templates that make one page per item of the page sets (global data `paged`); the others make the site-wide pages. */
const PAGED_TEMPLATES = [
  "index.11ty.ts",
  "doi-tac/partner.11ty.ts",
  "nhan-vat/person.11ty.ts",
  "co-quan-bao-chi/outlet.11ty.ts",
  "luu-tru/year.11ty.ts",
  "luu-tru/month.11ty.ts",
  "chuoi-su-kien/series.11ty.ts",
  "bien-tap/index.11ty.ts",
  "moved.11ty.ts",
];

/** The folder of templates/ copied as it is into the site (stylesheets, scripts). */
const ASSETS = "assets";

/** How every HTML page the templates make begins. */
const WHOLE_DOCUMENT = /^<!doctype html>/i;

/** The collection of dated articles the Atom feed is drawn from. */
const FEED_COLLECTION = "feed";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const TEMPLATES_DIR = path.join(ROOT, "templates");

/**
 * Eleventy's input folder: one with no template file in it. Every template comes loaded, as a
 * virtual template under its path in templates/ (templates.ts), and Eleventy wants an existing
 * folder to look for others in. (Ignoring the template files instead depends on the working
 * directory: Eleventy matches ignores against paths relative to it.)
 */
const ELEVENTY_INPUT = path.join(TEMPLATES_DIR, ASSETS);

/** Articles' texts read at a time before a run. */
const CONCURRENT_TEXT_READS = 32;

export interface RenderOptions extends Deployment {
  outDir: string;
  model: SiteModel;
  /** The articles' texts, read for each run's article pages just before it and let go after it. */
  texts: TextSource;
  /** The editors' review data for the /bien-tap/ pages (raw lines, removed boilerplate, flags). */
  review: ReviewData;
  /** The article, list, series and review pages to render (default: all of them; see page-sets.ts). */
  paged?: PagedData;
  /** Pages taken from the previous build instead (for the sitemap). */
  reused?: readonly PageEntry[];
  /** The articles the Atom feed shows (they must be among those rendered; default: the newest). */
  feed?: ReadonlySet<SiteArticle>;
  /** Pages per Eleventy run (default PAGES_PER_RUN). */
  pagesPerRun?: number;
  /** Called once per page written, with its URL (for progress reports). */
  onPage?: (url: string) => void;
  /** Receives every page as written (path relative to `outDir`), to index it while rendering goes on. */
  indexPage?: (relativePath: string, html: string) => Promise<void>;
  /** Article pages after which `indexPage` writes a shard of the search index (see splitPaged; default: never). */
  articlesPerShard?: number;
  /**
   * Which site-wide outputs to render (see SiteWidePart; default all): a rebuild leaves out those
   * whose data did not change. Without the feed, the feed's articles need not be among those rendered.
   */
  siteWide?: ReadonlySet<SiteWidePart>;
}

/**
 * The site-wide outputs, rendered in the last run, by the data they show: the group and archive
 * indexes, the search page's filters, the open data, the sitemap, the pages that show nothing of
 * the archive (404, robots.txt, _headers) and the Atom feed.
 */
export const SITE_WIDE_PARTS = ["indexes", "search", "opendata", "sitemap", "static", "feed"] as const;
export type SiteWidePart = (typeof SITE_WIDE_PARTS)[number];

/**
 * The site-wide templates (relative to templates/) and the parts whose change renders them. The
 * sitemap lists the site-wide pages it finds rendered in its run, so those render with it. A
 * template missing here is rendered every time.
 */
const SITE_WIDE_TEMPLATES: Record<string, readonly SiteWidePart[]> = {
  "group-index.11ty.ts": ["indexes", "sitemap"],
  "luu-tru/index.11ty.ts": ["indexes", "sitemap"],
  "tim-kiem.11ty.ts": ["search"],
  "tim-kiem/loc.11ty.ts": ["search"],
  "tim-kiem/chi-tiet.11ty.ts": ["search"],
  "tim-kiem/du-lieu.json.11ty.ts": ["search"],
  "du-lieu/articles.json.11ty.ts": ["opendata"],
  "du-lieu/articles.csv.11ty.ts": ["opendata"],
  "du-lieu/index.11ty.ts": ["opendata", "sitemap"],
  "sitemap.11ty.ts": ["sitemap"],
  "404.11ty.ts": ["static"],
  "robots.11ty.ts": ["static"],
  "_headers.11ty.ts": ["static"],
};

/**
 * The Markdown "library" Eleventy calls for article pages: one object for the life of the process,
 * because Eleventy remembers every library given to setLibrary in a module-level set (to amend each
 * once), and a new one per run kept each run's configuration, and through it the site, alive.
 */
const MARKDOWN_LIBRARY = { render: (markdown: string) => pageHtml(markdown) };

/**
 * Lets go of what Eleventy caches for the whole process after a run. Its compile cache is a
 * module-level map keyed by each run's configuration, whose entries hold that run's data (every
 * article of the run): kept, a large archive's render runs, or an editor's rebuilds in `npm start`,
 * each left the previous ones in memory. Eleventy clears it on this event of its internal bus
 * when its own configuration is reloaded.
 */
async function resetEleventyCaches(): Promise<void> {
  const bus = new URL("EventBus.js", import.meta.resolve("@11ty/eleventy"));
  const { default: eventBus } = (await import(bus.href)) as { default: { emit(event: string): Promise<unknown> } };
  await eventBus.emit("eleventy.compileCacheReset");
}

/** One Eleventy run: its share of the page sets, and whether it renders the site-wide pages. */
interface Run {
  paged: PagedData;
  /** The site-wide outputs this run renders (the last run only). */
  siteWide: ReadonlySet<SiteWidePart>;
  /** Pages rendered by other runs or taken from the previous build, for the sitemap. */
  elsewhere: CollectionItem[];
  feed: ReadonlySet<SiteArticle>;
  /** The Markdown body of each article page of the run. */
  bodies: ReadonlyMap<SiteArticle, string>;
}

/** Eleventy and the plugins it is configured with, loaded when a build has pages to render (a large import). */
type Plugins = { HtmlBasePlugin: unknown; feedPlugin: unknown };

function configure(options: RenderOptions, run: Run, writer: PageWriter, plugins: Plugins) {
  const { paged, feed } = run;
  return (eleventyConfig: EleventyUserConfig): void => {
    eleventyConfig.addExtension(["11ty.ts"], { key: "11ty.js" });
    eleventyConfig.addTemplateFormats("11ty.ts");
    // njk only for the feed plugin's virtual Atom template; templates/ holds no .njk files.
    eleventyConfig.setTemplateFormats(["md", "11ty.ts", "njk"]);
    eleventyConfig.setLibrary("md", MARKDOWN_LIBRARY);
    eleventyConfig.addGlobalData("site", { ...SITE, basePath: options.basePath, siteUrl: options.siteUrl });
    eleventyConfig.addGlobalData("archive", options.model);
    eleventyConfig.addGlobalData("review", options.review);
    eleventyConfig.addGlobalData("paged", paged);
    eleventyConfig.addGlobalData("reusedPages", run.elsewhere);
    // The templates come loaded (templates.ts), as virtual templates under their own paths.
    for (const [file, module] of Object.entries(TEMPLATES)) {
      const parts = SITE_WIDE_TEMPLATES[file];
      const wanted = isLayoutOrPaged(file) || (parts ? parts.some((part) => run.siteWide.has(part)) : run.siteWide.size > 0);
      // A copy: Eleventy adds to a template's object, which a module's namespace does not allow.
      if (wanted) eleventyConfig.addTemplate(file, { ...module }, {});
    }
    const onPage = options.onPage;
    if (onPage) {
      eleventyConfig.addTransform("progress", function (this: { page: { url: string } }, content: string) {
        onPage(this.page.url);
        return content;
      });
    }
    eleventyConfig.setQuietMode(true);
    // Pages add the base path themselves (withBase), so the <base> plugin keeps baseHref "/" and
    // rewrites no HTML; it is registered first only for the URL filters the feed plugin uses.
    eleventyConfig.addPlugin(plugins.HtmlBasePlugin, { baseHref: "/" });
    if (run.siteWide.has("feed")) eleventyConfig.addPlugin(plugins.feedPlugin, {
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
      eleventyConfig.addTemplate(`${article.url.slice(1, -1)}.md`, run.bodies.get(article)!, {
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
    // Registered last, so it sees each page exactly as it is written. Eleventy runs dry (it
    // renders but writes nothing); this transform hands each page to the writer and the index.
    eleventyConfig.addTransform("write", async function (this: { page: { outputPath: string | false } }, content: string) {
      const { outputPath } = this.page;
      // The feed runs the transforms on each entry's content under that entry's page: a fragment,
      // not the page, which must be neither written over the page nor indexed.
      if (!outputPath || (outputPath.endsWith(".html") && !WHOLE_DOCUMENT.test(content))) return content;
      const file = path.resolve(outputPath);
      await writer.write(file, content);
      if (indexPage) await indexPage(path.relative(options.outDir, file), content);
      // Eleventy keeps what the last transform returns until the run ends; the page is written, so
      // nothing of it need stay (collections, the feed included, read the content before layouts).
      return "";
    });
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

/** The pages of a run, as the sitemap reads collection items (review pages are not listed). */
function sitemapItems(paged: PagedData): CollectionItem[] {
  const { articles, review: _review, moved, ...lists } = paged;
  return [
    ...moved.map((p) => ({ url: p.url, outputPath: pageFile(p.url), data: { excludeFromSitemap: true } })),
    ...articles.map((a) => ({ url: a.url, outputPath: pageFile(a.url), data: { article: { date: a.date } } })),
    ...Object.values(lists).flatMap((items: { url: string }[]) => items.map((p) => ({ url: p.url, outputPath: pageFile(p.url), data: {} }))),
  ];
}

/** Whether a template (relative to templates/) is a layout or makes pages of the page sets, rather than a site-wide page. */
function isLayoutOrPaged(file: string): boolean {
  return file.startsWith("_includes/") || PAGED_TEMPLATES.includes(file);
}

/**
 * The version of everything a page's HTML depends on besides its data: the templates and the
 * modules they import, this module's, the installed dependencies and the deployment. Pages
 * rendered with another version are not reused.
 */
export async function renderVersion(deployment: Deployment): Promise<string> {
  // This module imports every template (templates.ts), so its graph holds them and what they import.
  const self = path.relative(ROOT, fileURLToPath(import.meta.url));
  return hashModuleGraph(ROOT, [self, "package-lock.json"], [deployment.basePath, deployment.siteUrl ?? ""]);
}

/** Eleventy and its feed plugin, loaded once (a third of a second: worth starting before a render needs them, see preloadRenderer). */
function loadEleventy() {
  // Eleventy registers a module loader hook (on a thread of its own, through which every later
  // import then passes) so that its watch mode can import changed JavaScript templates and data
  // files again. The build imports the templates itself and Eleventy imports no file of ours,
  // so the hook has nothing to do here; ELEVENTY_SKIP_ESM_RESOLVER is Eleventy's own switch.
  process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= "true";
  return Promise.all([import("@11ty/eleventy"), import("@11ty/eleventy-plugin-rss")]);
}

/** Loads the renderer ahead of the first render (a build starts it while ingest waits on files). */
export async function preloadRenderer(): Promise<void> {
  await loadEleventy();
}

/** Renders the site into `options.outDir` (the pages of `options.paged`, and every site-wide page). */
export async function renderSite(options: RenderOptions): Promise<void> {
  const paged = options.paged ?? allPaged(options.model, options.review);
  const feed = options.feed ?? feedArticles(options.model);
  const parts = pageCount(paged) > (options.pagesPerRun ?? PAGES_PER_RUN) ? splitPaged(paged, options.pagesPerRun ?? PAGES_PER_RUN, feed, options.articlesPerShard) : [paged];
  const reused = (options.reused ?? []).map(sitemapItem);
  const siteWide = options.siteWide ?? new Set<SiteWidePart>(SITE_WIDE_PARTS);
  const writer = new PageWriter();
  await cp(path.join(TEMPLATES_DIR, ASSETS), path.join(options.outDir, ASSETS), { recursive: true });
  for (const [i, part] of parts.entries()) {
    const last = i === parts.length - 1;
    // Nothing to render at all (a rebuild after which no page changed): no Eleventy run.
    if (last && parts.length === 1 && siteWide.size === 0 && pageCount(part) === 0) break;
    const elsewhere = last ? [...reused, ...parts.slice(0, -1).flatMap(sitemapItems)] : [];
    // The run's article texts: read now, their HTML remembered for the Markdown adapter, let go after the run.
    const bodies = new Map<SiteArticle, string>();
    let next = 0;
    const read = async () => {
      for (let i = next++; i < part.articles.length; i = next++) {
        const article = part.articles[i]!;
        const text = await options.texts(article);
        bodies.set(article, text.body);
        rememberPageText(text);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENT_TEXT_READS }, read));
    const [{ default: Eleventy, HtmlBasePlugin }, { feedPlugin }] = await loadEleventy();
    const elev = new Eleventy(ELEVENTY_INPUT, options.outDir, {
      quietMode: true,
      pathPrefix: options.basePath,
      configPath: false,
      dryRun: true,
      config: configure(options, { paged: part, siteWide: last ? siteWide : new Set(), elsewhere, feed, bodies }, writer, { HtmlBasePlugin, feedPlugin }),
    });
    try {
      await elev.write();
    } finally {
      forgetPageTexts();
      await resetEleventyCaches();
    }
  }
  await writer.finish();
}
