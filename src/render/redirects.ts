/**
 * Redirects from old article URLs (the `redirectFrom` of the permalinks file): a small page at each
 * old URL that sends readers on (meta refresh), tells search engines where the article lives
 * (canonical) and keeps itself out of their index (noindex), plus a `_redirects` file with the same
 * moves as HTTP 301s for the static hosts that read it (Netlify, Cloudflare Pages).
 */
import { mkdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { html } from "./html.ts";
import { absoluteUrl, withBase, SITE, type Deployment } from "../site/config.ts";
import { STRINGS } from "../site/strings.ts";
import type { Redirect } from "../site/permalinks.ts";

const S = STRINGS.redirect;

/** The file that serves an old URL: its index.html for a folder path ("/a/b/", "/a/b"), the file itself for a file name ("/a/b.html"). */
export function redirectFile(from: string): string {
  const last = from.replace(/\/$/, "").split("/").at(-1)!;
  return from.endsWith("/") || !last.includes(".") ? `${from.replace(/\/?$/, "/")}index.html` : from;
}

/** The page served at an old URL. */
export function redirectPage(to: string, title: string, deployment: Deployment): string {
  const target = withBase(deployment.basePath, to);
  const canonical = absoluteUrl(deployment, to) ?? target;
  return `<!doctype html>\n${html`<html lang="${SITE.language}">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${target}">
<link rel="canonical" href="${canonical}">
<title>${S.title(title)}</title>
</head>
<body>
<p>${S.text} <a href="${target}">${title}</a></p>
</body>
</html>`.value}\n`;
}

/** The `_redirects` file: one "old new 301" line per redirect, paths with the base path. */
export function redirectsFile(redirects: readonly Redirect[], basePath: string): string {
  const lines = redirects.map((r) => `${withBase(basePath, r.from)} ${withBase(basePath, r.to)} 301`);
  return `# Old article addresses and where they moved (from permalinks.yaml); each also has a redirect page.\n${lines.join("\n")}\n`;
}

/**
 * Writes the redirect pages and the `_redirects` file into a built site. An old URL that is a
 * page of the site is an error: the redirect would replace it.
 */
export async function writeRedirects(siteDir: string, redirects: readonly Redirect[], titles: ReadonlyMap<string, string>, deployment: Deployment): Promise<void> {
  if (redirects.length === 0) return;
  for (const r of redirects) {
    const file = path.join(siteDir, redirectFile(r.from));
    if (await stat(file).then(() => true, () => false)) {
      throw new Error(`permalinks: redirectFrom ${r.from} (of ${r.id}) is a page of the site; choose another old URL or remove it`);
    }
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, redirectPage(r.to, titles.get(r.id) ?? r.to, deployment));
  }
  await writeFile(path.join(siteDir, "_redirects"), redirectsFile(redirects, deployment.basePath));
}
