/**
 * The search page /tim-kiem/: a form whose query, filters and order live in the URL, filled in
 * and answered by assets/search.js with Pagefind (every shard of the index, see assets/search-shards.js)
 * and the search data file (answers, same-story copies). The script's text and thresholds come
 * with the page as JSON. The page itself is not indexed.
 */
import { html, trusted } from "../src/render/html.ts";
import { jsonForScript } from "../src/render/jsonld.ts";
import { withBase, type SiteData } from "../src/site/config.ts";
import { HOME_CRUMB } from "../src/site/crumbs.ts";
import { SECTIONS, type SiteModel } from "../src/site/model.ts";
import { FILTERS, PARAMS, SEARCH_DATA_PATH, SEARCH_DETAILS_FOLDER, SORT_KEY, SORTS, SUGGESTED_FILTERS, filterValuesPath, type FilterKey } from "../src/search/contract.ts";
import { filterValues } from "../src/search/filters.ts";
import { SEARCH_SETTINGS } from "../src/search/settings.ts";
import { STRINGS } from "../src/site/strings.ts";
import { INDEX_FOLDER, SHARD_MANIFEST } from "../src/search/shards.ts";

const S = STRINGS.search;
const TITLE = S.title;

export const data = {
  layout: "base.11ty.ts",
  permalink: `/${SECTIONS.search}/index.html`,
  title: TITLE,
  description: S.description,
  breadcrumbs: [HOME_CRUMB, { name: TITLE, url: `/${SECTIONS.search}/` }],
  noindex: true,
  excludeFromSitemap: true,
};

export function render({ site, archive }: { site: SiteData; archive: SiteModel }): string {
  const u = (path: string) => withBase(site.basePath, path);
  const values = filterValues(archive);
  const filters = (Object.keys(FILTERS) as FilterKey[]).filter((key) => values[key].length > 0);
  return html`<h1>${TITLE}</h1>
<form id="tim-kiem" class="search-page-form" role="search" action="${u(`/${SECTIONS.search}/`)}" method="get" data-pagefind="${u(`/${INDEX_FOLDER}/pagefind.js`)}" data-shards="${u(`/${INDEX_FOLDER}/${SHARD_MANIFEST}`)}" data-highlight-param="${PARAMS.highlight}">
<p class="search-box">
<label for="q">${S.query}</label>
<input id="q" type="search" name="${PARAMS.query}" autocomplete="off" spellcheck="false" aria-describedby="search-hint" aria-controls="search-results">
<button type="submit">${S.submit}</button>
</p>
<p id="search-hint" class="search-hint">${S.hint}</p>
<details class="search-options" id="search-options">
<summary>${S.filtersToggle} <span class="search-options-set" data-template="${S.filtersSet}"></span></summary>
<fieldset class="search-filters">
<legend class="visually-hidden">${S.filtersLegend}</legend>
${filters.map((key) => {
  const f = FILTERS[key];
  // A filter with many values is a text box; its suggestions come from a file of their own when
  // the reader first uses it, and a name typed without marks is taken for the one it spells.
  if ((SUGGESTED_FILTERS as readonly FilterKey[]).includes(key)) {
    return html`<p><label for="loc-${f.param}">${f.label}</label>
<input id="loc-${f.param}" type="text" name="${f.param}" list="goi-y-${f.param}" data-filter="${f.pagefind}" data-values="${u(filterValuesPath(key))}" autocomplete="off" spellcheck="false" aria-describedby="loc-${f.param}-goi-y" aria-controls="search-results">
<datalist id="goi-y-${f.param}"></datalist>
<span id="loc-${f.param}-goi-y" class="search-filter-hint">${S.suggestedHint(values[key].length.toLocaleString(site.locale))}</span></p>`;
  }
  return html`<p><label for="loc-${f.param}">${f.label}</label>
<select id="loc-${f.param}" name="${f.param}" data-filter="${f.pagefind}" aria-controls="search-results">
<option value="">${S.anyValue}</option>
${values[key].map((v) => html`<option>${v}</option>`)}
</select></p>`;
})}
<p><label for="sap-xep">${S.sort}</label>
<select id="sap-xep" name="${PARAMS.sort}" aria-controls="search-results">
<option value="">${S.bestFirst}</option>
${Object.values(SORTS).map((s) => html`<option value="${s.param}" data-sort="${SORT_KEY}" data-direction="${s.direction}">${s.label}</option>`)}
</select></p>
</fieldset>
</details>
<script src="${u("/assets/search-options.js")}"></script>
</form>
<noscript><p class="search-noscript">${S.noscript((section, text) => html`<a href="${u(`/${SECTIONS[section]}/`)}">${text}</a>`)}</p></noscript>
<ul id="search-answers" class="search-answers" aria-label="${S.answersLabel}" hidden></ul>
<p id="search-status" class="search-status" role="status" aria-live="polite" aria-atomic="true"></p>
<ol id="search-results" class="search-results" aria-label="${S.resultsLabel}"></ol>
<p class="search-more"><button type="button" id="search-more" hidden>${S.more}</button></p>
<script type="application/json" id="search-config">${trusted(jsonForScript({ strings: STRINGS.searchScript, locale: site.locale, settings: SEARCH_SETTINGS, data: u(SEARCH_DATA_PATH), details: u(SEARCH_DETAILS_FOLDER), basePath: site.basePath }))}</script>
<link rel="stylesheet" href="${u("/assets/search.css")}">
<script type="module" src="${u("/assets/search.js")}"></script>`.value;
}
