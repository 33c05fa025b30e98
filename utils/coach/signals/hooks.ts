import { memoKey, memoizedPerDoc, type Doc } from '../text/doc';
import { findAsks, isHardAsk } from './asks';
import { profileFrames, requestOpeners } from './phrase-sets';
import { findChases } from './chases';
import { findJobSearches } from './job-search';
import { findCommerceShapes } from './commerce-shapes';
import { findPitches } from './pitches';
import { findHandedOn } from './handed-on';
import { findTheirWork, type WorkMention } from './their-work';
import { flatMap } from '../text/flat-map';
import { PIVOTS } from '../phrases/pivots';

/** Sentences that ask for something or pitch: whatever else they say is the hook of the ask. */
export function askingSentences(doc: Doc): ReadonlySet<number> {
  return askingSentencesOf(doc);
}

// Asked for several times a note: kept at hand for the note being read.
const askingSentencesOf = memoizedPerDoc((doc: Doc): ReadonlySet<number> => new Set([...pressingSentences(doc), ...sentencesOf(doc, findChases(doc))]));

const pressingSentencesKey = memoKey();

/** Sentences that ask or pitch, leaving aside a chase ("following up on my note: here is the guide"). */
export function pressingSentences(doc: Doc): ReadonlySet<number> {
  return doc.cached(pressingSentencesKey, pressingSentencesAfresh);
}

function pressingSentencesAfresh(doc: Doc): ReadonlySet<number> {
  // "Can I give her your number?": leave asked to hand their details on, a lead passed to them.
  const handedOn = new Set(findHandedOn(doc).map((range) => sentenceAt(doc, range[0])));
  const openers = requestOpeners.find(doc).filter((opener) => !handedOn.has(doc.words[opener.firstAt]?.sentence));
  return new Set(sentencesOf(doc, [...findAsks(doc), ...openers, ...findPitches(doc), ...findJobSearches(doc)]));
}

function sentencesOf(doc: Doc, matches: readonly { firstAt: number }[]): number[] {
  return flatMap(matches, (match) => {
    const sentence = doc.words[match.firstAt]?.sentence;
    return sentence === undefined ? [] : [sentence];
  });
}

/** The sentence a range starts in. */
export function sentenceAt(doc: Doc, start: number): number | undefined {
  return doc.words[firstWordEndingAfter(doc, start)]?.sentence;
}

/** The index of the first word that ends after `start`, or -1 (words are in order: a binary search). */
export function firstWordEndingAfter(doc: Doc, start: number): number {
  const { words } = doc;
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (words[middle]!.endAt > start) high = middle;
    else low = middle + 1;
  }
  return low < words.length ? low : -1;
}

const findEarnedWorkMentionsKey = memoKey();

/**
 * Mentions of their work that earn praise: not a detail used as the hook of an ask or a pitch in
 * the same sentence ("I noticed Beacon Logistics is growing. Are you open to …" keeps the first),
 * and none in a note that makes a hard ask or sells by its shape.
 */
export function findEarnedWorkMentions(doc: Doc): WorkMention[] {
  return doc.cached(findEarnedWorkMentionsKey, findEarnedWorkMentionsAfresh);
}

function findEarnedWorkMentionsAfresh(doc: Doc): WorkMention[] {
  // A note that exists for its ask (a referral, a booking, the buyer's name): every detail in it is the hook.
  if (findAsks(doc).some((ask) => isHardAsk(doc, ask))) return [];
  // Likewise a note that sells by its shape (a price, a count of results, free bait, slots still
  // open): the detail is how the pitch opens.
  if (findCommerceShapes(doc).length > 0) return [];
  const hooked = askingSentences(doc);
  const pivot = pivotToTheAsk(doc);
  // A profile word in a sentence that says it was read off the profile is the template's fill.
  const framed = new Set(profileFrames.find(doc).map((frame) => doc.words[frame.firstAt]?.sentence));
  // A word of their headline or company is what a template fills in: it counts only in a note that asks for nothing.
  return findTheirWork(doc).filter((mention) => {
    const sentence = sentenceAt(doc, mention.range[0]) ?? -1;
    return (
      !hooked.has(sentence) &&
      sentence >= pivot &&
      ((mention.source !== 'headline' && mention.source !== 'company') || (hooked.size === 0 && !framed.has(sentence)))
    );
  });
}

const PIVOT_WORDS = PIVOTS.map((pivot) => pivot.split(' '));

/**
 * The first sentence that asks or sells and opens with a pivot ("Loved your talk! By the way, are you
 * hiring?"): what came before it was the way in. -1 when there is none.
 */
function pivotToTheAsk(doc: Doc): number {
  const pressing = pressingSentences(doc);
  if (pressing.size === 0) return -1;
  // "I have one request: I am applying to …": the pivot may stand just before the ask.
  for (let sentence = 0; sentence < doc.sentences.length; sentence++) {
    if (!pressing.has(sentence) && !pressing.has(sentence + 1)) continue;
    const first = doc.sentences[sentence]!.firstWord;
    if (PIVOT_WORDS.some((words) => words.every((word, at) => doc.words[first + at]?.folded === word))) return sentence;
  }
  return -1;
}
