/** Types for the Eleventy plugins this project registers (neither package ships its own). */
declare module "@11ty/eleventy-plugin-rss" {
  /** The official feed plugin: adds a virtual Atom/RSS/JSON feed template over one collection. */
  export const feedPlugin: (eleventyConfig: unknown, options?: Record<string, unknown>) => void;
}

declare module "@11ty/eleventy" {
  /** Eleventy's HTML <base> plugin (URL filters used by the feed plugin). */
  export const HtmlBasePlugin: (eleventyConfig: unknown, options?: Record<string, unknown>) => void;
}
