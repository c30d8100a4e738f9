// On an article opened from a search result, marks the searched words (?highlight=…) in the
// article text with Pagefind's highlighter and brings the first one into view.

/** The URL parameter search results add; the same name as PARAMS.highlight in src/search/contract.ts. */
const HIGHLIGHT_PARAM = "highlight";
const MARK_CLASS = "search-highlight";

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  // Relative to this script, so it works under any base path.
  const { default: PagefindHighlight } = await import(new URL("../pagefind/pagefind-highlight.js", import.meta.url).href);
  new PagefindHighlight({
    highlightParam: HIGHLIGHT_PARAM,
    // Pagefind's own styles come as an inline <style>, which the Content-Security-Policy forbids;
    // the browser's default look for <mark> is enough.
    addStyles: false,
    markOptions: { className: MARK_CLASS, exclude: ["[data-pagefind-ignore]", "[data-pagefind-ignore] *"] },
  });
  document.querySelector(`mark.${MARK_CLASS}`)?.scrollIntoView({ block: "center" });
}
