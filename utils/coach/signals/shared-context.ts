import { GROUPS, MEMBERSHIP, NOT_A_GROUP_NAME, SHARED_IN_NAME_ONLY } from '../phrases/shared-context';
import type { Range } from '../schema';
import { memoKey, type Doc } from '../text/doc';
import { sharedContext, sharedIfNamed } from './phrase-sets';
import { deniedBefore, precededBy } from './negation';
import { findProperNouns } from './proper-nouns';
import { flatMap } from '../text/flat-map';
import { wordSet } from '../text/word-set';
import { SELF_WORDS } from '../phrases/pronouns';

/** How far after "we're both" or "a mutual friend" a name may come. */
const NAME_WINDOW = 6;
const DEFINITE_LINKS = wordSet('on at');
/** Capitalised words before "suggested we connect" that are not a person who knows you both. */
const NOT_A_NAME = wordSet('linkedin i he she they we it someone algorithm');

/** First words of phrases whose subject is a third person ("Dana suggested …", "Tom introduced us"). */
const PERSON_DID = wordSet('suggested recommended pointed introduced mentioned speaks says spoke said reckons');

/** "we are both in the Calder Valley choir": a named group, not a city or LinkedIn's groups. */
function namedGroup(doc: Doc, link: number): boolean {
  const sentence = doc.words[link]?.sentence;
  if (doc.words[link]?.folded !== 'in' || doc.words[link + 1]?.folded !== 'the') return false;
  const window = doc.words
    .slice(link + 2, link + 2 + NAME_WINDOW)
    .filter((word) => word.sentence === sentence);
  const group = window.findIndex((word) => GROUPS.has(word.folded));
  const before = window.slice(0, group);
  return (
    group > 0 &&
    before.some((word) => word.raw !== word.folded) &&
    !before.some((word) => NOT_A_GROUP_NAME.has(word.folded))
  );
}

const NEGATION_REACH = 3;
/** "would be great working with you", "it'd be lovely meeting you": a wish, not a memory. */
const WISHED = wordSet("be it'd that'd i'd would");

/** "I don't think we've met", "would be great working with you": what comes after is not shared. */
function negated(doc: Doc, first: number): boolean {
  return deniedBefore(doc, first, NEGATION_REACH) || precededBy(doc, first, NEGATION_REACH, WISHED);
}

/** "too" or "as well" closing a sentence: the writer does the same thing. */
const ALSO = wordSet('too also');

/**
 * "Saw you coach U10 at Riverside too": they do something, named, that the writer does as well. The
 * sentence must be about them ("you") and name the place or group; "I'm in sales too" names nothing.
 */
function sameHere(doc: Doc): Range[] {
  return flatMap(doc.sentences, (sentence) => {
    const words = doc.words.slice(sentence.firstWord, sentence.endWord);
    const last = words.at(-1);
    if (!last || !ALSO.has(last.folded) || !words.some((word) => word.folded === 'you')) return [];
    const named = words
      .slice(1, -1)
      .some((word) => (word.raw !== word.folded && !SELF_WORDS.has(word.folded)) || [...word.folded].some((c) => c >= '0' && c <= '9'));
    return named ? [[words[0]?.startAt ?? last.startAt, last.endAt] as Range] : [];
  });
}

const findSharedContextKey = memoKey();

/** Context the two people share, with something particular named (an event, a school, a person). */
export function findSharedContext(doc: Doc): Range[] {
  return doc.cached(findSharedContextKey, findSharedContextAfresh);
}

function findSharedContextAfresh(doc: Doc): Range[] {
  const names = findProperNouns(doc);
  const named = sharedIfNamed.find(doc).filter((match) => {
    const last = doc.words[match.lastAt];
    const next = doc.words[match.lastAt + 1];
    if (!last) return false;
    const nameOnly = !!next && next.sentence === last.sentence && SHARED_IN_NAME_ONLY.has(next.folded);
    if (nameOnly && !namedGroup(doc, match.lastAt + 1)) return false;
    // "we're both on the netball board", "at the Friday clinic": a particular one, and how.
    const definite = !!next && DEFINITE_LINKS.has(next.folded) && doc.words[match.lastAt + 2]?.folded === 'the';
    // "fellow dad here (your post about 4am feeds …)": an aside says something else.
    const aside = doc.text.indexOf('(', last.endAt);
    const reach = doc.words[Math.min(doc.words.length - 1, match.lastAt + NAME_WINDOW)]?.endAt ?? last.endAt;
    const windowEnd = aside >= 0 && aside < reach ? aside : reach;
    const before = doc.words[match.firstAt - 1];
    // "Dana suggested we connect" names who; in "Hi Sam, we both …" the name before is the greeting.
    const namedBefore =
      PERSON_DID.has(doc.words[match.firstAt]?.folded ?? '') &&
      !!before &&
      before.sentence === last.sentence &&
      before.raw[0] !== before.raw[0]?.toLowerCase() &&
      !NOT_A_NAME.has(before.folded);
    const namedAfter = names.some(
      ([start]) =>
        start > last.startAt &&
        start < windowEnd &&
        doc.words.find((w) => w.startAt === start)?.sentence === last.sentence,
    );
    const figureAfter = doc.words
      .slice(match.lastAt + 1, match.lastAt + 1 + NAME_WINDOW)
      .some(
        (word) =>
          word.sentence === last.sentence &&
          word.endAt <= windowEnd &&
          [...word.folded].some((c) => c >= '0' && c <= '9'),
      );
    const membership = doc.words
      .slice(match.lastAt + 1, match.lastAt + 1 + NAME_WINDOW)
      .some((word) => word.sentence === last.sentence && MEMBERSHIP.has(word.folded));
    return !membership && (definite || namedBefore || namedAfter || figureAfter);
  });
  return [
    ...sharedContext
      .find(doc)
      .filter((match) => !negated(doc, match.firstAt))
      .map((match) => match.range),
    ...named.map((match) => match.range),
    ...sameHere(doc),
  ].sort((a, b) => a[0] - b[0]);
}
