/** The gold corpora the evaluation knows by name, and their pinned floors. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { corpusDir } from "./gold.ts";
import type { Totals } from "./score.ts";

export type Floors = Partial<Record<keyof Totals, number>>;

const FLOORS = JSON.parse(readFileSync(new URL("./floors.json", import.meta.url), "utf8")) as Record<string, Floors>;

/** The development set's local folder: $DEVSET_DIR, or `.devset/` in the repository (restored from ../shared/devset, never committed). */
export function devsetDir(): string {
  return path.resolve(process.env.DEVSET_DIR ?? path.join(import.meta.dirname, "../../.devset"));
}

/** Named corpora: the project's seeds, the constructed pages of other outlets, and the real pages of the development set. */
export const CORPORA: Record<string, () => string> = {
  seeds: () => corpusDir(),
  outlets: () => path.resolve(import.meta.dirname, "../../test/corpus/outlets"),
  devset: () => devsetDir(),
};

/**
 * The folder of a corpus given by name or path, and its floors (none for an unnamed folder); with
 * `portal`, the floors pinned for its pages wrapped in heavier furniture ("NAME:portal").
 */
export function resolveCorpus(nameOrDir: string, portal = false): { dir: string; floors: Floors } {
  const named = CORPORA[nameOrDir];
  const floors = FLOORS[portal ? `${nameOrDir}:portal` : nameOrDir] ?? {};
  return named ? { dir: named(), floors } : { dir: path.resolve(nameOrDir), floors: {} };
}

/** Metrics pinned from above: a share that must not grow (pages that became no article). */
const CEILINGS: ReadonlySet<keyof Totals> = new Set(["dropped"]);

/** The metrics of `totals` on the wrong side of their pinned floor (or ceiling). */
export function belowFloors(totals: Totals, floors: Floors): [metric: string, value: number, floor: number][] {
  return (Object.entries(totals) as [keyof Totals, number][])
    .filter(([k, v]) => floors[k] !== undefined && (CEILINGS.has(k) ? v - 1e-9 > floors[k] : v + 1e-9 < floors[k]))
    .map(([k, v]) => [k, v, floors[k]!]);
}
