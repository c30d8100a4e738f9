/** Breadcrumb trails of each page kind (visible breadcrumbs and BreadcrumbList JSON-LD). */
import { SECTIONS, type SiteArticle } from "./model.ts";
import type { Crumb } from "../render/jsonld.ts";
import { monthName } from "../render/format.ts";
import { STRINGS } from "./strings.ts";

/** Reader-facing names of the site's sections (the wording lives in src/site/strings.ts). */
export const SECTION_LABELS = STRINGS.sections;

export type Section = Exclude<keyof typeof SECTION_LABELS, "home">;

export const HOME_CRUMB: Crumb = { name: SECTION_LABELS.home, url: "/" };

/** The crumb of a section's index page. */
export function sectionCrumb(section: Section): Crumb {
  return { name: SECTION_LABELS[section], url: `/${SECTIONS[section]}/` };
}

/** Home › section (› item): the trail of an index page or of one item page. */
export function sectionCrumbs(section: Section, item?: Crumb): Crumb[] {
  return [HOME_CRUMB, sectionCrumb(section), ...(item ? [item] : [])];
}

/** Home › Archive › year › month › article (undated: Home › Archive › article). */
export function articleCrumbs(a: SiteArticle): Crumb[] {
  const trail = [HOME_CRUMB, sectionCrumb("archive")];
  if (a.year && a.month) {
    const month = a.month.slice(5);
    trail.push({ name: a.year, url: `/${SECTIONS.archive}/${a.year}/` });
    trail.push({ name: monthName(Number(month)), url: `/${SECTIONS.archive}/${a.year}/${month}/` });
  }
  return [...trail, { name: a.title, url: a.url }];
}
