// The search page: reads the query, filters and order from the URL, keeps the URL in step as the
// reader types, asks Pagefind, and lists the results (title, date, partners, highlighted excerpt).
import { containsPhrase, excerptPieces, highlightTerms, innerPhrases, matchesEveryWord, tidyQuery, unfoldAliases } from "./search-text.js";
import { byDay, byScore, dataList, openShards } from "./search-shards.js";

/** Results shown at first and added by each "more" click. */
const PAGE_SIZE = 10;
/** Pause after the last keystroke before searching. */
const TYPING_PAUSE_MS = 250;
/** Words of context in each excerpt. */
const EXCERPT_WORDS = 30;
/** Most results whose text is fetched to check phrases inside a longer query. */
const PHRASE_CHECK_LIMIT = 200;

const form = document.getElementById("tim-kiem");
const input = form.querySelector('input[type="search"]');
const filterSelects = [...form.querySelectorAll("select[data-filter]")];
const sortSelect = form.querySelector("select:not([data-filter])");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const more = document.getElementById("search-more");
const highlightParam = form.dataset.highlightParam;
/** The text this script writes and the locale of its numbers, from the page (src/site/strings.ts `searchScript`). */
const TEXT = JSON.parse(form.dataset.strings);
/** A text with its {placeholders} filled in. */
const fill = (template, values) => template.replace(/\{(\w+)\}/g, (whole, key) => values[key] ?? whole);

let shards = null;
/** Pagefind, one instance per shard of the index (one for most archives). */
async function loadShards() {
  shards ??= openShards(form.dataset.pagefind, form.dataset.shards, { excerptLength: EXCERPT_WORDS, excerptEllipsis: "…" });
  return shards;
}

const hasOption = (select, value) => [...select.options].some((o) => o.value === value);

/** Fills the form from the URL; a filter value the page does not list (an old link) is added, an unknown order ignored. */
function readUrl() {
  const params = new URLSearchParams(location.search);
  input.value = params.get(input.name) ?? "";
  for (const select of filterSelects) {
    const value = params.get(select.name) ?? "";
    if (value && !hasOption(select, value)) select.add(new Option(value, value));
    select.value = value;
  }
  const order = params.get(sortSelect.name) ?? "";
  sortSelect.value = hasOption(sortSelect, order) ? order : "";
}

function writeUrl() {
  const params = new URLSearchParams();
  if (input.value.trim()) params.set(input.name, input.value);
  for (const select of [...filterSelects, sortSelect]) if (select.value) params.set(select.name, select.value);
  const query = params.toString();
  history.replaceState(null, "", query ? `${location.pathname}?${query}` : location.pathname);
}

/** What to ask Pagefind: the tidied term (null for "everything"), its filter and sort options, and the date order ("desc", "asc" or null). */
function request() {
  const term = tidyQuery(input.value);
  const filters = {};
  for (const select of filterSelects) if (select.value) filters[select.dataset.filter] = select.value;
  const option = sortSelect.selectedOptions[0];
  const sort = option?.dataset.sort ? { [option.dataset.sort]: option.dataset.direction } : {};
  const order = option?.dataset.sort ? option.dataset.direction : null;
  const filtered = Object.keys(filters).length > 0;
  return { term: term || (filtered ? null : ""), filters, sort, order, filtered };
}

/** The sentence the status region announces. */
function describe(count, { term, filtered }) {
  const n = count.toLocaleString(TEXT.locale);
  if (!term) return count ? fill(TEXT.filteredCount, { count: n }) : TEXT.filteredNone;
  const key = count ? (filtered ? "foundFiltered" : "found") : filtered ? "notFoundFiltered" : "notFound";
  return fill(TEXT[key], { count: n, term });
}

/** The article URL with the words to highlight on arrival. */
function resultUrl(url, term) {
  const target = new URL(url, location.href);
  for (const word of highlightTerms(term ?? "")) target.searchParams.append(highlightParam, word);
  return target.pathname + target.search + target.hash;
}

function resultItem(data, term) {
  const item = document.createElement("li");
  item.className = "search-result";
  const heading = document.createElement("h2");
  const link = document.createElement("a");
  link.href = resultUrl(data.url, term);
  link.textContent = unfoldAliases(data.meta.title ?? data.url);
  heading.append(link);
  const meta = document.createElement("p");
  meta.className = "meta";
  meta.textContent = [data.meta.date, data.meta.partners].filter(Boolean).join(" · ");
  item.append(heading, meta);
  if (term) {
    const excerpt = document.createElement("p");
    excerpt.className = "excerpt";
    for (const piece of excerptPieces(data.excerpt)) {
      if (piece.marked) {
        const mark = document.createElement("mark");
        mark.textContent = piece.text;
        excerpt.append(mark);
      } else excerpt.append(piece.text);
    }
    item.append(excerpt);
  }
  return item;
}

/** The search now on screen; a newer search makes an older one drop its late answers. */
let current = { id: 0, results: dataList([]), shown: 0, term: "" };

async function showMore(search) {
  const data = await search.results.page(search.shown, search.shown + PAGE_SIZE);
  if (search !== current) return;
  list.append(...data.map((d) => resultItem(d, search.term)));
  search.shown += data.length;
  more.hidden = search.shown >= search.results.length;
}

/**
 * No results from a shard when Pagefind fell back to a shorter prefix of a word its index lacks.
 * Pagefind falls back for a word across a whole index or not at all, so any one result tells.
 */
async function dropPrefixFallback(results, term) {
  if (!term || results.length === 0) return results;
  return matchesEveryWord(await results[0].data(), term) ? results : [];
}

/** The results whose text holds every phrase (Pagefind itself only matches a whole-query phrase). */
async function keepPhrases(results, phrases) {
  if (phrases.length === 0) return results;
  const data = await results.page(0, PHRASE_CHECK_LIMIT);
  return dataList(data.filter((d) => phrases.every((p) => containsPhrase(d.content, p))));
}

async function run({ debounce }) {
  const id = current.id + 1;
  current = { id, results: dataList([]), shown: 0, term: "" };
  const req = request();
  if (req.term === "") {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = "";
    form.dataset.state = "done";
    return;
  }
  let index;
  try {
    index = await loadShards();
  } catch {
    status.textContent = TEXT.loadFailed;
    form.dataset.state = "done";
    return;
  }
  const options = { filters: req.filters, sort: req.sort };
  const answers = debounce ? await index.debouncedSearch(req.term, options, TYPING_PAUSE_MS) : await index.search(req.term, options);
  if (answers === null || current.id !== id) return;
  const lists = await Promise.all(answers.map((answer) => dropPrefixFallback(answer.results, req.term)));
  const merged = req.order ? byDay(lists, req.order) : byScore(lists);
  const results = await keepPhrases(merged, innerPhrases(req.term ?? ""));
  if (current.id !== id) return;
  const search = { id, results, shown: 0, term: req.term };
  current = search;
  list.replaceChildren();
  await showMore(search);
  if (search !== current) return;
  status.textContent = describe(results.length, req);
  form.dataset.state = "done";
}

// The header's search box on this page mirrors the query.
const headerInput = document.getElementById("q-header");
const mirror = () => {
  if (headerInput) headerInput.value = input.value;
};

readUrl();
mirror();
input.addEventListener("input", () => {
  form.dataset.state = "searching";
  mirror();
  writeUrl();
  run({ debounce: true });
});
for (const select of [...filterSelects, sortSelect]) {
  select.addEventListener("change", () => {
    form.dataset.state = "searching";
    writeUrl();
    run({ debounce: false });
  });
}
form.addEventListener("submit", (event) => {
  event.preventDefault();
  form.dataset.state = "searching";
  writeUrl();
  run({ debounce: false });
});
more.addEventListener("click", () => {
  const firstNew = current.shown;
  showMore(current).then(() => list.children[firstNew]?.querySelector("a")?.focus());
});
if (input.value || filterSelects.some((s) => s.value)) {
  form.dataset.state = "searching";
  run({ debounce: false });
} else {
  form.dataset.state = "done";
  input.focus();
}
