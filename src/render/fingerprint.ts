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
 * and the metadata, so a changed sentence re-renders the article, not every list it is on. The
 * front-matter's `sourceHash` (of the raw file's bytes, which any edit changes) is shown on no
 * page: the review pages show which files have the same bytes, which their entries' duplicates
 * hold. A review entry's `fields` are computed from its front-matter alone (reviewFields), which
 * is hashed already.
 */
const NOT_SHOWN_ELSEWHERE = new Set(["textKey", "sourceHash", "fields"]);

/** The most fields (or items) an object (or array) may have to be written out in its holder's hash. */
const INLINE_SIZE = 8;

/**
 * Hashes values, each object once: its memo holds an object's hash as long as the object lives,
 * so an instance may serve several builds, provided that what it hashed is never changed after.
 */
export class Fingerprinter {
  private readonly memo = new WeakMap<object, string>();
  /**
   * What each nested value found large stands in as ("#" and its hash), so that a value met again
   * (an article on each of its lists, a person on each of their articles) is not walked again to
   * find its shape. Only values `standIn` found large are here: a memoized value of another shape
   * (a page's own data, hashed at the top) must still be written out where it is nested.
   */
  private readonly standIns = new WeakMap<object, string>();
  /** Objects of this build known equal to their counterpart in the last (see named); kept for one build, or every model would stay reachable from the next. */
  private proven = new WeakMap<object, object>();
  /** What each named output showed, and its fingerprint: in the last build, and so far in this one. */
  private last = new Map<string, { value: unknown; key: string }>();
  private current = new Map<string, { value: unknown; key: string }>();
  private remember = true;

  /**
   * Starts describing another build's outputs: what was named since the last call is what
   * `named` compares with from now on. Without `remember`, what is named is not kept for a next
   * build (`npm run build`, whose process ends with its build).
   */
  nextBuild({ remember = true }: { remember?: boolean } = {}): void {
    this.remember = remember;
    this.last = this.current;
    this.current = new Map();
    this.proven = new WeakMap();
  }

  /**
   * The fingerprint of a named output (a page by its file): the last build's fingerprint of that
   * output when its data is equal value for value, otherwise `of(value)`. A rebuild makes a new site
   * model whose objects are mostly equal to the last one's, and comparing two object graphs
   * costs a fraction of serializing and hashing one; objects found equal take their counterpart's
   * memoized hash, so what did change is hashed without its unchanged parts.
   */
  named(name: string, value: unknown): string {
    const last = this.last.get(name);
    const key = last !== undefined && this.equal(value, last.value) ? last.key : this.of(value);
    if (this.remember) this.current.set(name, { value, key });
    return key;
  }

  /**
   * Whether two values hold the same data: at least as strict as comparing their fingerprints
   * (every field counts, the text key included; an undefined field counts as absent, as in JSON).
   */
  private equal(x: unknown, y: unknown): boolean {
    if (x === y) return true;
    if (typeof x !== "object" || typeof y !== "object" || x === null || y === null) return false;
    if (this.proven.get(x) === y) return true;
    let size: number;
    if (Array.isArray(x)) {
      if (!Array.isArray(y) || x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) if (!this.equal(x[i], y[i])) return false;
      size = x.length;
    } else {
      if (Array.isArray(y)) return false;
      let fields = 0;
      for (const key in x) {
        const value = (x as Record<string, unknown>)[key];
        if (value === undefined) continue;
        fields++;
        if (!this.equal(value, (y as Record<string, unknown>)[key])) return false;
      }
      size = fields;
      for (const key in y) if ((y as Record<string, unknown>)[key] !== undefined && --fields < 0) return false;
      if (fields !== 0) return false;
    }
    // Only large objects are remembered, as only they are memoized (and shared by many pages).
    if (size > INLINE_SIZE) {
      this.proven.set(x, y);
      const known = this.memo.get(y);
      if (known !== undefined) this.memo.set(x, known);
      const standIn = this.standIns.get(y);
      if (standIn !== undefined) this.standIns.set(x, standIn);
    }
    return true;
  }

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
    if (typeof nested !== "object" || nested === null) return nested;
    const known = this.standIns.get(nested);
    if (known !== undefined) return known;
    const kind = shapeOf(nested);
    if (kind !== "large") return kind === "leaf" ? nested : this.copyOf(nested);
    const standIn = `#${this.of(nested)}`;
    this.standIns.set(nested, standIn);
    return standIn;
  }
}

/**
 * In one pass over an object or array: "leaf" when it holds only plain values (strings, numbers,
 * booleans, null), else "small" when it has at most INLINE_SIZE fields or items, else "large".
 * (An array is walked by index: `for…in` over an array makes a string of every index.)
 */
function shapeOf(value: object): "leaf" | "small" | "large" {
  let fields: number;
  let leaf = true;
  if (Array.isArray(value)) {
    fields = value.length;
    for (let i = 0; i < fields && leaf; i++) leaf = typeof value[i] !== "object" || value[i] === null;
  } else {
    fields = 0;
    for (const key in value) {
      fields++;
      const nested = (value as Record<string, unknown>)[key];
      if (typeof nested === "object" && nested !== null) leaf = false;
    }
  }
  return leaf ? "leaf" : fields <= INLINE_SIZE ? "small" : "large";
}

function digest(text: string): string {
  return hash("sha1", text, "base64url");
}
