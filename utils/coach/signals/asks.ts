import { memoizedPerDoc, type Doc } from '../text/doc';
import type { PhraseMatch } from '../text/phrase-matcher';
import { findFavourRequests } from './favour-requests';
import { findMeetingQuestions, findSchedulingQuestions } from './scheduling';
import { comingToWhatIsFree, freeAndUnsold, LISTED_BUT_NOT_ASKED, offeredOnTheirNeed, SHAPED_BUT_NOT_ASKED, toDeliverAGift } from './not-asks';
import { asks, boilerplate, unhurried } from './phrase-sets';
import { findQualifyingQuestions } from './qualifying-questions';
import { findRequestsForMine } from './requests-for-mine';
import { findSoftAsks, isHardAsk as isHardSoftAsk, namesADay } from './soft-asks';
import { outsideTopics } from './topics';
import { socialInvitation } from './social-invitation';
import { openDoorWhenNear } from './open-door';
import { wordSet } from '../text/word-set';
import { WRITER_WORDS } from '../phrases/pronouns';

/**
 * Asks of the reader, except where the words only name the topic of their work, or a span of time
 * tells a story ("you spent 20 minutes", "they went in about 20 minutes"). An ask found by its shape
 * (a qualifying question, a request for my thing) counts once, and not where a listed ask overlaps it.
 */
export function findAsks(doc: Doc): readonly PhraseMatch[] {
  return findAsksOf(doc);
}

// Asked for several times a note: kept at hand for the note being read. Most notes hold few asks
// of any kind: each step below is skipped when it has nothing to read, rather than run on empty lists.
const findAsksOf = memoizedPerDoc((doc: Doc): readonly PhraseMatch[] => {
  const listed = outsideTopics(doc, asks.find(doc)).filter(
    (match) => !LISTED_BUT_NOT_ASKED.some((notAsked) => notAsked(doc, match)),
  );
  const byShape = joined(findQualifyingQuestions(doc), findRequestsForMine(doc));
  const softAsks = findSoftAsks(doc);
  const soft = softAsks.length === 0 ? softAsks : softAsksInOtherSentences(doc, softAsks, listed, byShape);
  // The list is this function's own (a filter's copy): the shapes are added to it.
  const found = listed;
  if (byShape.length > 0 || soft.length > 0) {
    const shaped = [...byShape, ...soft].filter(
      (shape) => !listed.some((match) => match.firstAt <= shape.lastAt && shape.firstAt <= match.lastAt),
    );
    // A request inside a qualifying question is the same ask.
    const kept = shaped.filter(
      (match, index) =>
        !shaped.some((other, at) => at < index && other.firstAt <= match.lastAt && match.firstAt <= other.lastAt),
    );
    for (const match of kept) found.push(match);
  }
  // "Could you spare 15 minutes for a call?", "When's good for a Teams call?": these shapes only
  // name an ask the lists and the shapes above missed, one per sentence.
  // "If you accept, please send me the address": where a gift offered goes, as for the listed words;
  // "would be happy if you come" to something free: an invitation.
  addOnePerSentence(
    doc,
    found,
    findFavourRequests(doc).filter((match) => !toDeliverAGift(doc, match) && !comingToWhatIsFree(doc, match) && !theirsForThem(doc, match.lastAt)),
  );
  addOnePerSentence(doc, found, notAnInvitation(doc, findSchedulingQuestions(doc)));
  addOnePerSentence(doc, found, notAnInvitation(doc, findMeetingQuestions(doc)));
  if (found.length === 0) return found;
  // LinkedIn's default line ("I'd like to join your network") is reported once, as the default: an
  // ask that overlaps it ("I'd like to join your", the default found from its "like") is the default.
  const defaults = boilerplate.find(doc);
  return found
    .filter((match) => !offeredOnTheirNeed(doc, match) && !defaults.some((line) => line.firstAt <= match.lastAt && match.firstAt <= line.lastAt))
    .sort((a, b) => a.firstAt - b.firstAt);
});

/** Both lists, in order: one of them as it stands when the other is empty. Never changed after. */
function joined(first: readonly PhraseMatch[], second: readonly PhraseMatch[]): readonly PhraseMatch[] {
  if (second.length === 0) return first;
  if (first.length === 0) return second;
  return [...first, ...second];
}

/**
 * A soft ask in a sentence that already asks is the same ask ("pick a slot on my calendar for a
 * 20-min call", "would you be up for a 20-min chat?"): one finding per sentence.
 */
function softAsksInOtherSentences(
  doc: Doc,
  softAsks: readonly PhraseMatch[],
  listed: readonly PhraseMatch[],
  byShape: readonly PhraseMatch[],
): PhraseMatch[] {
  const asking = new Set([...listed, ...byShape].map((match) => doc.words[match.firstAt]?.sentence));
  return softAsks.filter((match) => {
    const sentence = doc.words[match.firstAt]?.sentence;
    if (asking.has(sentence) || SHAPED_BUT_NOT_ASKED.some((notAsked) => notAsked(doc, match))) return false;
    asking.add(sentence);
    return true;
  });
}

/** "Are you free Saturday? We have a potluck …", "if you're ever out that way": a day asked for an invitation. */
function notAnInvitation(doc: Doc, matches: readonly PhraseMatch[]): readonly PhraseMatch[] {
  // "We host a free breakfast for veterans. Is Saturday or Sunday better for your family?"
  if (matches.length === 0 || freeAndUnsold(doc)) return [];
  return matches.filter((match) => !socialInvitation(doc, match) && !openDoorWhenNear(doc, match));
}

/** Each match whose sentence holds none of `found` yet, added in turn. */
function addOnePerSentence(doc: Doc, found: PhraseMatch[], matches: readonly PhraseMatch[]): void {
  for (let i = 0; i < matches.length; i++) {
    const match = matches[i] as PhraseMatch;
    const sentence = doc.words[match.firstAt]?.sentence;
    if (!found.some((other) => doc.words[other.firstAt]?.sentence === sentence)) found.push(match);
  }
}

/**
 * An ask that is the reason for the note, which a warm opening does not soften: a referral, a
 * recommendation, the buyer's name, a booking, a favour for my post, a next step proposed as a
 * question ("worth a convo?"). Also listed words in a sentence where such a shape was found. Not
 * one for someone else the note speaks of ("could you take a 10-min call from him?").
 */
export function isHardAsk(doc: Doc, match: PhraseMatch): boolean {
  if (forAnother(doc, match.firstAt)) return false;
  if (match.phrase.hard) return true;
  const sentence = doc.words[match.firstAt]?.sentence;
  if (booksAMeeting(doc, match) || asksForFreebie(doc, match)) return true;
  return findSoftAsks(doc).some(
    (soft) => doc.words[soft.firstAt]?.sentence === sentence && isHardSoftAsk(doc, soft),
  );
}

/** A meeting, or a visit the writer proposes ("could I pop in next week?"). */
const MEETINGS = wordSet('call chat coffee meet meeting zoom lunch drink drinks demo talk pop swing drop');

/**
 * "Free for a quick coffee next week?", "could we schedule a call on Thursday?": a meeting asked for
 * on a day books the reader's time, however warm the opening. Not "could you call me this week?
 * Nothing urgent": the day is loose.
 */
function booksAMeeting(doc: Doc, match: PhraseMatch): boolean {
  const sentence = doc.words[match.firstAt]?.sentence;
  if (!doc.sentences[sentence ?? -1]?.question) return false;
  const meeting = doc.words.slice(match.firstAt, match.lastAt + 1).some((word) => MEETINGS.has(word.folded));
  return meeting && namesADay(doc, sentence, { weeks: true }) && unhurried.find(doc).length === 0;
}

const FREE = wordSet('free complimentary comp');
/** What a stranger is asked to give away: "could you get us a free one-year licence?". */
const FREEBIES = wordSet(
  'licence license licences licenses copy copies subscription access ticket tickets pass passes trial ' +
  'account seat seats upgrade sample samples',
);
const FREEBIE_REACH = 3;

/** An ask whose sentence asks for something free of theirs: the favour is the thing itself. */
function asksForFreebie(doc: Doc, match: PhraseMatch): boolean {
  const sentence = doc.sentences[doc.words[match.firstAt]?.sentence ?? -1];
  if (!sentence) return false;
  for (let at = sentence.firstWord; at < sentence.endWord; at++) {
    if (!FREE.has(doc.words[at]?.folded ?? '')) continue;
    for (let next = at + 1; next <= at + FREEBIE_REACH && next < sentence.endWord; next++)
      if (FREEBIES.has(doc.words[next]?.folded ?? '')) return true;
  }
  return false;
}

const THIRD_PARTY_OWNERS = wordSet('his her their');

/** "Please send me his name": someone else's details, asked for their sake (as the listed "send me" is not). */
function theirsForThem(doc: Doc, last: number): boolean {
  const { words } = doc;
  return words[last]?.folded === 'send' && words[last + 1]?.folded === 'me' && THIRD_PARTY_OWNERS.has(words[last + 2]?.folded ?? '');
}

/**
 * "Would you do a ten-minute video call with her some Sunday?", "would you give him a 20 minute
 * interview?", "would you pass on my regards", or any ask after "one of my vets …": what is asked is
 * for someone else the note speaks of, not the writer's meeting or gain.
 */
export function forAnother(doc: Doc, first: number): boolean {
  const care = speaksForOneInCare(doc);
  if (care >= 0 && care <= first) return true;
  const index = doc.words[first]?.sentence ?? -1;
  const sentence = doc.sentences[index];
  if (!sentence) return false;
  let writer = false;
  for (let at = first; at < sentence.endWord; at++) {
    const word = doc.words[at]!.folded;
    if (word === 'regards') return true;
    // Not "introduce me to her", "so I can speak with him": the writer's own door.
    writer ||= WRITER_WORDS.has(word);
    if (!writer && THIRD_PERSON.has(word)) return true;
  }
  return false;
}
const THIRD_PERSON = wordSet('him her');

/** Whom the writer looks after: "one of my vets", "one of my cadets". */
const IN_MY_CARE = wordSet('vets veterans patients students cadets mentees trainees apprentices guys lads kids residents');

/**
 * "One of my vets, Mr. Manalo, keeps missing his appointment … could you call me if a slot opens?":
 * where the note first speaks for someone in the writer's care (the index of "vets"), or -1. Found once
 * per note; every ask after it is for them.
 */
const speaksForOneInCare = memoizedPerDoc((doc: Doc): number =>
  doc.words.findIndex(
    (word, at) =>
      IN_MY_CARE.has(word.folded) &&
      doc.words[at - 1]?.folded === 'my' &&
      doc.words[at - 2]?.folded === 'of' &&
      doc.words[at - 3]?.folded === 'one',
  ),
);
