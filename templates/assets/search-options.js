// Opens or closes the search page's "filters and order" disclosure before the page is first drawn
// (a plain script right after it, not a module): open on a wide screen, and on a phone only when
// the URL sets a filter or an order, so that on a phone the results start on the first screen.
(() => {
  /** Screens at least this wide show the filters open; the same width as in search.css. */
  const WIDE_SCREEN = "(min-width: 48rem)";
  const options = document.getElementById("search-options");
  if (!options) return;
  const params = new URLSearchParams(location.search);
  const set = [...options.querySelectorAll("select[name], input[name]")].some((control) => params.get(control.name));
  options.open = set || window.matchMedia(WIDE_SCREEN).matches;
})();
