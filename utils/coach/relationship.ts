import { z } from 'zod';

/**
 * What the history knows of the person this draft is for, as the coach reads it (the page builds it
 * from their history: utils/journey). Absent when they are new.
 */
export const relationshipContextSchema = z.object({
  stage: z.enum(['requested', 'connected', 'conversing']),
  /** They accepted and nothing has been written to them since: this is the first message after acceptance. */
  firstMessageAfterAcceptance: z.boolean().default(false),
  /** What earlier notes to them offered, in the person's own words, newest first. */
  offered: z.array(z.string().max(300)).max(5).default([]),
});
export type RelationshipContext = z.output<typeof relationshipContextSchema>;
