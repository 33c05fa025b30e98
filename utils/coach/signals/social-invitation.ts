import type { Doc } from '../text/doc';
import type { PhraseMatch } from '../text/phrase-matcher';
import { wordSet } from '../text/word-set';
import { writesAnAddress } from './links';
import { findPitches } from './pitches';

/** A meal or a party: what people invite each other to. */
const GATHERINGS = wordSet(
  'potluck breakfast brunch lunch dinner bbq barbecue cookout party farewell picnic reunion housewarming ball gala',
);
/**
 * The ask is only for their time, or their yes: "are you free Saturday?", "are you around
 * Sunday?", "a reply here is all the RSVP we need".
 */
const AVAILABLE = wordSet('free around available rsvp');
/** "RSVP here: lu.ma/…": a sign-up page is an event's funnel, not a reply to a host. */
const RSVP = 'rsvp';
/** "a working lunch", "a lunch-and-learn", "a sales dinner": the meal as a meeting. */
const NOT_SOCIAL = wordSet('working learn sales business demo briefing pitch');

/**
 * "Are you free Saturday po? We have potluck for the new batch at my condo, 2pm", "are you free
 * Saturday 0900? Bunch of us are doing breakfast for Mendoza's last day": their time asked for a meal
 * or a party, in the ask's sentence, the one before or the next, is an invitation, not a meeting. Not where anything
 * in the note sells ("are you free Friday? We're hosting a lunch on our new platform").
 */
export function socialInvitation(doc: Doc, match: PhraseMatch): boolean {
  if (!doc.words.slice(match.firstAt, match.lastAt + 1).some((word) => AVAILABLE.has(word.folded))) return false;
  const sentence = doc.words[match.firstAt]?.sentence ?? -1;
  const last = doc.sentences[sentence + 1] ? sentence + 1 : sentence;
  const own = doc.sentences[sentence]?.firstWord ?? 0;
  // The sentence before, across a blank line: "Dinner 1830, Marriott Riverfront. A reply is all the RSVP we need."
  const first = doc.sentences[doc.words[own - 1]?.sentence ?? sentence]?.firstWord ?? own;
  const end = doc.sentences[last]?.endWord ?? 0;
  let gathering = false;
  for (let at = first; at < end; at++) {
    const text = doc.words[at]!.folded;
    if (NOT_SOCIAL.has(text)) return false;
    if (GATHERINGS.has(text)) gathering = true;
  }
  const signUp = doc.words[match.firstAt]?.folded === RSVP && writesAnAddress(doc);
  return gathering && !signUp && findPitches(doc).length === 0;
}
