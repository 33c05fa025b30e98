import type { Context, Range } from '../schema';
import { memoKey, type Doc } from '../text/doc';
import { contentWords } from './tokens';
import { flatMap } from '../text/flat-map';

const MIN_SHARE = 0.6;
const MAX_SPAN_WORDS = 14;

export interface OfferUse {
  offer: string;
  range: Range;
}

const findOffersUsedKey = memoKey();

/** The person's own offers (from their goals) that this note puts to use. */
export function findOffersUsed(doc: Doc, context: Context): OfferUse[] {
  return doc.cached(findOffersUsedKey, () => flatMap(context.offers, (offer) => matchOffer(doc, offer)));
}

function matchOffer(doc: Doc, offer: string): OfferUse[] {
  const wanted = [...new Set(contentWords(offer))];
  if (wanted.length === 0) return [];
  const hits = flatMap(doc.words, (word, index) => (wanted.includes(word.folded) ? [index] : []));
  const found = new Set(hits.map((index) => doc.words[index]?.folded));
  if (found.size < Math.max(1, Math.ceil(wanted.length * MIN_SHARE))) return [];
  const first = hits[0] ?? 0;
  const last = hits.filter((index) => index - first <= MAX_SPAN_WORDS).at(-1) ?? first;
  const a = doc.words[first];
  const b = doc.words[last];
  return a && b ? [{ offer, range: [a.startAt, b.endAt] }] : [];
}
