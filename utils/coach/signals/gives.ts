import { COLLATERAL, CONGRATULATIONS } from '../phrases/offers-value';
import type { Range } from '../schema';
import { memoKey, type Doc } from '../text/doc';
import { findConditionalOffers } from './conditional-offers';
import { findGratitude } from './gratitude';
import { findLinksGiven } from './links';
import { askingSentences, pressingSentences, sentenceAt } from './hooks';
import { findPitches } from './pitches';
import type { PhraseMatch } from '../text/phrase-matcher';
import { helpedOnBehalf, offersValue, payments, returns } from './phrase-sets';
import { flatMap } from '../text/flat-map';
import { theirWillingness } from './willingness';
import { findReviewsPromised } from './review-offers';
import { findHandedOn } from './handed-on';
import { wordSet } from '../text/word-set';

/** How many words after an offer its object may come: "happy to send over the deck". */
const OBJECT_REACH = 4;

const findGivesKey = memoKey();

/** Everything the note gives: offers, help, congratulations, specific thanks. */
export function findGives(doc: Doc): Range[] {
  return doc.cached(findGivesKey, findGivesAfresh);
}

function findGivesAfresh(doc: Doc): Range[] {
  // "Happy to send our pricing", "congrats! Our package starts at …": a give inside an ask or a pitch is its wrapping.
  const hooked = askingSentences(doc);
  // "I'll send you the report plus a gift card for your time": payment for what the note asks.
  const asks = hooked.size > 0 || doc.sentences.some((sentence) => sentence.question);
  const traded = new Set(
    [...payments.find(doc), ...(asks ? returns.find(doc) : [])].map(
      (match) => doc.words[match.firstAt]?.sentence,
    ),
  );
  return [
    ...offers(doc).map((match) => match.range),
    ...findGratitude(doc),
    ...findHelpDone(doc),
    ...findLinksGiven(doc),
    ...findConditionalOffers(doc),
    ...findReviewsPromised(doc),
    ...findHandedOn(doc),
  ]
    .filter((range) => {
      const sentence = sentenceAt(doc, range[0]) ?? -1;
      return !hooked.has(sentence) && !traded.has(sentence);
    })
    .sort((a, b) => a[0] - b[0]);
}

const findSubstantialGivesKey = memoKey();

/**
 * Gives that could license a small ask after them: not congratulations, which cost the writer
 * nothing ("Congrats on the new role! Could I pick your brain?" still asks first).
 */
export function findSubstantialGives(doc: Doc): Range[] {
  return doc.cached(findSubstantialGivesKey, findSubstantialGivesAfresh);
}

function findSubstantialGivesAfresh(doc: Doc): Range[] {
  const congratulations = offers(doc)
    .filter((match) => CONGRATULATIONS.has(match.phrase.phrase))
    .map((match) => match.range[0]);
  return findGives(doc).filter((range) => !congratulations.includes(range[0]));
}

const findHelpDoneKey = memoKey();

/**
 * "I spoke with my cousin about an internship for your nephew": the writer already went to someone on
 * their behalf. The help must be for them or theirs, or it is only a way in ("I spoke with your CFO").
 */
export function findHelpDone(doc: Doc): Range[] {
  return doc.cached(findHelpDoneKey, findHelpDoneAfresh);
}

function findHelpDoneAfresh(doc: Doc): Range[] {
  return flatMap(helpedOnBehalf.find(doc), (match) => {
    const sentence = doc.words[match.firstAt]?.sentence;
    const forThem = doc.words
      .slice(match.lastAt + 1)
      .some(
        (word, at, rest) =>
          word.sentence === sentence && word.folded === 'for' && THEM.has(rest[at + 1]?.folded ?? ''),
      );
    return forThem ? [match.range] : [];
  });
}

const THEM = wordSet('you your');

/** Offers, less those whose object is the writer's sales material ("happy to send the deck"). */
function offers(doc: Doc): readonly PhraseMatch[] {
  // "Congrats on the Series B! … we've helped 40+ startups hire": congratulations that open a pitch are
  // its wrapping, wherever the pitch comes.
  const pitching = findPitches(doc).length > 0;
  return offersValue.find(doc).filter((match) => {
    if (pitching && CONGRATULATIONS.has(match.phrase.phrase)) return false;
    if (theirWillingness(doc, match.firstAt)) return false;
    const sentence = doc.words[match.lastAt]?.sentence;
    return !doc.words
      .slice(match.lastAt + 1, match.lastAt + 1 + OBJECT_REACH)
      .some((word) => word.sentence === sentence && COLLATERAL.has(word.folded));
  });
}

/** Whether a follow-up brings something ("here is the guide, in case it helps") outside any ask or pitch. */
export function bringsSomething(doc: Doc): boolean {
  const pressing = pressingSentences(doc);
  return offers(doc).some((match) => !pressing.has(sentenceAt(doc, match.range[0]) ?? -1));
}
