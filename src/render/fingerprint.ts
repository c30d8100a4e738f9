/**
 * Fingerprints of the data a page is rendered from: a hash over the data's whole object graph,
 * each object that holds other objects hashed once (by identity) and reused wherever it appears
 * again, so fingerprinting every page of a site costs about as much as reading its data once.
 * Leaves (objects and arrays of plain values: a removed line, a link, a list of names) are written
 * out in their holder's hash instead: a hash and a memo entry each cost more than the few values
 * they stand for, and there are millions of them in a large archive (at 100,000 articles the memo
 * of every object kept the garbage collector busy for minutes).
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
    // A shallow copy in which nested objects that hold objects stand in by their own (memoized)
    // hash, serialized natively: far cheaper than JSON.stringify with a replacer called on every key.
    let copy: unknown;
    if (Array.isArray(value)) {
      copy = value.map((nested: unknown) => this.standIn(nested));
    } else {
      const fields: Record<string, unknown> = {};
      for (const key in value) {
        if (NOT_SHOWN_ELSEWHERE.has(key)) continue;
        const nested = (value as Record<string, unknown>)[key];
        if (nested !== undefined) fields[key] = this.standIn(nested);
      }
      copy = fields;
    }
    const result = digest(JSON.stringify(copy));
    this.memo.set(value, result);
    return result;
  }

  /** A nested value as its holder's hash takes it: itself when plain or a leaf, else its hash. */
  private standIn(nested: unknown): unknown {
    return typeof nested === "object" && nested !== null && !isLeaf(nested) ? `#${this.of(nested)}` : nested;
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

function digest(text: string): string {
  return hash("sha1", text, "base64url");
}
