import { defineRule } from '../rule';
import type { Range } from '../schema';
import { contentWords } from '../signals/tokens';
import { memoKey, type Doc } from '../text/doc';
import { flatMap } from '../text/flat-map';
import { wordSet } from '../text/word-set';

/** The words of an offer that say how it was offered, not what: "happy to share my dataset" → dataset. */
const OFFERING_WORDS = wordSet(
  'happy glad love delighted share sharing send sending pass offer help introduce intro intros could ' +
  'would can gladly useful case want',
);
const MIN_SHARE = 0.6;
const MAX_SPAN_WORDS = 16;

export interface FollowThrough {
  offer: string;
  range: Range;
}

const findFollowThroughKey = memoKey();

/** Where the draft delivers something an earlier note offered: most of the offer's own words, close together. */
export function findFollowThrough(doc: Doc, offers: readonly string[]): FollowThrough[] {
  return doc.cached(findFollowThroughKey, () =>
    flatMap(offers, (offer) => {
      const wanted = [...new Set(contentWords(offer))].filter((word) => !OFFERING_WORDS.has(word));
      if (wanted.length === 0) return [];
      const hits = flatMap(doc.words, (word, index) => (wanted.includes(word.folded) ? [index] : []));
      const first = hits[0];
      if (first === undefined) return [];
      const near = hits.filter((index) => index - first <= MAX_SPAN_WORDS);
      const found = new Set(near.map((index) => doc.words[index]?.folded));
      if (found.size < Math.max(1, Math.ceil(wanted.length * MIN_SHARE))) return [];
      const a = doc.words[first];
      const b = doc.words[near.at(-1) ?? first];
      return a && b ? [{ offer, range: [a.startAt, b.endAt] as Range }] : [];
    }),
  );
}

export const followsThrough = defineRule({
  id: 'follows-through',
  principle: 'journey',
  kind: 'strength',
  description: 'Delivers what an earlier note to this person offered.',
  check(doc, context) {
    return findFollowThrough(doc, context.relationship?.offered ?? []).map(({ offer, range }) => ({
      severity: 'info',
      message: `You follow through on what your earlier note offered: “${offer}”.`,
      why: 'The journey, not the pit stop: doing what you said you would is how a new connection becomes a relationship.',
      range,
    }));
  },
});
