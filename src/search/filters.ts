/**
 * The values each filter of the search page offers, from the site model: the same names the
 * articles carry in the index (src/search/meta.ts), one-off events aside. The search page lists
 * the short ones and writes the long ones to files of their own (SUGGESTED_FILTERS); the build
 * fingerprints them all to know when those outputs change.
 */
import { recurs, type SiteModel } from "../site/model.ts";
import type { FilterKey } from "./contract.ts";

const made = new WeakMap<SiteModel, Record<FilterKey, string[]>>();

/** Each filter's values, in the order the page offers them (made once per site model). */
export function filterValues(archive: SiteModel): Record<FilterKey, string[]> {
  let values = made.get(archive);
  if (!values) {
    values = {
      partner: archive.partners.map((g) => g.name),
      year: archive.years.map((g) => g.name),
      place: [...new Set(archive.articles.flatMap((a) => (a.fm.location ? [a.fm.location] : [])))].sort((a, b) => a.localeCompare(b, "vi")),
      outlet: archive.outlets.map((g) => g.name),
      // People who take part in some article: one only ever mentioned is never a participant.
      participant: archive.people.filter((g) => g.appearances.some((a) => !a.mentioned)).map((g) => g.name),
      // One-off events are left out, as from the series index and the answers: at 10,000 generated
      // articles they were 5,856 of 6,171 series, and the file grows with the archive.
      series: archive.series.filter(recurs).map((g) => g.name),
    };
    made.set(archive, values);
  }
  return values;
}
