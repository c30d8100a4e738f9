/**
 * The one front-matter schema: written by ingest, checked again when the site reads it.
 * A field means the same thing in `npm run extract`, in the Markdown files and on the site.
 */
import { z } from "zod";

/** A person who takes part in or is quoted by an article, with the rank and roles held then. */
export const ParticipantSchema = z.object({
  /** Name without rank or role, e.g. "Hoàng Xuân Chiến". */
  name: z.string().min(1),
  /** Rank and roles as written, e.g. "Thượng tướng, Thứ trưởng Bộ Quốc phòng"; "" when none is given. */
  title: z.string(),
});
export type Participant = z.infer<typeof ParticipantSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date must be YYYY-MM-DD");

/** The extracted metadata of one article: the `extract` fields minus `body` and `removed`. */
export const ArticleMetaSchema = z.object({
  /** Raw file path relative to the content folder, with forward slashes. */
  file: z.string().min(1),
  title: z.string().min(1),
  /** True when the page prints no headline and the title was derived from the lead's first sentence. */
  titleDerived: z.boolean().optional(),
  /** Date of the event (or, failing that, of publication), or null when the year cannot be supported. */
  date: isoDate.nullable(),
  /** How the date and its year were found, in a short English sentence. */
  dateBasis: z.string(),
  /** Foreign partner countries, canonical Vietnamese names. */
  partners: z.array(z.string()),
  /** ISO 3166-1 alpha-2 codes, index-aligned with `partners`. */
  partnerCodes: z.array(z.string()),
  event: z.string().nullable(),
  eventOrdinal: z.number().int().positive().nullable(),
  location: z.string().nullable(),
  participants: z.array(ParticipantSchema),
  /**
   * People the article only mentions, never seen taking part or quoted: the host whose invitation a visit answers, the
   * sender of a message, someone acted for, an administration named ("theo lời mời của Thủ tướng …"). Same shape as
   * participants.
   */
  mentioned: z.array(ParticipantSchema),
  outlet: z.string().nullable(),
  credits: z.array(z.string()),
});
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;

/** What ingest stores as front-matter: the metadata plus bookkeeping the site needs. */
export const FrontMatterSchema = ArticleMetaSchema.extend({
  /** Stable article id derived from the raw file path (not its position or content). */
  id: z.string().min(1),
  /** SHA-256 of the raw bytes, for caching and duplicate detection. */
  sourceHash: z.string(),
  /**
   * The character encoding the raw file was found in: "utf-8", "utf-16le", "windows-1258", …, or an old
   * Vietnamese one, "viscii", "tcvn3", "vni" or "vps" (also when such text sat inside a UTF-8 file; the
   * warnings say so). Absent in Markdown written before ingest recorded it.
   */
  encoding: z.string().min(1).optional(),
  /** Things extraction could not determine or distrusts, for editors. */
  warnings: z.array(z.string()),
  /** Fields an editor's correction overrode. */
  corrected: z.array(z.string()),
});
export type FrontMatter = z.infer<typeof FrontMatterSchema>;

/** What `npm run extract` prints for one file. */
export interface Extraction extends ArticleMeta {
  /** The cleaned article as Markdown. */
  body: string;
  /** Input lines dropped as boilerplate, in input order. */
  removed: string[];
}
