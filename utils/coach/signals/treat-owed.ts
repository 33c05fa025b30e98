import type { Doc } from '../text/doc';
import type { PhraseMatch } from '../text/phrase-matcher';
import { wordsIn } from '../text/word-index';
import { wordSet } from '../text/word-set';

const PAYBACK_WORDS = wordSet('owe say');
const YOU = wordSet('you ya u');
const THANKS = wordSet('thanks thank');

/**
 * "Would you let me buy you a coffee? You pulled my truck out of the ditch in January. I owe you
 * one.": a treat offered to repay what they did, not time asked for. The note must say it repays
 * ("I owe you", "to say thanks"): "can I buy you a coffee and pick your brain?" still asks.
 */
export function treatOwed(doc: Doc, match: PhraseMatch): boolean {
  const { words } = doc;
  if (words[match.firstAt]?.folded !== 'buy' || !YOU.has(words[match.firstAt + 1]?.folded ?? '')) return false;
  for (const at of wordsIn(doc, PAYBACK_WORDS)) {
    const next = words[at + 1]?.folded ?? '';
    if (words[at]!.folded === 'owe' ? YOU.has(next) : THANKS.has(next)) return true;
  }
  return false;
}
