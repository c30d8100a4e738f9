/** Summarizes, for editors, what extraction could not determine across all articles (one build-output line). */
import type { FrontMatter } from "../schema.ts";

/** Fields worth an editor's correction when empty, with how the summary names them. */
const CHECKS: ReadonlyArray<readonly [label: string, missing: (f: FrontMatter) => boolean]> = [
  ["without a date", (f) => f.date === null],
  ["without participants", (f) => f.participants.length === 0],
  ["without a partner country", (f) => f.partners.length === 0],
  ["without an event", (f) => f.event === null],
  ["without a place", (f) => f.location === null],
];

/** E.g. "undetermined: 2 without a date, 1 without participants (details below; correct them in corrections.yaml)". */
export function undeterminedSummary(articles: readonly FrontMatter[]): string {
  const parts = CHECKS.map(([label, missing]) => [label, articles.filter(missing).length] as const)
    .filter(([, n]) => n > 0)
    .map(([label, n]) => `${n} ${label}`);
  return parts.length === 0
    ? `undetermined: nothing; every article has a date, participants, partners, an event and a place`
    : `undetermined: ${parts.join(", ")} (of ${articles.length}; editors can fill them in corrections.yaml)`;
}
