/** Parses the build command's flags; unknown flags are an error with the usage text. */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { SITE } from "../site/config.ts";

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  basePath: string;
  siteUrl: string | null;
  strict: boolean;
  /**
   * Not flags, for tests and tools that build into temporary folders: whether the build adds new
   * articles to the permalinks file beside the content folder (default true; src/site/permalinks.ts),
   * and each file's extraction time limit (default FILE_TIME_LIMIT_MS, src/ingest/pool.ts).
   */
  recordPermalinks?: boolean;
  fileTimeLimitMs?: number;
  /** Build everything again: no page taken from the previous site, one search index rebuilt whole. */
  full?: boolean;
  /** No other build follows in this process (`npm run build`): nothing is kept to speed up a next one. */
  last?: boolean;
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

/** The --site-url flag, or else the configured URL (src/site/config.ts), checked; null when neither is set. */
function siteUrlOf(flag: string | undefined): string | null {
  const givenUrl = flag ?? SITE.url;
  if (givenUrl === null) return null;
  try {
    const url = new URL(givenUrl);
    if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error();
    return url.href;
  } catch {
    throw new UsageError(`--site-url must be an absolute http(s) URL, got "${givenUrl}"`);
  }
}

/** `parseArgs` with every flag named and no positionals; an unknown or malformed flag is a UsageError. */
function strictFlags<T extends NonNullable<ParseArgsConfig["options"]>>(argv: readonly string[], options: T) {
  try {
    return parseArgs<{ args: string[]; strict: true; allowPositionals: false; options: T }>({ args: [...argv], strict: true, allowPositionals: false, options });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function parseBuildArgs(argv: readonly string[]): BuildOptions | "help" {
  const parsed = strictFlags(argv, {
    content: { type: "string" },
    out: { type: "string" },
    "base-path": { type: "string" },
    "site-url": { type: "string" },
    strict: { type: "boolean" },
    full: { type: "boolean" },
    help: { type: "boolean" },
  });
  const v = parsed.values;
  if (v.help) return "help";
  const siteUrl = siteUrlOf(v["site-url"]);
  return {
    contentDir: v.content ?? "content/raw",
    outDir: v.out ?? "_site",
    basePath: normalizeBasePath(v["base-path"] ?? "/"),
    siteUrl,
    strict: v.strict ?? false,
    full: v.full ?? false,
  };
}

export interface ExportArgs {
  contentDir: string;
  outDir: string;
  siteUrl: string | null;
}

export const EXPORT_USAGE = `Usage: npm run export -- --out DIR [flags]

  --out DIR          folder to write the corpus into (new, empty, or an earlier export, which is replaced)
  --content DIR      folder of raw *.txt articles (default: content/raw)
  --site-url URL     absolute URL of the deployed site, for absolute article URLs in the open data
  --help             show this text`;

/** Parses the export command's flags (`npm run export`). */
export function parseExportArgs(argv: readonly string[]): ExportArgs | "help" {
  const parsed = strictFlags(argv, { content: { type: "string" }, out: { type: "string" }, "site-url": { type: "string" }, help: { type: "boolean" } });
  const v = parsed.values;
  if (v.help) return "help";
  if (!v.out) throw new UsageError("--out DIR is required");
  return { contentDir: v.content ?? "content/raw", outDir: v.out, siteUrl: siteUrlOf(v["site-url"]) };
}
