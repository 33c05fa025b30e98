import type { Doc } from '../text/doc';
import type { PhraseMatch } from '../text/phrase-matcher';
import { asks } from './phrase-sets';
import { outsideTopics } from './topics';

/** Asks of the reader, except where the words only name the topic of their work. */
export function findAsks(doc: Doc): readonly PhraseMatch[] {
  return doc.memo(findAsks, () => outsideTopics(doc, asks.find(doc)));
}
