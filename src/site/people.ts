/**
 * Which names get a person page, and which spellings are one person: one person, one page. A spelling that only lacks
 * diacritics another spelling has ("Nguyễn Chí Vinh" beside "Nguyễn Chí Vịnh") is the same person and becomes an
 * alias of the fuller spelling's page; spellings whose marks differ ("Lê Văn Hùng", "Lê Văn Hưng") stay apart, and so
 * does a bare spelling two fuller ones could both complete. A bare surname or given name alone ("Brown", "Ross") never
 * gets a page: the article still lists it, without a link.
 */
import { nameKey } from "./slug.ts";
import { memoized } from "../memo.ts";

export interface PersonDirectory {
  /** The page's name for a name as an article writes it, or null when the name gets no page. */
  pageOf(name: string): string | null;
  /** The other spellings merged into a page, by how often articles use them (most first), then alphabetically. */
  aliasesOf(page: string): string[];
  /** Every page's name. */
  pages(): string[];
}

/** Base letters without their marks, "đ" read as "d" with a stroke: the letters two spellings of one name share. */
function decompose(ch: string): { base: string; marks: string } {
  const lower = ch.toLocaleLowerCase("vi");
  const stroke = lower === "đ" ? "\u0335" : "";
  const nfd = (lower === "đ" ? "d" : lower).normalize("NFD");
  return { base: nfd.charAt(0), marks: nfd.slice(1) + stroke };
}

/** The key two spellings that differ only in diacritics share ("nguyen chi vinh"); made once per name, as nameKey. */
const bareKey = memoized((name: string): string => [...nameKey(name)].map((c) => decompose(c).base).join(""));

/** True when spelling `a` has, letter by letter, only marks that `b` has too (and fewer in all). */
function lessMarked(a: string, b: string): boolean {
  const x = [...nameKey(a)], y = [...nameKey(b)];
  if (x.length !== y.length || nameKey(a) === nameKey(b)) return false;
  return x.every((c, i) => {
    const p = decompose(c), q = decompose(y[i]!);
    return p.base === q.base && [...p.marks].every((m) => q.marks.includes(m));
  });
}

/** A name of one word ("Ross", "S.Mi-xen"): a surname or given name alone, no page of its own. */
const isBare = (name: string): boolean => !/\s/.test(name.trim());

/** Builds the directory from every name the articles use, as often as they use it. */
export function personDirectory(names: Iterable<string>): PersonDirectory {
  // Spellings by key, each with how often it is used and its most used written form.
  const used = new Map<string, { count: number; forms: Map<string, number> }>();
  for (const name of names) {
    if (isBare(name)) continue;
    const key = nameKey(name);
    const entry = used.get(key) ?? { count: 0, forms: new Map<string, number>() };
    entry.count++;
    entry.forms.set(name, (entry.forms.get(name) ?? 0) + 1);
    used.set(key, entry);
  }
  const byCount = (a: [string, number], b: [string, number]): number => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  const written = memoized((key: string): string => [...used.get(key)!.forms].sort(byCount)[0]![0]);

  // Within spellings sharing a bare key, each goes to the fullest spelling that completes it, if only one does.
  const groups = new Map<string, string[]>();
  for (const key of used.keys()) groups.set(bareKey(key), [...(groups.get(bareKey(key)) ?? []), key]);
  const pageKey = new Map<string, string>();
  for (const keys of groups.values()) {
    for (const key of keys) {
      const fuller = keys.filter((k) => lessMarked(key, k));
      // The fullest completions: those no other completion is fuller than.
      const fullest = fuller.filter((k) => !fuller.some((other) => lessMarked(k, other)));
      pageKey.set(key, fullest.length === 1 ? fullest[0]! : key);
    }
  }
  const aliases = new Map<string, [string, number][]>();
  for (const [key, page] of pageKey) {
    if (key === page) continue;
    for (const form of used.get(key)!.forms) aliases.set(page, [...(aliases.get(page) ?? []), form]);
  }
  return {
    pageOf: (name) => {
      if (isBare(name)) return null;
      const page = pageKey.get(nameKey(name));
      return page === undefined ? null : written(page);
    },
    aliasesOf: (page) => (aliases.get(nameKey(page)) ?? []).sort(byCount).map(([form]) => form),
    pages: () => [...new Set(pageKey.values())].map(written),
  };
}
