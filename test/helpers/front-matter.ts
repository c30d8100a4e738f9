/** Front-matter for tests: an article `id` with no metadata found, and the fields `over` gives. */
import type { FrontMatter } from "../../src/schema.ts";

export function testFrontMatter(id: string, over: Partial<FrontMatter> = {}): FrontMatter {
  return {
    file: `${id}.txt`,
    title: `Bài ${id}`,
    date: null,
    dateBasis: "",
    partners: [],
    partnerCodes: [],
    event: null,
    eventOrdinal: null,
    location: null,
    participants: [],
    mentioned: [],
    outlet: null,
    credits: [],
    id,
    sourceHash: id,
    warnings: [],
    corrected: [],
    ...over,
  };
}
