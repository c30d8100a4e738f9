/** schema.org JSON-LD for pages: NewsArticle and BreadcrumbList, serialized safely into <script>. */
import { trusted, type SafeHtml } from "./html.ts";
import { SITE } from "../site/config.ts";

/** A crumb of the visible breadcrumbs and of the BreadcrumbList; the last one is the page itself. */
export interface Crumb {
  name: string;
  /** Root-relative site URL (without the base path). */
  url: string;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };

/**
 * JSON inside <script>: "<", ">" and "&" are escaped as \u003c etc., so no text can close the
 * element or open a comment, and U+2028/U+2029 cannot break older parsers.
 */
export function jsonForScript(value: Json): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** A <script type="application/ld+json"> element holding `value`. */
export function jsonLdScript(value: Json): SafeHtml {
  return trusted(`<script type="application/ld+json">${jsonForScript(value)}</script>`);
}

/** BreadcrumbList for crumbs whose URLs `resolve` makes absolute (or base-relative). */
export function breadcrumbList(crumbs: readonly Crumb[], resolve: (url: string) => string): Json {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((c, i) => ({ "@type": "ListItem", position: i + 1, name: c.name, item: resolve(c.url) })),
  };
}

export interface NewsArticleInput {
  headline: string;
  url: string;
  datePublished: string | null;
  description: string;
  outlet: string | null;
  credits: readonly string[];
  partners: readonly { name: string; url: string }[];
  participants: readonly { name: string; title: string; url: string | null }[];
  siteName: string;
}

/** NewsArticle: author from the credits (or the outlet), publisher the outlet (or this archive). */
export function newsArticle(a: NewsArticleInput, resolve: (url: string) => string): Json {
  const publisher = { "@type": "Organization", name: a.outlet ?? a.siteName };
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: a.headline,
    url: resolve(a.url),
    mainEntityOfPage: resolve(a.url),
    inLanguage: SITE.language,
    datePublished: a.datePublished ?? undefined,
    description: a.description || undefined,
    author: a.credits.length ? a.credits.map((name) => ({ "@type": "Person", name })) : publisher,
    publisher,
    about: a.partners.map((p) => ({ "@type": "Country", name: p.name, url: resolve(p.url) })),
    mentions: a.participants.map((p) => ({ "@type": "Person", name: p.name, jobTitle: p.title || undefined, url: p.url ? resolve(p.url) : undefined })),
  };
}
