/** Finds the people who take part or are quoted, with rank and roles. First version. */
import type { Participant } from "../schema.ts";

export function extractParticipants(_text: string): Participant[] {
  return [];
}
