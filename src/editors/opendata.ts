/**
 * The archive's metadata as open data: the columns are defined once here and drive the JSON
 * file, the CSV file, the "Về dữ liệu" page that documents them, and the test that checks them.
 */
import { stringify } from "csv-stringify/sync";
import { absoluteUrl, withBase, type Deployment } from "../site/config.ts";
import type { SiteArticle } from "../site/model.ts";
import { STRINGS } from "../site/strings.ts";

const S = STRINGS.openData;

/** Where the open-data files and their documentation live in the built site. */
export const OPEN_DATA_PATHS = {
  about: "/du-lieu/",
  json: "/du-lieu/articles.json",
  csv: "/du-lieu/articles.csv",
} as const;

/** Separator of the values in a multi-valued CSV cell. */
export const CSV_LIST_SEPARATOR = "; ";

/** The licence of the published metadata (the articles' text stays with their outlets and is not included). */
export const OPEN_DATA_LICENCE = {
  name: "CC BY 4.0",
  url: "https://creativecommons.org/licenses/by/4.0/deed.vi",
} as const;

/** A cell value: JSON keeps lists as arrays; the CSV joins them with CSV_LIST_SEPARATOR. */
export type CellValue = string | number | null | string[];

/** The kinds of value a column holds, as documented on the data page. */
export type ColumnType = "string" | "url" | "date" | "integer" | "string[]";

/** How each column type is described on the data page (wording in src/site/strings.ts). */
export const TYPE_LABELS: { [T in ColumnType]: string } = {
  string: S.types.string,
  url: S.types.url,
  date: S.types.date,
  integer: S.types.integer,
  "string[]": S.types.list(CSV_LIST_SEPARATOR),
};

export interface Column {
  name: string;
  type: ColumnType;
  /** May the value be null (empty in the CSV)? */
  nullable: boolean;
  /** What the column means, for the data page (STRINGS.openData.columns). */
  description: string;
  value: (article: SiteArticle, deployment: Deployment) => CellValue;
}

/** A participant as one text: "Tên (chức danh)", or the name alone when no title was found. */
export function participantText(p: { name: string; title: string }): string {
  return p.title ? `${p.name} (${p.title})` : p.name;
}

/** The published columns, in order. */
export const COLUMNS: readonly Column[] = [
  {
    name: "id",
    type: "string",
    nullable: false,
    description: S.columns.id,
    value: (a) => a.fm.id,
  },
  {
    name: "url",
    type: "url",
    nullable: false,
    description: S.columns.url,
    value: (a, d) => absoluteUrl(d, a.url) ?? withBase(d.basePath, a.url),
  },
  { name: "title", type: "string", nullable: false, description: S.columns.title, value: (a) => a.title },
  {
    name: "date",
    type: "date",
    nullable: true,
    description: S.columns.date,
    value: (a) => a.date,
  },
  {
    name: "partners",
    type: "string[]",
    nullable: false,
    description: S.columns.partners,
    value: (a) => a.fm.partners,
  },
  { name: "event", type: "string", nullable: true, description: S.columns.event, value: (a) => a.fm.event },
  {
    name: "ordinal",
    type: "integer",
    nullable: true,
    description: S.columns.ordinal,
    value: (a) => a.fm.eventOrdinal,
  },
  { name: "location", type: "string", nullable: true, description: S.columns.location, value: (a) => a.fm.location },
  {
    name: "participants",
    type: "string[]",
    nullable: false,
    description: S.columns.participants,
    value: (a) => a.fm.participants.map(participantText),
  },
  { name: "outlet", type: "string", nullable: true, description: S.columns.outlet, value: (a) => a.fm.outlet },
  {
    name: "mentioned",
    type: "string[]",
    nullable: false,
    description: S.columns.mentioned,
    value: (a) => a.fm.mentioned.map(participantText),
  },
];

/** One row per article, keyed by column name. */
export type OpenDataRecord = { [name: string]: CellValue };

function recordOf(article: SiteArticle, deployment: Deployment): OpenDataRecord {
  // A loop, not Object.fromEntries over pairs: made for every article of the archive at each build.
  const record: OpenDataRecord = {};
  for (const c of COLUMNS) record[c.name] = c.value(article, deployment);
  return record;
}

/** The open-data records of the archive, in the site's order (newest first). */
export function toRecords(articles: readonly SiteArticle[], deployment: Deployment): OpenDataRecord[] {
  return articles.map((a) => recordOf(a, deployment));
}

const cell = (v: CellValue): string => (v === null ? "" : Array.isArray(v) ? v.join(CSV_LIST_SEPARATOR) : String(v));

/** A record as a line of the CSV file, its line break included. */
const csvRow = (record: OpenDataRecord): string => stringify([COLUMNS.map((c) => cell(record[c.name] ?? null))], { bom: false });

const CSV_HEADER = stringify([], { header: true, columns: COLUMNS.map((c) => c.name), bom: false });

/** The JSON file: an array of records, lists kept as arrays. */
export function toJson(records: readonly OpenDataRecord[]): string {
  // One native call: several times faster than a call per record, the same text.
  return `${JSON.stringify(records, null, 2)}\n`;
}

/** The CSV file: a header row of column names, lists joined with CSV_LIST_SEPARATOR, null as empty. */
export function toCsv(records: readonly OpenDataRecord[]): string {
  return CSV_HEADER + records.map(csvRow).join("");
}

/**
 * Each article's record and its CSV line, kept as long as the article's front-matter object lives.
 * Under `npm start` an unchanged file's front-matter is the same object from build to build, so a
 * rebuild writes the two files without making 10,000 records and CSV lines again (the JSON file is
 * one native call over the records, faster than joining kept texts would save).
 */
const rows = new WeakMap<SiteArticle["fm"], { source: string; record: OpenDataRecord; csv?: string }>();

function rowOf(article: SiteArticle, deployment: Deployment) {
  // The columns read the front-matter, the article's URL and the deployment.
  const source = `${article.url} ${deployment.basePath} ${deployment.siteUrl}`;
  let row = rows.get(article.fm);
  if (row?.source !== source) {
    row = { source, record: recordOf(article, deployment) };
    rows.set(article.fm, row);
  }
  return row;
}

/** The JSON file of the archive's articles: toJson(toRecords(articles, deployment)). */
export function articlesJson(articles: readonly SiteArticle[], deployment: Deployment): string {
  return toJson(articles.map((a) => rowOf(a, deployment).record));
}

/** The CSV file of the archive's articles: toCsv(toRecords(articles, deployment)). */
export function articlesCsv(articles: readonly SiteArticle[], deployment: Deployment): string {
  return CSV_HEADER + articles.map((a) => {
    const row = rowOf(a, deployment);
    return (row.csv ??= csvRow(row.record));
  }).join("");
}

/** Does a parsed JSON value fit a column? Returns the problem, or null when it fits. */
export function checkValue(column: Column, value: unknown): string | null {
  if (value === null) return column.nullable ? null : `${column.name} must not be null`;
  const ok: { [T in ColumnType]: (v: unknown) => boolean } = {
    string: (v) => typeof v === "string" && v.length > 0,
    url: (v) => typeof v === "string" && (/^https?:\/\//.test(v) || v.startsWith("/")),
    date: (v) => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v),
    integer: (v) => Number.isInteger(v) && (v as number) > 0,
    "string[]": (v) => Array.isArray(v) && v.every((x) => typeof x === "string" && x.length > 0),
  };
  return ok[column.type](value) ? null : `${column.name}: ${JSON.stringify(value)} is not a ${column.type}`;
}
