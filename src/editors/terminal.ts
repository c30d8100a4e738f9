/** The review as plain-text tables for `npm run review`: an overview, then each article's fields, flags and removed lines. */
import { reasonLabel } from "./reasons.ts";
import { STRINGS } from "../site/strings.ts";
import { FLAG_LABELS, problemSummary, type ReviewEntry, type ReviewLine } from "./review.ts";
import type { SkippedFile } from "../ingest/index.ts";
import { encodingLabel } from "../ingest/decode.ts";

export interface TerminalOptions {
  /** Also print every raw line, marked kept (" ") or removed ("-"). */
  raw: boolean;
  /** Print only articles that need attention. */
  onlyFlagged: boolean;
  /** Widest a table cell may be before it is cut with "…". */
  maxCell: number;
}

export const DEFAULT_TERMINAL_OPTIONS: TerminalOptions = { raw: false, onlyFlagged: false, maxCell: 60 };

/** Cuts text to `max` characters, marking the cut. */
function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Lays out rows as columns padded to their widest cell, with a rule under the header row. */
export function formatTable(rows: readonly (readonly string[])[], maxCell: number): string {
  const cells = rows.map((r) => r.map((c) => cut(c.replace(/\s+/g, " "), maxCell)));
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? "")].length)));
  const line = (r: readonly string[]) => r.map((c, i) => c + " ".repeat(widths[i]! - [...c].length)).join("  ").trimEnd();
  return [line(cells[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)].join("\n");
}

/** The whole terminal review. */
export function formatReview(
  entries: readonly ReviewEntry[],
  /** Each article's raw lines, by id. */
  linesById: ReadonlyMap<string, readonly ReviewLine[]>,
  skipped: readonly SkippedFile[],
  correctionsFile: string,
  options: TerminalOptions = DEFAULT_TERMINAL_OPTIONS,
): string {
  const out: string[] = [];
  const attention = entries.filter((e) => e.needsAttention);
  out.push(
    `${entries.length} articles, ${attention.length} to check, ${entries.filter((e) => e.duplicates.length).length} possible duplicates, ${skipped.length} files skipped`,
  );
  out.push(`Fix a value in ${correctionsFile} under the article id (raw path without .txt), then build again.`, "");

  const shown = options.onlyFlagged ? attention : entries;
  const field = (e: ReviewEntry, key: string) => e.fields.find((f) => f.key === key)?.value ?? "";
  out.push(
    formatTable(
      [
        ["id", "date", "partners", "people", "removed", "flags"],
        ...shown.map((e) => [e.id, field(e, "date") || "—", field(e, "partners") || "—", String(e.frontMatter.participants.length), String(e.removedCount), problemSummary(e).join("; ") || "ok"]),
      ],
      options.maxCell,
    ),
  );

  for (const e of shown) {
    out.push("", `== ${e.id}  (${e.file}${e.frontMatter.encoding ? `, ${encodingLabel(e.frontMatter.encoding)}` : ""})`);
    out.push(
      formatTable(
        [["field", "value", "flags"], ...e.fields.map((f) => [f.label, f.value || "—", [...f.flags.map((x) => FLAG_LABELS[x]), ...f.notes].join("; ")])],
        options.maxCell * 2,
      ),
    );
    for (const w of e.otherWarnings) out.push(`warning: ${w}`);
    for (const d of e.duplicates) out.push(`possible duplicate of ${d.id} (${d.why})`);
    const lines = linesById.get(e.id) ?? [];
    const removed = lines.filter((l) => l.status === "removed");
    if (options.raw) {
      out.push("raw text (- removed as boilerplate):");
      for (const l of lines) {
        const note = l.reason ? `   [${reasonLabel(l.reason)}]` : l.joined && l.paragraph !== null ? `   [${STRINGS.review.paragraph(l.paragraph, true)}]` : "";
        out.push(`${l.status === "removed" ? "-" : " "} ${String(l.n).padStart(4)}  ${l.text}${note}`);
      }
    } else if (removed.length) {
      out.push(`removed as boilerplate (${removed.length} lines):`);
      for (const l of removed) out.push(`  ${String(l.n).padStart(4)}  ${cut(l.text, options.maxCell * 2)}   [${reasonLabel(l.reason ?? "")}]`);
    }
  }

  if (skipped.length) {
    out.push("", "files that did not become articles:");
    for (const s of skipped) out.push(`  ${s.file}: ${s.reason}`);
  }
  return `${out.join("\n")}\n`;
}
