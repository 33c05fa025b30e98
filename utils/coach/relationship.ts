import { z } from 'zod/mini';
import { wordList } from './text/word-set';

/**
 * What the history knows of the person this draft is for, as the coach reads it (the page builds it
 * from their history: utils/journey). Absent when they are new.
 */
export const relationshipContextSchema = z.object({
  stage: z.enum(wordList('requested connected conversing')),
  /** They accepted and nothing has been written to them since: this is the first message after acceptance. */
  firstMessageAfterAcceptance: z._default(z.boolean(), false),
  /** What earlier notes to them offered, in the person's own words, newest first. */
  offered: z._default(z.array(z.string().check(z.maxLength(300))).check(z.maxLength(5)), []),
});
export type RelationshipContext = z.output<typeof relationshipContextSchema>;
