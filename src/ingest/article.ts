/** One raw file to one article: decode, extract, and shape the front-matter and `extract` record. */
import { createHash } from "node:crypto";
import { articleId } from "./article-id.ts";
import { decodeRaw } from "./decode.ts";
import { blocksToMarkdown } from "./markdown.ts";
import { extractArticle, type ExtractOptions } from "../extract/index.ts";
import { FrontMatterSchema, type Extraction, type FrontMatter } from "../schema.ts";
import type { Block, ExtractedArticle, RemovedLine } from "../extract/types.ts";

export type ProcessedRaw =
  | {
      ok: true;
      /** The raw file's decoded text. */
      rawText: string;
      frontMatter: FrontMatter;
      body: string;
      /** The article's blocks, whose Markdown `body` is. */
      blocks: Block[];
      extraction: Extraction;
      notes: string[];
      removedLines: RemovedLine[];
      recheckOn: string | null;
      repeatables: ExtractedArticle["repeatables"];
    }
  | { ok: false; reason: string };

/** Processes one raw file's bytes into an article, or the reason it is skipped. */
export function processRaw(bytes: Uint8Array, relativePath: string, options: ExtractOptions = {}): ProcessedRaw {
  const decoded = decodeRaw(bytes);
  if (!decoded.ok) return decoded;
  const found = extractArticle(decoded.text, { source: relativePath, ...options });
  if (found.blocks.length === 0 || found.title === null) return { ok: false, reason: "no article text found (only site furniture)" };
  const body = blocksToMarkdown(found.blocks);
  const file = relativePath.split("\\").join("/");
  const meta = {
    file,
    title: found.title,
    titleDerived: found.titleDerived,
    date: found.date.date,
    dateBasis: found.date.basis,
    partners: found.partners.names,
    partnerCodes: found.partners.codes,
    event: found.event.event,
    eventOrdinal: found.event.ordinal,
    location: found.location,
    participants: found.participants,
    mentioned: found.mentioned,
    outlet: found.outlet,
    credits: found.credits,
  };
  const frontMatter = FrontMatterSchema.parse({
    ...meta,
    id: articleId(file),
    sourceHash: createHash("sha256").update(bytes).digest("hex"),
    encoding: decoded.encoding,
    warnings: [...decoded.problems, ...found.warnings],
    corrected: [],
  });
  const extraction: Extraction = { ...meta, body, removed: found.removed.map((r) => r.text) };
  return { ok: true, rawText: decoded.text, frontMatter, body, blocks: found.blocks, extraction, notes: decoded.problems, removedLines: found.removed, recheckOn: found.date.recheckOn, repeatables: found.repeatables };
}
