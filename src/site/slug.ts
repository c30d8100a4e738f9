/** Readable, stable URL slugs from Vietnamese text ("Đối thoại" → "doi-thoai"). */
import slugify from "@sindresorhus/slugify";
import { createHash } from "node:crypto";
import { memoized } from "../memo.ts";

/** Slug of Vietnamese text: diacritics removed, đ → d, lowercase words joined by "-" (made once per text: slugify is slow). */
export const slug = memoized((text: string): string => slugify(text, { decamelize: false }) || "bai-viet");

/** A short, stable hash of a key, used to tell colliding slugs apart without depending on order. */
export function shortHash(key: string): string {
  return createHash("sha1").update(key).digest("hex").slice(0, 6);
}

/**
 * Assigns unique slugs to items by their text. An item keeps the bare slug when no other item
 * shares it; otherwise the first by `key` keeps it and the others get a hash of their own key,
 * so adding an unrelated item never changes an existing URL.
 */
export function uniqueSlugs<T>(items: readonly T[], text: (item: T) => string, key: (item: T) => string): Map<T, string> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const s = slug(text(item));
    const group = groups.get(s);
    if (group) group.push(item);
    else groups.set(s, [item]);
  }
  const result = new Map<T, string>();
  for (const [s, group] of groups) {
    group.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    group.forEach((item, i) => result.set(item, i === 0 ? s : `${s}-${shortHash(key(item))}`));
  }
  return result;
}

/** The key under which two spellings name the same person, country or outlet: NFC, case and spacing folded. */
export const nameKey = memoized((name: string): string => name.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/g, " ").trim());

/**
 * Unique slugs for distinct names, by `nameKey`. Names that differ only in diacritics
 * ("Lê Văn Hùng", "Lê Văn Hưng") share a bare slug, so they are told apart like colliding titles.
 */
export function nameSlugs(names: Iterable<string>): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const name of names) {
    const key = nameKey(name);
    if (!byKey.has(key)) byKey.set(key, name);
  }
  const slugs = uniqueSlugs([...byKey.entries()], ([, name]) => name, ([key]) => key);
  return new Map([...slugs].map(([[key], s]) => [key, s]));
}
