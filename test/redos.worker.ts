/**
 * Child process for test/redos.test.ts: runs each pathological text through the whole ingest
 * (extractArticle, then processRaw with decoding and Markdown, then rendering) and reports each
 * stage before it starts, so the parent can name the stage that runs away.
 */
import { extractArticle } from "../src/extract/index.ts";
import { processRaw } from "../src/ingest/article.ts";
import { renderMarkdown } from "../src/render/markdown.ts";

export interface RedosCase {
  name: string;
  text: string;
}
export type RedosReport = { name: string; stage: "extract" | "ingest" | "render" | "done"; error?: string };

const send = (report: RedosReport): void => void process.send!(report);

process.on("message", ({ name, text }: RedosCase) => {
  try {
    send({ name, stage: "extract" });
    extractArticle(text, { today: new Date("2025-01-01") });
    send({ name, stage: "ingest" });
    const processed = processRaw(new TextEncoder().encode(text), `${name}.txt`, { today: new Date("2025-01-01") });
    send({ name, stage: "render" });
    if (processed.ok) renderMarkdown(processed.body);
    send({ name, stage: "done" });
  } catch (error) {
    send({ name, stage: "done", error: (error as Error).stack ?? String(error) });
  }
});
