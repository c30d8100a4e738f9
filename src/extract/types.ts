/** Types shared by the extraction modules: raw lines in, typed article parts out. */
import type { Participant } from "../schema.ts";

/** The kinds of article block that survive cleaning. */
export type BlockKind = "paragraph" | "heading" | "caption";

/** One block of article text, with the 1-based raw line it came from. */
export interface Block {
  kind: BlockKind;
  text: string;
  line: number;
}

/** A raw line dropped from the article, with why. */
export interface RemovedLine {
  line: number;
  text: string;
  reason: string;
}

/** What boilerplate removal leaves: the headline, the article blocks, and what was cut. */
export interface CleanedArticle {
  title: string | null;
  /** 1-based line of the headline, or null. */
  titleLine: number | null;
  blocks: Block[];
  /** Byline and source lines ("Theo TTXVN", "Hải An / Nguồn:"), removed from the body, kept for credits. */
  bylines: string[];
  removed: RemovedLine[];
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
  title: string | null;
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
}
