import type { Range } from '../schema';
import type { Doc } from './doc';
import { segmentWords } from './segment';

/** A phrase list entry, kept as data: the words to find and, optionally, why they matter. */
export interface Phrase {
  /** Words to match, case- and quote-insensitively; "_" stands for any one word. */
  phrase: string;
  note?: string;
  /** Next words that cancel the match: "a referral" but not "a referral program". */
  unlessNext?: readonly string[];
  /**
   * Asks only: the reason for the note whatever comes before it (signals/asks.ts, `isHardAsk`):
   * their name behind me, the buyer, a booking link.
   */
  hard?: boolean;
}

export interface PhraseMatch {
  phrase: Phrase;
  /** Word indexes, inclusive. */
  first: number;
  last: number;
  range: Range;
}

export interface PhraseSet {
  readonly phrases: readonly Phrase[];
  find(doc: Doc): readonly PhraseMatch[];
}

const ANY_WORD = '_';

interface Compiled {
  phrase: Phrase;
  tokens: string[];
  /** The set the phrase belongs to, numbered in the order sets were compiled. */
  set: number;
}

// Every set's phrases in one index, so a note is walked once for all of them rather than once per
// set: the coach asks nearly every set about every note.
const byFirstToken = new Map<string, Compiled[]>();
const wildcardFirst: Compiled[] = [];
let setCount = 0;
const ALL_SETS = {};

export function compilePhrases(phrases: readonly Phrase[]): PhraseSet {
  const index = setCount++;
  for (const phrase of phrases) {
    const tokens = phraseTokens(phrase.phrase);
    const head = tokens[0];
    if (head === undefined) throw new Error(`Phrase "${phrase.phrase}" has no words.`);
    const compiled = { phrase, tokens, set: index };
    if (head === ANY_WORD) wildcardFirst.push(compiled);
    else {
      const same = byFirstToken.get(head);
      if (same) same.push(compiled);
      else byFirstToken.set(head, [compiled]);
    }
  }
  const set: PhraseSet = {
    phrases,
    find: (doc) => doc.memo(set, () => leftmostLongest(matchesOfSet(doc, index))),
  };
  return set;
}

/** The words of a phrase as the note's words will read. Runs for every phrase when the coach loads. */
export function phraseTokens(phrase: string): string[] {
  // "_" is not a word to the segmenter, so it is split out by hand.
  return phrase
    .split(' ')
    .flatMap((part) =>
      part === ANY_WORD || isPlainWord(part) ? [part] : segmentWords(part).map((word) => word.text),
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

function matchesOfSet(doc: Doc, index: number): PhraseMatch[] {
  let all = doc.memo(ALL_SETS, () => findAll(doc));
  // A set compiled after this doc was first read (only tests do that) has not been looked for.
  if (index >= all.length) all = findAll(doc);
  return all[index] ?? [];
}

/** Every set's matches, overlapping ones included, by set index. */
function findAll(doc: Doc): PhraseMatch[][] {
  const { words } = doc;
  const bySet: PhraseMatch[][] = Array.from({ length: setCount }, () => []);
  for (let first = 0; first < words.length; first++) {
    const word = words[first];
    if (!word || words[first - 1]?.hyphenNext) continue;
    const candidates = byFirstToken.get(word.text);
    if (candidates) collect(words, first, candidates, bySet);
    if (wildcardFirst.length > 0) collect(words, first, wildcardFirst, bySet);
  }
  return bySet;
}

function collect(words: Doc['words'], first: number, candidates: Compiled[], bySet: PhraseMatch[][]): void {
  const start = words[first]?.start ?? 0;
  for (const compiled of candidates) {
    const last = first + compiled.tokens.length - 1;
    const lastWord = words[last];
    if (!lastWord || lastWord.hyphenNext || !tokensMatch(words, first, compiled.tokens)) continue;
    // "…ages to reply. Yes of course": a phrase is said within one sentence.
    if (lastWord.sentence !== words[first]?.sentence) continue;
    const next = words[last + 1];
    if (next && next.sentence === lastWord.sentence && compiled.phrase.unlessNext?.includes(next.text))
      continue;
    bySet[compiled.set]?.push({ phrase: compiled.phrase, first, last, range: [start, lastWord.end] });
  }
}

function tokensMatch(words: Doc['words'], first: number, tokens: readonly string[]): boolean {
  for (let offset = 0; offset < tokens.length; offset++) {
    const token = tokens[offset];
    if (token !== ANY_WORD && token !== words[first + offset]?.text) return false;
  }
  return true;
}

/** Overlapping matches ("I could introduce" / "introduce you to") report once: leftmost, then longest. */
function leftmostLongest(matches: PhraseMatch[]): PhraseMatch[] {
  const sorted = [...matches].sort((a, b) => a.first - b.first || b.last - a.last);
  const kept: PhraseMatch[] = [];
  for (const match of sorted) {
    const previous = kept.at(-1);
    if (!previous || match.first > previous.last) kept.push(match);
  }
  return kept;
}
