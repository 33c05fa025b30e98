import type { Doc } from '../text/doc';
import type { PhraseMatch } from '../text/phrase-matcher';

/** How many words may stand between the thing and "your way": "a referral or two your way". */
const WAY_REACH = 3;

/**
 * "Consider it a referral in your direction", "I'll send a few referrals your way": the thing is headed
 * to the reader, from the writer. A referral sent, not one asked for.
 */
export function sentTheirWay(doc: Doc, match: PhraseMatch): boolean {
  const { words } = doc;
  const sentence = words[match.lastAt]?.sentence;
  for (let at = match.lastAt + 1; at <= match.lastAt + 1 + WAY_REACH; at++) {
    const word = words[at];
    if (!word || word.sentence !== sentence) return false;
    if (word.folded !== 'your') continue;
    const next = words[at + 1]?.folded;
    if (next === 'way' || (next === 'direction' && words[at - 1]?.folded === 'in')) return true;
  }
  return false;
}
