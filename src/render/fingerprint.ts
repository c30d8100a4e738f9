/**
 * Fingerprints of the data a page is rendered from: a hash over the data's whole object graph,
 * each object that holds other objects hashed once (by identity) and reused wherever it appears
 * again, so fingerprinting every page of a site costs about as much as reading its data once.
 * Small objects and arrays (at most INLINE_SIZE fields or items: a removed line, a link, an
 * article's related links, a person's appearance) are written out in their holder's hash instead,
 * their own nested objects standing in as usual: a hash and a memo entry each cost more than the
 * few values they stand for, and there are millions of them in a large archive (at 100,000
 * articles the memo of every object kept the garbage collector busy for minutes).
 */
import { hash } from "node:crypto";

/**
 * Fields left out of every fingerprint. An article's text (named by its `textKey`: the body, and
 * the lines extraction removed) is shown only on its own page and in its review text file, whose
 * fingerprints add it explicitly (see describePages); lists, people and partners show the summary
 * and the metadata, so a changed sentence re-renders the article, not every list it is on. A review
 * entry's `fields` are computed from its front-matter alone (reviewFields), which is hashed already.
 */
const NOT_SHOWN_ELSEWHERE = new Set(["textKey", "fields"]);

/** The most fields (or items) an object (or array) may have to be written out in its holder's hash. */
const INLINE_SIZE = 8;

/**
 * Hashes values, each object once: its memo holds an object's hash as long as the object lives,
 * so an instance may serve several builds, provided that what it hashed is never changed after.
 */
export class Fingerprinter {
  private readonly memo = new WeakMap<object, string>();

  /** A short stable hash of `value` (plain data: objects, arrays, strings, numbers, booleans, null). */
  of(value: unknown): string {
    if (typeof value !== "object" || value === null) return digest(JSON.stringify(value) ?? "undefined");
    const known = this.memo.get(value);
    if (known) return known;
    // Serialized natively: far cheaper than JSON.stringify with a replacer called on every key.
    const result = digest(JSON.stringify(this.copyOf(value)));
    this.memo.set(value, result);
    return result;
  }

  /** A shallow copy of `value` in which nested objects stand in as their holder's hash takes them (standIn). */
  private copyOf(value: object): unknown {
    if (Array.isArray(value)) return value.map((nested: unknown) => this.standIn(nested));
    const fields: Record<string, unknown> = {};
    for (const key in value) {
      if (NOT_SHOWN_ELSEWHERE.has(key)) continue;
      const nested = (value as Record<string, unknown>)[key];
      if (nested !== undefined) fields[key] = this.standIn(nested);
    }
    return fields;
  }

  /** A nested value as its holder's hash takes it: itself when plain or a leaf, copied in when small, else its (memoized) hash. */
  private standIn(nested: unknown): unknown {
    if (typeof nested !== "object" || nested === null || isLeaf(nested)) return nested;
    return isSmall(nested) ? this.copyOf(nested) : `#${this.of(nested)}`;
  }
}

/** Whether an object or array holds only plain values (strings, numbers, booleans, null). */
function isLeaf(value: object): boolean {
  for (const key in value) {
    const nested = (value as Record<string, unknown>)[key];
    if (typeof nested === "object" && nested !== null) return false;
  }
  return true;
}

/** Whether an object or array has at most INLINE_SIZE fields or items. */
function isSmall(value: object): boolean {
  if (Array.isArray(value)) return value.length <= INLINE_SIZE;
  let fields = 0;
  for (const _ in value) if (++fields > INLINE_SIZE) return false;
  return true;
}

function digest(text: string): string {
  return hash("sha1", text, "base64url");
}
