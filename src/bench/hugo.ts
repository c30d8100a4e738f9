/**
 * The benchmark's reference: a minimal Hugo site holding the same article text (the Markdown
 * bodies our ingest extracts), built by the `hugo` binary and indexed by the Pagefind CLI.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { listRawFiles } from "../ingest/index.ts";
import { processRaw } from "../ingest/article.ts";

const CONFIG = `baseURL = "/"
languageCode = "vi"
title = "Lưu trữ"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
`;

/** The same contract our site keeps: lang="vi" and data-pagefind-body on the article only. */
const LAYOUTS: Record<string, string> = {
  "_default/baseof.html": `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><header><a href="/">Lưu trữ</a></header>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
`,
  "_default/single.html": `{{ define "main" }}<article data-pagefind-body>
<h1>{{ .Title }}</h1>
{{ with .Date }}<time>{{ .Format "2006-01-02" }}</time>{{ end }}
{{ .Content }}
</article>{{ end }}
`,
  "_default/list.html": `{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
`,
  "index.html": `{{ define "main" }}<h1>Lưu trữ</h1>
<ul>{{ range first 20 .Site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
`,
};

/** Writes the Hugo project for the raw files of `contentDir` into `projectDir`; returns the article count. */
export async function writeHugoProject(contentDir: string, projectDir: string): Promise<number> {
  await mkdir(path.join(projectDir, "content", "bai-viet"), { recursive: true });
  await writeFile(path.join(projectDir, "hugo.toml"), CONFIG);
  for (const [name, text] of Object.entries(LAYOUTS)) {
    await mkdir(path.dirname(path.join(projectDir, "layouts", name)), { recursive: true });
    await writeFile(path.join(projectDir, "layouts", name), text);
  }
  let count = 0;
  for (const file of await listRawFiles(contentDir)) {
    const processed = processRaw(await readFile(path.join(contentDir, file)), file);
    if (!processed.ok) continue;
    const { title, date } = processed.frontMatter;
    // JSON strings are valid YAML scalars, so titles need no further escaping.
    const frontMatter = [`title: ${JSON.stringify(title)}`, date ? `date: ${date}` : null].filter((l) => l !== null).join("\n");
    const slug = processed.frontMatter.id.replace(/[^a-z0-9]+/gi, "-");
    await writeFile(path.join(projectDir, "content", "bai-viet", `${slug}.md`), `---\n${frontMatter}\n---\n\n${processed.body}\n`);
    count++;
  }
  return count;
}

/** The commands that build and index the reference site (run by the benchmark, timed per stage). */
export function referenceCommands(projectDir: string, siteDir: string): { render: [string, string[]]; index: [string, string[]] } {
  return {
    render: ["hugo", ["--source", projectDir, "--destination", siteDir, "--quiet", "--cleanDestinationDir"]],
    index: [path.resolve("node_modules/.bin/pagefind"), ["--site", siteDir, "--force-language", "vi", "--quiet"]],
  };
}
