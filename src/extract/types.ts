/** Types shared by the extraction modules: raw lines in, typed article parts out. */
import type { Participant } from "../schema.ts";

/** The kinds of article block that survive cleaning ("byline": a signature or source line, "Hải An", "Theo TTXVN"). */
export type BlockKind = "paragraph" | "heading" | "caption" | "byline";

/** One block of article text, with the 1-based raw line it came from. */
export interface Block {
  kind: BlockKind;
  text: string;
  line: number;
  /** Every raw line the block was joined from, when hard-wrapped lines were re-joined into it. */
  lines?: number[];
}

/** A raw line dropped from the article, with why. */
export interface RemovedLine {
  line: number;
  text: string;
  reason: string;
}

/**
 * The page's lines that could be furniture repeated across the archive (headline-sized lines, not
 * running text), as line hashes (see line-hash.ts): those left outside the article and those kept in it.
 */
export interface Repeatables {
  outside: number[];
  inside: number[];
}

/** What boilerplate removal leaves: the headline, the article blocks, and what was cut. */
export interface CleanedArticle {
  /** The printed headline without decoration, or null when the page shows none. */
  title: string | null;
  /** 1-based line of the headline, or null. */
  titleLine: number | null;
  /** Every raw line of the headline (more than one when it was hard-wrapped). */
  titleLines: number[];
  blocks: Block[];
  /** Byline and source lines ("Theo TTXVN", "Hải An", "Nguồn: …"): byline blocks of the body, handed on for credits. */
  bylines: string[];
  removed: RemovedLine[];
  repeatables: Repeatables;
}

/** A date with the evidence it rests on. */
export interface DateResult {
  /** YYYY-MM-DD, or null when the year (or day) cannot be supported. */
  date: string | null;
  basis: string;
  /** YYYY-MM-DD: the first later day on which the same text could get another date (see extractDate), or null if none can. */
  recheckOn: string | null;
}

export interface PartnersResult {
  names: string[];
  codes: string[];
}

export interface EventResult {
  event: string | null;
  ordinal: number | null;
}

/** Everything extraction found in one raw text, before it is written as Markdown. */
export interface ExtractedArticle {
  /** The printed headline, or one derived from the lead when the page prints none; null only without article text. */
  title: string | null;
  /** True when the title was derived from the lead (the page prints no headline). */
  titleDerived: boolean;
  date: DateResult;
  partners: PartnersResult;
  event: EventResult;
  location: string | null;
  participants: Participant[];
  /** People the article only mentions (an invitation's host, a message's sender), kept apart from participants. */
  mentioned: Participant[];
  outlet: string | null;
  credits: string[];
  blocks: Block[];
  removed: RemovedLine[];
  warnings: string[];
  /** Lines that may be furniture repeated across the archive, and the printed headline's hash (see Repeatables). */
  repeatables: Repeatables & { title: number | null };
}
