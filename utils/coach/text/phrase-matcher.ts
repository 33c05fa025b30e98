import type { Range } from '../schema';
import { insertionSort } from './insertion-sort';
import { memoizedPerDoc, memoKey, type Doc } from './doc';
import { segmentWords, type Word } from './segment';
import { anyNodeOf, endsAt, firstNode, flatten, NO_NODE, nextNodeOf, type FlatPhraseTree } from './flat-phrase-tree';
import { addPhrase, ANY_WORD, newPhraseTree } from './phrase-tree';
import { UNLISTED, wordNumbers } from './vocabulary';

/** A phrase list entry, kept as data: the words to find, and when they do not count. */
export interface Phrase {
  /**
   * Words to match, case- and quote-insensitively; "_" stands for any one word, and "i/we" for either
   * word ("the bid i/we sent" is two phrases, compiled in that order).
   */
  phrase: string;
  /** Next words that cancel the match: "a referral" but not "a referral program". */
  unlessNext?: readonly string[];
  /**
   * Asks only: the reason for the note whatever comes before it (signals/asks.ts, `isHardAsk`):
   * their name behind me, the buyer, a booking link.
   */
  hard?: boolean;
}

/** A phrase list's entry: the words alone, or the words with their options. */
export type PhraseEntry = string | Phrase;

export const phraseOf = (entry: PhraseEntry): Phrase => (typeof entry === 'string' ? { phrase: entry } : entry);

export interface PhraseMatch {
  phrase: Phrase;
  /** Word indexes, inclusive. */
  firstAt: number;
  lastAt: number;
  range: Range;
}

export interface PhraseSet {
  readonly phrases: readonly Phrase[];
  find(doc: Doc): readonly PhraseMatch[];
}

interface Compiled {
  phrase: Phrase;
  /** The set the phrase belongs to, numbered in the order sets were compiled. */
  set: number;
  /** Matches at one word are reported in this order: phrases led by a word, then by "_", each as compiled. */
  order: number;
}

const NO_MATCHES: readonly PhraseMatch[] = Object.freeze([]);

// Every set's phrases in one tree, so a note is walked once for all of them rather than once per
// set: the coach asks nearly every set about every note.
const tree = newPhraseTree<Compiled>();
let setCount = 0;
let phraseCount = 0;
/** The tree as walked, laid out again whenever phrases were added since (the coach's lists load once). */
let flat: FlatPhraseTree<Compiled> | undefined;
let flatPhrases = -1;
/** Orders "_"-led phrases after every phrase led by a word, as the matcher always has. */
const WILDCARD_FIRST = 1_000_000_000;

export function compilePhrases(entries: readonly PhraseEntry[]): PhraseSet {
  const phrases = entries.flatMap((entry) => alternativesOf(phraseOf(entry)));
  const index = setCount++;
  const key = memoKey();
  for (const phrase of phrases) {
    const tokens = phraseTokens(phrase.phrase);
    const node = addPhrase(tree, tokens);
    const order = phraseCount++ + (tokens[0] === ANY_WORD ? WILDCARD_FIRST : 0);
    node.ends.push({ phrase, set: index, order });
  }
  const set: PhraseSet = {
    phrases,
    find: (doc) => {
      const all = allSetsOf(doc);
      if (index < all.sets) return all.bySet[index] ?? NO_MATCHES;
      // A set compiled after this doc was first read (only tests do that) has not been looked for.
      return doc.cached(key, (read) => findAll(read).bySet[index] ?? NO_MATCHES);
    },
  };
  return set;
}

/** "the bid i/we sent" is "the bid i sent" and "the bid we sent": each word's alternatives, in order. */
export function alternativesOf(phrase: Phrase): Phrase[] {
  const words = phrase.phrase.split(' ');
  const at = words.findIndex((word) => word.includes('/'));
  return at < 0
    ? [phrase]
    : words[at]!.split('/').flatMap((word) => alternativesOf({ ...phrase, phrase: [...words.slice(0, at), word, ...words.slice(at + 1)].join(' ') }));
}

/** The words of a phrase as the note's words will read. Runs for every phrase when the coach loads. */
export function phraseTokens(phrase: string): string[] {
  // "_" is not a word to the segmenter, so it is split out by hand.
  return phrase
    .split(' ')
    .flatMap((part) =>
      part === ANY_WORD || isPlainWord(part) ? [part] : segmentWords(part).map((word) => word.folded),
    );
}

/** Lowercase ASCII letters alone are one word as they stand: most of every list, read without the segmenter. */
function isPlainWord(part: string): boolean {
  for (let i = 0; i < part.length; i++) {
    const code = part.charCodeAt(i);
    if (code < 97 || code > 122) return false;
  }
  return part.length > 0;
}

/** Every set's matches in a doc. */
interface AllSets {
  /** By set index: the matches `find` reports (overlapping ones left out), none where nothing matched. */
  bySet: Array<PhraseMatch[] | undefined>;
  /** How many sets were compiled when the doc was read. */
  sets: number;
}

const allSetsOf = memoizedPerDoc(findAll);

// The phrases found ending at each word from the one a walk starts at, in two lists reused for every
// word of every note: an object for each would be garbage a moment later.
const foundPhrases: Compiled[] = [];
const foundLasts: number[] = [];

/** Every set's matches, by set index, each set's overlapping ones left out as `find` reports them. */
function findAll(doc: Doc): AllSets {
  const { words } = doc;
  const numbers = wordNumbers(doc);
  // Most sets match nothing in a note: their lists are made only for a match.
  const bySet = new Array<PhraseMatch[] | undefined>(setCount);
  const found = foundPhrases;
  const lasts = foundLasts;
  found.length = 0;
  lasts.length = 0;
  if (flat === undefined || flatPhrases !== phraseCount) {
    flat = flatten(tree);
    flatPhrases = phraseCount;
  }
  const walked = flat;
  const { firstAny } = walked;
  // A phrase starts at no word joined to the one before it by a hyphen ("call-out").
  let joined = false;
  for (let first = 0; first < words.length; first++) {
    const word = words[first] as Word;
    if (joined) {
      joined = word.hyphenNext;
      continue;
    }
    joined = word.hyphenNext;
    const number = numbers[first] as number;
    const led = number === UNLISTED ? NO_NODE : firstNode(walked, number);
    if (led !== NO_NODE) collect(walked, words, numbers, word.sentence, first, led, found, lasts);
    if (firstAny !== NO_NODE) collect(walked, words, numbers, word.sentence, first, firstAny, found, lasts);
    if (found.length === 0) continue;
    if (found.length > 1) sortByOrder(found, lasts);
    for (let i = 0; i < found.length; i++) {
      const compiled = found[i] as Compiled;
      const last = lasts[i] as number;
      (bySet[compiled.set] ??= []).push({ phrase: compiled.phrase, firstAt: first, lastAt: last, range: [word.startAt, (words[last] as Word).endAt] });
    }
    found.length = 0;
    lasts.length = 0;
  }
  // Nearly every set is asked about every note: each keeps its reported matches at once, in place.
  for (let set = 0; set < bySet.length; set++) {
    const matches = bySet[set];
    if (matches) keepLeftmostLongest(matches);
  }
  return { bySet, sets: setCount };
}

/** The phrases found at one word in their compiled order (each order is a phrase's own), their last words alongside. */
function sortByOrder(found: Compiled[], lasts: number[]): void {
  for (let at = 1; at < found.length; at++) {
    const compiled = found[at] as Compiled;
    const last = lasts[at] as number;
    let to = at;
    while (to > 0 && (found[to - 1] as Compiled).order > compiled.order) {
      found[to] = found[to - 1] as Compiled;
      lasts[to] = lasts[to - 1] as number;
      to--;
    }
    found[to] = compiled;
    lasts[to] = last;
  }
}

/**
 * The phrases matched from the word whose words so far run to words[at], all in sentence number
 * `sentence`, and lead to `node`. A phrase is said within one sentence ("…ages to reply. Yes of
 * course"), and sentence numbers only grow along the words: the walk stops at the sentence's end.
 */
function collect(
  walked: FlatPhraseTree<Compiled>,
  words: Doc['words'],
  numbers: readonly number[],
  sentence: number,
  at: number,
  node: number,
  found: Compiled[],
  lasts: number[],
): void {
  const lastWord = words[at] as Word;
  const next = words[at + 1];
  const nextInSentence = next !== undefined && next.sentence === sentence;
  if (endsAt(walked, node) && !lastWord.hyphenNext) {
    const nextText = nextInSentence ? next.folded : undefined;
    const ends = walked.ends[node] ?? [];
    for (let i = 0; i < ends.length; i++) {
      const compiled = ends[i] as Compiled;
      if (nextText !== undefined && compiled.phrase.unlessNext?.includes(nextText)) continue;
      found.push(compiled);
      lasts.push(at);
    }
  }
  if (!nextInSentence) return;
  const number = numbers[at + 1] as number;
  const child = number === UNLISTED ? NO_NODE : nextNodeOf(walked, node, number);
  if (child !== NO_NODE) collect(walked, words, numbers, sentence, at + 1, child, found, lasts);
  const any = anyNodeOf(walked, node);
  if (any !== NO_NODE) collect(walked, words, numbers, sentence, at + 1, any, found, lasts);
}

/**
 * Overlapping matches ("I could introduce" / "introduce you to") report once: leftmost, then longest.
 * Sorted in place by a stable insertion sort (the matches come nearly in order: by first word already),
 * then the kept ones moved to the front.
 */
function keepLeftmostLongest(matches: PhraseMatch[]): void {
  insertionSort(matches, leftmostLongestFirst);
  let kept = 0;
  for (let at = 0; at < matches.length; at++) {
    const match = matches[at] as PhraseMatch;
    const previous = kept > 0 ? (matches[kept - 1] as PhraseMatch) : undefined;
    if (!previous || match.firstAt > previous.lastAt) matches[kept++] = match;
  }
  matches.length = kept;
}

const leftmostLongestFirst = (a: PhraseMatch, b: PhraseMatch) => a.firstAt - b.firstAt || b.lastAt - a.lastAt;
