import { memoKey, type Doc } from '../text/doc';
import type { PhraseMatch } from '../text/phrase-matcher';
import { askingSentences, sentenceAt } from './hooks';
import { longTermIntent } from './phrase-sets';
import { findChases } from './chases';
import { wordSet } from '../text/word-set';
import { WRITER_WORDS } from '../phrases/pronouns';

const findLongTermIntentKey = memoKey();

/** Long-term intent, except in a sentence that chases an answer or makes an ask ("following up on my message"). */
export function findLongTermIntent(doc: Doc): readonly PhraseMatch[] {
  return doc.cached(findLongTermIntentKey, findLongTermIntentAfresh);
}

function findLongTermIntentAfresh(doc: Doc): readonly PhraseMatch[] {
  const pressing = new Set([...askingSentences(doc), ...findChases(doc).map((match) => sentenceAt(doc, match.range[0]))]);
  return longTermIntent
    .find(doc)
    .filter((match) => !pressing.has(sentenceAt(doc, match.range[0])) && !namesAThing(doc, match) && !someoneElseFollowsUp(doc, match));
}

/** "One of our partners will follow up to review your coverage": a hand-off to a seller, not the writer coming back. */
function someoneElseFollowsUp(doc: Doc, match: PhraseMatch): boolean {
  const at = match.firstAt;
  return doc.words[at]?.folded === 'follow' && doc.words[at - 1]?.folded === 'will' && !WRITER_WORDS.has(doc.words[at - 2]?.folded ?? '');
}

/** "a follow-up study", "a follow-up question": a thing named, not a promise to come back. */
const FOLLOW_UP_THINGS = wordSet(
  'study studies paper article piece post survey experiment project analysis question questions book ' +
  'report trial',
);

function namesAThing(doc: Doc, match: PhraseMatch): boolean {
  const [follow, up] = [doc.words[match.firstAt]?.folded, doc.words[match.lastAt]?.folded];
  return follow === 'follow' && up === 'up' && match.lastAt === match.firstAt + 1 && FOLLOW_UP_THINGS.has(doc.words[match.lastAt + 1]?.folded ?? '');
}
