/**
 * Furniture learned across the archive: a headline-sized line that stands outside the article in
 * `furniture.minFiles` raw files or more, and in more files than it stands in the article (a site's
 * menu, its slogan, a story its sidebar links from every page), is furniture in every file, and so
 * is another archived article's headline standing in an article. A line that most of its files
 * keep (an outlet's credit under each article, which a few pages' extraction left out) stays. Running text never counts (a wire story republished by several outlets repeats its
 * paragraphs with the article), and counting is by file, so the result does not depend on file order.
 */
import { furniture as settings } from "../extract/settings.ts";
import type { Repeatables } from "../extract/types.ts";

/** One file's repeatable lines and its printed headline, as line hashes (see ../extract/line-hash.ts). */
export type FileRepeatables = Repeatables & { title: number | null };

/**
 * What the archive taught: line hash → files it stands outside the article in, and files it stands
 * in the article in; headline hash → files printing it.
 */
export interface LearnedFurniture {
  outside: ReadonlyMap<number, number>;
  inside: ReadonlyMap<number, number>;
  headlines: ReadonlyMap<number, number>;
}

/** Counts, over every file's record, the files each line stands outside the article in, and the headlines. */
export function learnFurniture(records: Iterable<FileRepeatables | undefined>): LearnedFurniture {
  const outside = new Map<number, number>();
  const inside = new Map<number, number>();
  const headlines = new Map<number, number>();
  const count = (counts: Map<number, number>, hash: number) => counts.set(hash, (counts.get(hash) ?? 0) + 1);
  for (const record of records) {
    if (record === undefined) continue;
    for (const hash of new Set(record.outside)) count(outside, hash);
    for (const hash of new Set(record.inside)) count(inside, hash);
    if (record.title !== null) count(headlines, record.title);
  }
  return { outside, inside, headlines };
}

/**
 * The lines a file kept (in its article, or as its headline) that the archive shows to be furniture,
 * with the reason reported for each, or null when there are none (the file's extraction stands).
 * A file's own headline stands in other pages' lists of stories without being furniture in it,
 * unless several files print it as their headline too (a site's name taken for a headline).
 */
export function knownFurnitureFor(record: FileRepeatables, learned: LearnedFurniture): Map<number, string> | null {
  const known = new Map<number, string>();
  const shared = record.title !== null && (learned.headlines.get(record.title) ?? 0) >= settings.minFiles;
  const kept = shared ? [...record.inside, record.title!] : record.inside;
  for (const hash of kept) {
    const files = learned.outside.get(hash) ?? 0;
    if (files >= settings.minFiles && files > (learned.inside.get(hash) ?? 0)) known.set(hash, `repeated outside the article in ${settings.minFiles} or more files`);
    else if (hash !== record.title && (learned.headlines.get(hash) ?? 0) > 0) known.set(hash, "headline of another article in the archive");
  }
  return known.size === 0 ? null : known;
}

/** A stable fingerprint of a file's learned furniture, for its cache key: the same lines, the same extraction. */
export function furnitureFingerprint(known: ReadonlyMap<number, string>): string {
  return [...known].sort((a, b) => a[0] - b[0]).map(([hash, reason]) => `${hash}:${reason}`).join("\n");
}

/**
 * learnFurniture and knownFurnitureFor kept up to date from one ingest to the next (a rebuild under
 * `npm start`): the counts change by the records added and removed since the last ingest, by
 * identity (the ingest keeps an unchanged file's record), and a file's learned lines are worked out
 * again only when a count they read changed.
 */
export class FurnitureCounts {
  private counted = new Map<FileRepeatables, number>();
  private readonly learned = { outside: new Map<number, number>(), inside: new Map<number, number>(), headlines: new Map<number, number>() };
  /** Hashes whose counts changed in the last update, and how many updates there have been. */
  private changed = new Set<number>();
  private updates = 0;
  private readonly known = new WeakMap<FileRepeatables, { update: number; known: Map<number, string> | null }>();

  /** The counts over `records`, as learnFurniture gives them. */
  update(records: Iterable<FileRepeatables | undefined>): LearnedFurniture {
    const now = new Map<FileRepeatables, number>();
    for (const record of records) if (record !== undefined) now.set(record, (now.get(record) ?? 0) + 1);
    this.changed = new Set();
    this.updates++;
    for (const [record, times] of this.counted) {
      const left = now.get(record) ?? 0;
      if (left < times) this.add(record, left - times);
    }
    for (const [record, times] of now) {
      const before = this.counted.get(record) ?? 0;
      if (times > before) this.add(record, times - before);
    }
    this.counted = now;
    return this.learned;
  }

  /** knownFurnitureFor(record, the last update's counts). */
  knownFor(record: FileRepeatables): Map<number, string> | null {
    const last = this.known.get(record);
    const reads = record.title === null ? record.inside : [...record.inside, record.title];
    if (last && (last.update === this.updates || (last.update === this.updates - 1 && !reads.some((hash) => this.changed.has(hash))))) {
      last.update = this.updates;
      return last.known;
    }
    const known = knownFurnitureFor(record, this.learned);
    this.known.set(record, { update: this.updates, known });
    return known;
  }

  private add(record: FileRepeatables, by: number): void {
    const bump = (counts: Map<number, number>, hash: number) => {
      const count = (counts.get(hash) ?? 0) + by;
      if (count === 0) counts.delete(hash);
      else counts.set(hash, count);
      this.changed.add(hash);
    };
    for (const hash of new Set(record.outside)) bump(this.learned.outside, hash);
    for (const hash of new Set(record.inside)) bump(this.learned.inside, hash);
    if (record.title !== null) bump(this.learned.headlines, record.title);
  }
}

/**
 * Runs `extract` over a set of files (the pages `npm run extract` or an evaluation is given), then
 * again over the files that kept a line the set shows to be furniture, with those lines known.
 */
export function extractWithLearnedFurniture<T>(
  count: number,
  extract: (index: number, known: ReadonlyMap<number, string> | undefined) => T,
  repeatablesOf: (result: T) => FileRepeatables | undefined,
): T[] {
  const first = Array.from({ length: count }, (_, i) => extract(i, undefined));
  const learned = learnFurniture(first.map(repeatablesOf));
  return first.map((result, i) => {
    const record = repeatablesOf(result);
    const known = record === undefined ? null : knownFurnitureFor(record, learned);
    return known === null ? result : extract(i, known);
  });
}
