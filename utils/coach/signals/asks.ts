import { NOT_ASKING_FOR_TIME } from '../phrases/asks';
import type { Doc } from '../text/doc';
import type { PhraseMatch } from '../text/phrase-matcher';
import { asks } from './phrase-sets';
import { outsideTopics } from './topics';

const TIME_UNITS = new Set(['minutes', 'mins', 'min']);

/**
 * Asks of the reader, except where the words only name the topic of their work, or a span of time
 * tells a story ("you spent 20 minutes", "they went in about 20 minutes").
 */
export function findAsks(doc: Doc): readonly PhraseMatch[] {
  return doc.memo(findAsks, () =>
    outsideTopics(doc, asks.find(doc)).filter((match) => {
      if (!TIME_UNITS.has(doc.words[match.last]?.text ?? '')) return true;
      return !NOT_ASKING_FOR_TIME.has(doc.words[match.first - 1]?.text ?? '');
    }),
  );
}
