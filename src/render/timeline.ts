/**
 * The timeline chart: articles per year, stacked by partner, drawn at build time as an accessible
 * SVG (role="img" with <title>/<desc>), with an HTML legend and the same numbers as a table.
 */
import { html, trusted, escapeHtml, type SafeHtml } from "./html.ts";
import type { Timeline } from "../site/model.ts";
import { STRINGS } from "../site/strings.ts";

const T = STRINGS.timeline;

/**
 * Chart geometry in SVG user units, drawn one unit to one CSS pixel or larger (never smaller), so
 * its 12 px labels stay readable at every width: a chart wider than its column (many years, or a
 * phone) scrolls sideways instead of shrinking. `minWidth` fits a phone's column (390 px screen);
 * a year gets a label when its step is at least `labelStep` (a four-digit year at 12 px).
 */
const CHART = { barStep: 40, barWidth: 26, left: 30, right: 30, top: 12, plotHeight: 150, labelGap: 18, minWidth: 320, labelStep: 36 };
/** Series colours are CSS classes (tl-0 … tl-5) so the dark scheme can change them. */
const SERIES_CLASSES = 6;

/** A few round tick values from 0 to at least `max`. */
export function ticks(max: number): number[] {
  if (max <= 0) return [0];
  const step = max <= 4 ? 1 : Math.ceil(max / 4 / 5) * 5 || 1;
  const out: number[] = [];
  for (let v = 0; v < max + step; v += step) out.push(v);
  return out;
}

/** The SVG markup of a timeline; `id` must be unique on the page. */
export function timelineSvg(t: Timeline, id: string, title: string): SafeHtml {
  const n = t.years.length;
  // Few years: widen the steps to fill the minimum width instead of leaving it empty.
  const step = Math.max(CHART.barStep, (CHART.minWidth - CHART.left - CHART.right) / Math.max(n, 1));
  const width = CHART.left + CHART.right + n * step;
  const height = CHART.top + CHART.plotHeight + CHART.labelGap + 6;
  const axis = ticks(Math.max(...t.totals, 0));
  const top = axis.at(-1) || 1;
  const y = (v: number): number => CHART.top + CHART.plotHeight - (v / top) * CHART.plotHeight;
  const labelEvery = Math.ceil(CHART.labelStep / step);
  const total = t.totals.reduce((a, b) => a + b, 0);
  const desc = T.description(
    total,
    t.years[0] ?? "",
    t.years.at(-1) ?? "",
    t.rows.map((r) => `${r.name}: ${r.counts.reduce((a, b) => a + b, 0)}`).join("; "),
  );

  const parts: string[] = [];
  for (const v of axis) {
    parts.push(`<line class="tl-grid" x1="${CHART.left}" x2="${width - CHART.right}" y1="${y(v)}" y2="${y(v)}"/>`);
    // The scale on both sides: a chart that scrolls opens at its newest years (site.css), far from the left one.
    parts.push(`<text class="tl-label" x="${CHART.left - 6}" y="${y(v) + 4}" text-anchor="end">${v}</text>`);
    parts.push(`<text class="tl-label" x="${width - CHART.right + 6}" y="${y(v) + 4}" text-anchor="start">${v}</text>`);
  }
  t.years.forEach((year, i) => {
    const x = CHART.left + i * step + (step - CHART.barWidth) / 2;
    let base = 0;
    t.rows.forEach((row, r) => {
      const count = row.counts[i]!;
      if (count === 0) return;
      const cls = `tl-${Math.min(r, SERIES_CLASSES - 1)}`;
      parts.push(
        `<rect class="${cls}" x="${x}" y="${y(base + count)}" width="${CHART.barWidth}" height="${y(base) - y(base + count)}"><title>${escapeHtml(`${row.name}, ${year}: ${count}`)}</title></rect>`,
      );
      base += count;
    });
    if (i % labelEvery === 0) {
      parts.push(`<text class="tl-label" x="${x + CHART.barWidth / 2}" y="${CHART.top + CHART.plotHeight + CHART.labelGap}" text-anchor="middle">${year}</text>`);
    }
  });
  return trusted(
    `<svg class="timeline-chart" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">` +
      `<title id="${id}-title">${escapeHtml(title)}</title><desc id="${id}-desc">${escapeHtml(desc)}</desc>${parts.join("")}</svg>`,
  );
}

/** The chart inside a <figure> with its legend, and the numbers as a table in <details>. */
export function timelineFigure(t: Timeline, id: string, title: string, u: (url: string) => string): SafeHtml {
  if (t.years.length === 0) return html``;
  return html`<figure class="timeline" aria-labelledby="${id}-caption">
<figcaption id="${id}-caption">${title}</figcaption>
<section class="chart-scroll" aria-label="${T.scrollLabel(title)}" tabindex="0">${timelineSvg(t, id, title)}</section>
${t.rows.length > 1 ? html`<ul class="legend">${t.rows.map((r, i) => html`<li><span class="swatch tl-${Math.min(i, SERIES_CLASSES - 1)}" aria-hidden="true"></span>${r.url ? html`<a href="${u(r.url)}">${r.name}</a>` : r.name}</li>`)}</ul>` : ""}
<details class="timeline-data">
<summary>${T.showTable}</summary>
<section class="table-scroll" aria-label="${T.tableLabel(title)}" tabindex="0">
<table>
<caption>${title}</caption>
<thead><tr><th scope="col">${T.year}</th>${t.rows.length > 1 ? t.rows.map((r) => html`<th scope="col">${r.name}</th>`) : ""}<th scope="col">${T.total}</th></tr></thead>
<tbody>${t.years.map((year, i) => html`<tr><th scope="row">${year}</th>${t.rows.length > 1 ? t.rows.map((r) => html`<td>${r.counts[i]!}</td>`) : ""}<td>${t.totals[i]!}</td></tr>`)}</tbody>
</table>
</section>
</details>
</figure>`;
}
