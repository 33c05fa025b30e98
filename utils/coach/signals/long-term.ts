import type { Doc } from '../text/doc';
import type { PhraseMatch } from '../text/phrase-matcher';
import { askingSentences, sentenceAt } from './hooks';
import { chasing, longTermIntent } from './phrase-sets';

/** Long-term intent, except in a sentence that chases an answer or makes an ask ("following up on my message"). */
export function findLongTermIntent(doc: Doc): readonly PhraseMatch[] {
  return doc.memo(findLongTermIntent, () => {
    const pressing = new Set([...askingSentences(doc), ...chasing.find(doc).map((match) => sentenceAt(doc, match.range[0]))]);
    return longTermIntent.find(doc).filter((match) => !pressing.has(sentenceAt(doc, match.range[0])));
  });
}
