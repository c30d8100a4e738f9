// The search page: reads the query, filters and order from the URL, keeps the URL in step as the
// reader types, asks Pagefind, and lists what answers the query: cards for the people, partners,
// series, places and outlets it names, then the articles (title, date, partners, highlighted
// excerpt), one per story. Its text and thresholds come with the page (#search-config, from
// src/site/strings.ts and src/search/settings.ts).
import { containsPhrase, excerptPieces, highlightTerms, innerPhrases, isPhrase, matchesEveryWord, queryWords, searchFold, tidyQuery } from "./search-text.js";
import { byDay, byScore, dataList, openShards, scoreOrder } from "./search-shards.js";
import { byAdjacency } from "./search-rank.js";
import { answerIndex, detailsFileOf, findAnswers, joinDetails, withPersonDetails } from "./search-answers.js";
import { storyEntries, storyIndex } from "./search-stories.js";

const config = JSON.parse(document.getElementById("search-config").textContent);
const { settings, strings: T, locale } = config;

const form = document.getElementById("tim-kiem");
const input = form.querySelector('input[type="search"]');
// A filter is a list (select) or, when it has many values, a text box with suggestions (data-values).
const filterControls = [...form.querySelectorAll("[data-filter]")];
const sortSelect = form.querySelector("select:not([data-filter])");
const options = document.getElementById("search-options");
const optionsSet = options.querySelector(".search-options-set");
const status = document.getElementById("search-status");
const answersList = document.getElementById("search-answers");
const list = document.getElementById("search-results");
const more = document.getElementById("search-more");
const highlightParam = form.dataset.highlightParam;

/** Fills `{name}` placeholders of an interface string. */
const fill = (template, values) => template.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? String(values[key]) : whole));
const count = (n) => n.toLocaleString(locale);

let shards = null;
/** Pagefind, one instance per shard of the index (one for most archives). */
async function loadShards() {
  shards ??= openShards(form.dataset.pagefind, form.dataset.shards, { excerptLength: settings.excerptWords, excerptEllipsis: "…" });
  return shards;
}

/** A JSON file of the site, or `fallback` when it cannot be had (search then works without it). */
const loadJson = (url, fallback) =>
  fetch(url)
    .then((response) => (response.ok ? response.json() : fallback))
    .catch(() => fallback);

/** The search data file: answers (prepared for matching) and same-story copies. Loaded with the page. */
const pageData = loadJson(config.data, {}).then((data) => ({ answers: answerIndex(data), stories: storyIndex(data), personFilters: data.personFilters ?? [] }));

/** The details files loaded so far, by number. */
const detailsFiles = new Map();
/**
 * People's article counts and latest titles, which only serve their cards: loaded for the cards
 * shown, from the files that hold them (a few hundred people each), each file once.
 */
async function withDetails(cards) {
  const numbers = new Set(cards.filter((card) => card.kind === "person").map((card) => detailsFileOf(card.position, settings.personDetailsPerFile)));
  if (numbers.size === 0) return cards;
  for (const n of numbers) if (!detailsFiles.has(n)) detailsFiles.set(n, loadJson(`${config.details}${n}.json`, {}));
  return withPersonDetails(cards, joinDetails(await Promise.all([...numbers].map((n) => detailsFiles.get(n)))));
}

/** A result's URL as the data file writes it: root-relative, without the base path. */
const siteUrl = (url) => (url.startsWith(config.basePath) ? `/${url.slice(config.basePath.length)}` : url);
/** A root-relative site URL with the base path. */
const withBase = (url) => config.basePath.replace(/\/$/, "") + url;

const hasOption = (select, value) => [...select.options].some((o) => o.value === value);

/** Each text-box filter's values, loaded the first time the reader uses it: the names, and each folded spelling's one name (null when several share it). */
const suggestions = new Map();
function valuesOf(box) {
  if (!suggestions.has(box)) {
    suggestions.set(
      box,
      loadJson(box.dataset.values, []).then((names) => {
        box.list?.replaceChildren(...names.map((name) => new Option(name)));
        const byFold = new Map();
        for (const name of names) {
          const key = searchFold(name);
          byFold.set(key, byFold.has(key) ? null : name);
        }
        return { names: new Set(names), byFold };
      }),
    );
  }
  return suggestions.get(box);
}

/** A text-box filter's value as the index spells it: a name typed without marks or in another case becomes the one name it spells. */
async function settle(control) {
  const typed = control.value.trim();
  if (!control.dataset.values || !typed) return;
  const { names, byFold } = await valuesOf(control);
  if (names.has(typed)) return;
  const name = byFold.get(searchFold(typed));
  if (name) control.value = name;
}

/** Whether a text-box filter holds one of its names (picked from the suggestions, or typed in full). */
const named = async (box) => (await valuesOf(box)).names.has(box.value.trim());

/** Shows how many filters and orders are set next to the disclosure's label (closed on a phone). */
function showOptionsSet() {
  const set = [...filterControls, sortSelect].filter((s) => s.value.trim()).length;
  optionsSet.textContent = set ? fill(optionsSet.dataset.template, { n: set }) : "";
  if (set) options.open = true;
}

/** Fills the form from the URL; a filter value the page does not list (an old link) is added, an unknown order ignored. */
function readUrl() {
  const params = new URLSearchParams(location.search);
  input.value = params.get(input.name) ?? "";
  for (const control of filterControls) {
    const value = params.get(control.name) ?? "";
    if (value && control.tagName === "SELECT" && !hasOption(control, value)) control.add(new Option(value, value));
    control.value = value;
  }
  const order = params.get(sortSelect.name) ?? "";
  sortSelect.value = hasOption(sortSelect, order) ? order : "";
  showOptionsSet();
}

function writeUrl() {
  const params = new URLSearchParams();
  if (input.value.trim()) params.set(input.name, input.value);
  for (const control of [...filterControls, sortSelect]) if (control.value.trim()) params.set(control.name, control.value.trim());
  const query = params.toString();
  history.replaceState(null, "", query ? `${location.pathname}?${query}` : location.pathname);
}

/** What to ask Pagefind: the tidied term (null for "everything"), its filter and sort options, and the date order ("desc", "asc" or null). */
function request() {
  const term = tidyQuery(input.value);
  const filters = {};
  for (const control of filterControls) if (control.value.trim()) filters[control.dataset.filter] = control.value.trim();
  const option = sortSelect.selectedOptions[0];
  const sort = option?.dataset.sort ? { [option.dataset.sort]: option.dataset.direction } : {};
  const order = option?.dataset.sort ? option.dataset.direction : null;
  const filtered = Object.keys(filters).length > 0;
  return { term: term || (filtered ? null : ""), filters, sort, order, filtered };
}

/** The sentence the status region announces. */
function describe(n, { term, filtered }) {
  if (!term) return n ? fill(T.filtered, { n: count(n) }) : T.noneFiltered;
  if (n) return fill(filtered ? T.foundFiltered : T.found, { n: count(n), term });
  return fill(filtered ? T.notFoundFiltered : T.notFound, { term });
}

/** The article URL with the words to highlight on arrival. */
function resultUrl(url, term) {
  const target = new URL(url, location.href);
  for (const word of highlightTerms(term ?? "")) target.searchParams.append(highlightParam, word);
  return target.pathname + target.search + target.hash;
}

function element(name, className, text) {
  const node = document.createElement(name);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function link(href, text) {
  const a = element("a", "", text);
  a.href = href;
  return a;
}

/** One answer card: kind, name linking to its page, article count, a person's latest title. */
function answerItem(answer) {
  const item = element("li", "answer-card");
  const heading = element("h2");
  heading.append(link(withBase(answer.url), answer.name));
  item.append(element("p", "answer-kind", T.kinds[answer.kind] ?? answer.kind), heading);
  if (answer.count !== null) item.append(element("p", "meta", fill(T.articleCount, { n: count(answer.count) })));
  if (answer.detail) item.append(element("p", "answer-detail", fill(T.latestTitle, { title: answer.detail })));
  return item;
}

function showAnswers(answers) {
  answersList.replaceChildren(...answers.map(answerItem));
  answersList.hidden = answers.length === 0;
}

/** One result: a story's copy that ranks first, with links to the other copies. */
function resultItem({ data, others }, term) {
  const item = element("li", "search-result");
  const heading = element("h2");
  heading.append(link(resultUrl(data.url, term), data.meta.title ?? data.url));
  const meta = element("p", "meta", [data.meta.date, data.meta.partners].filter(Boolean).join(" · "));
  item.append(heading, meta);
  if (term) {
    const excerpt = element("p", "excerpt");
    for (const piece of excerptPieces(data.excerpt)) excerpt.append(piece.marked ? element("mark", "", piece.text) : piece.text);
    item.append(excerpt);
  }
  if (others.length) {
    const also = element("p", "also-published", `${T.alsoPublished} `);
    others.forEach(([url, label], i) => also.append(...(i ? [", "] : []), link(resultUrl(withBase(url), term), label)));
    item.append(also);
  }
  return item;
}

/** The search now on screen; a newer search makes an older one drop its late answers. */
let current = { id: 0, entries: storyEntries(dataList([]), new Map(), siteUrl), shown: 0, term: "" };

async function showMore(search) {
  const entries = await search.entries.next(settings.pageSize);
  if (search !== current) return;
  list.append(...entries.map((e) => resultItem(e, search.term)));
  search.shown += entries.length;
  more.hidden = search.entries.done;
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
  const data = await results.page(0, settings.phraseCheckLimit);
  return dataList(data.filter((d) => phrases.every((p) => containsPhrase(d.content, p))));
}

/**
 * The shards' results in the order asked for: by date, or by relevance, where for a query of
 * several words (or one that names a person) the results whose words stand together come first.
 */
async function ordered(lists, req, cards, data) {
  if (req.order) return byDay(lists, req.order);
  const words = req.term ? queryWords(req.term) : [];
  const people = cards.filter((a) => a.kind === "person").map((a) => a.name);
  if (!req.term || isPhrase(req.term) || (words.length < 2 && people.length === 0)) return byScore(lists);
  return byAdjacency(scoreOrder(lists), words, { check: settings.adjacencyCheck, people, personFilters: data.personFilters });
}

async function run({ debounce }) {
  const id = current.id + 1;
  current = { id, entries: storyEntries(dataList([]), new Map(), siteUrl), shown: 0, term: "" };
  const req = request();
  if (req.term === "") {
    list.replaceChildren();
    showAnswers([]);
    more.hidden = true;
    status.textContent = "";
    form.dataset.state = "done";
    return;
  }
  let index;
  try {
    index = await loadShards();
  } catch {
    status.textContent = T.loadError;
    form.dataset.state = "done";
    return;
  }
  const searchOptions = { filters: req.filters, sort: req.sort };
  // One reply per shard of the index.
  const replies = debounce ? await index.debouncedSearch(req.term, searchOptions, settings.typingPauseMs) : await index.search(req.term, searchOptions);
  if (replies === null || current.id !== id) return;
  const data = await pageData;
  const cards = await withDetails(req.term ? findAnswers(data.answers, req.term, settings) : []);
  const lists = await Promise.all(replies.map((reply) => dropPrefixFallback(reply.results, req.term)));
  const results = await keepPhrases(await ordered(lists, req, cards, data), innerPhrases(req.term ?? ""));
  if (current.id !== id) return;
  const search = { id, entries: storyEntries(results, data.stories, siteUrl), shown: 0, term: req.term };
  current = search;
  list.replaceChildren();
  showAnswers(cards);
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
/** Searches again after a filter or the order changed, or the form was sent. */
async function refilter() {
  form.dataset.state = "searching";
  await Promise.all(filterControls.map(settle));
  showOptionsSet();
  writeUrl();
  run({ debounce: false });
}
for (const control of [...filterControls, sortSelect]) control.addEventListener("change", refilter);
for (const box of filterControls.filter((control) => control.dataset.values)) {
  box.addEventListener("focus", () => void valuesOf(box), { once: true });
  // A name picked from the suggestions searches at once; a name being typed waits for Enter or for the box to be left.
  box.addEventListener("input", async () => {
    if (await named(box)) refilter();
  });
}
form.addEventListener("submit", (event) => {
  event.preventDefault();
  refilter();
});
more.addEventListener("click", () => {
  const firstNew = current.shown;
  showMore(current).then(() => list.children[firstNew]?.querySelector("a")?.focus());
});
if (input.value || filterControls.some((s) => s.value)) {
  form.dataset.state = "searching";
  run({ debounce: false });
} else {
  form.dataset.state = "done";
  input.focus();
}
