import type { Doc } from '../text/doc';
import type { PhraseMatch } from '../text/phrase-matcher';
import { wordSet } from '../text/word-set';
import { findPitches } from './pitches';

/** A meal or a party: what people invite each other to. */
const GATHERINGS = wordSet(
  'potluck breakfast brunch lunch dinner bbq barbecue cookout party farewell picnic reunion housewarming',
);
/** The ask is only for their time: "are you free Saturday?", "are you around Sunday?". */
const AVAILABLE = wordSet('free around available');
/** "a working lunch", "a lunch-and-learn", "a sales dinner": the meal as a meeting. */
const NOT_SOCIAL = wordSet('working learn sales business demo briefing pitch');

/**
 * "Are you free Saturday po? We have potluck for the new batch at my condo, 2pm", "are you free
 * Saturday 0900? Bunch of us are doing breakfast for Mendoza's last day": their time asked for a meal
 * or a party, in the ask's sentence or the next, is an invitation, not a meeting. Not where anything
 * in the note sells ("are you free Friday? We're hosting a lunch on our new platform").
 */
export function socialInvitation(doc: Doc, match: PhraseMatch): boolean {
  if (!doc.words.slice(match.first, match.last + 1).some((word) => AVAILABLE.has(word.text))) return false;
  const sentence = doc.words[match.first]?.sentence ?? -1;
  const last = doc.sentences[sentence + 1] ? sentence + 1 : sentence;
  const first = doc.sentences[sentence]?.firstWord ?? 0;
  const end = doc.sentences[last]?.endWord ?? 0;
  let gathering = false;
  for (let at = first; at < end; at++) {
    const text = doc.words[at]!.text;
    if (NOT_SOCIAL.has(text)) return false;
    if (GATHERINGS.has(text)) gathering = true;
  }
  return gathering && findPitches(doc).length === 0;
}
