/** Parses the build command's flags; unknown flags are an error with the usage text. */
import { parseArgs } from "node:util";
import { SITE } from "../site/config.ts";

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  basePath: string;
  siteUrl: string | null;
  strict: boolean;
  /** Build everything again: no page taken from the previous site, one search index rebuilt whole. */
  full?: boolean;
}

export const BUILD_USAGE = `Usage: npm run build -- [flags]

  --content DIR      folder of raw *.txt articles (default: content/raw)
  --out DIR          output folder for the site (default: _site)
  --base-path /p/    URL path the site is served under (default: /)
  --site-url URL     absolute URL of the deployed site, for canonical and feed links
  --strict           fail the build when any file is skipped or bad
  --full             build every page and the whole search index again (a rebuild
                     otherwise writes only what changed)
  --help             show this text`;

/** A user error in the command line: printed with the usage text, exit code 2. */
export class UsageError extends Error {}

/** Normalizes a base path to start and end with "/". */
export function normalizeBasePath(value: string): string {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

export function parseBuildArgs(argv: readonly string[]): BuildOptions | "help" {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        content: { type: "string" },
        out: { type: "string" },
        "base-path": { type: "string" },
        "site-url": { type: "string" },
        strict: { type: "boolean" },
        full: { type: "boolean" },
        help: { type: "boolean" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const v = parsed.values;
  if (v.help) return "help";
  let siteUrl: string | null = null;
  // The flag wins over the configured URL (src/site/config.ts).
  const givenUrl = v["site-url"] ?? SITE.url;
  if (givenUrl !== null) {
    try {
      const url = new URL(givenUrl);
      if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error();
      siteUrl = url.href;
    } catch {
      throw new UsageError(`--site-url must be an absolute http(s) URL, got "${givenUrl}"`);
    }
  }
  return {
    contentDir: v.content ?? "content/raw",
    outDir: v.out ?? "_site",
    basePath: normalizeBasePath(v["base-path"] ?? "/"),
    siteUrl,
    strict: v.strict ?? false,
    full: v.full ?? false,
  };
}
