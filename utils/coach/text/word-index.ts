import { startsWithDigit } from './digits';
import { memoizedPerDoc, memoKey, type Doc } from './doc';
import type { Word } from './segment';
import { listWord, UNLISTED, wordNumbers } from './vocabulary';

// Most of the coach's walkers look for a handful of trigger words ("please", "would", "your") and
// return at once on every other word: asking each of a note's words "are you one of these?" costs
// a set lookup a word a walker, about seventy walkers a note. Instead each trigger set is numbered
// the first time it is asked for, and each of its words in the vocabulary learns which sets hold
// it; a doc's words, numbered once, are then sorted into their sets in one pass, and a walker
// visits only the words it is looking for (none, in most notes).

/** Words asked for: a set that lives as long as the coach (a module's constant), or one word. */
type Texts = ReadonlySet<string> | string;

const NONE: readonly number[] = [];
const indexOfDoc = memoizedPerDoc((doc) => indexOf(wordNumbers(doc)));
const figuresKey = memoKey();

const setNumbers = new WeakMap<ReadonlySet<string>, number>();
const wordSetNumbers = new Map<string, number>();
/** By a word's number in the vocabulary: the numbers of the trigger sets holding it. */
const setsHolding: number[][] = [];
let setCount = 0;

interface Index {
  /** By trigger set number: the indexes of the doc's words in the set, ascending. */
  bySet: Array<number[] | undefined>;
  /** How many sets were numbered when the doc was indexed. */
  sets: number;
}

/**
 * The indexes of the doc's words whose (folded) text is `texts` or one of them, ascending. A set is
 * known by identity and read once: it must not change after it is first asked for. For a set made
 * for one note (a recipient's names), use `wordsAmong`.
 */
export function wordsIn(doc: Doc, texts: Texts): readonly number[] {
  const set = setNumberOf(texts);
  const index = indexOfDoc(doc);
  if (set < index.sets) return index.bySet[set] ?? NONE;
  // A set first asked for after this doc was indexed (the coach's first notes, tests).
  return wordsAmong(doc, typeof texts === 'string' ? new Set([texts]) : texts);
}

/** The indexes of the doc's words whose text is in `texts`, ascending: for sets made for one note. */
export function wordsAmong(doc: Doc, texts: ReadonlySet<string>): readonly number[] {
  const { words } = doc;
  const found: number[] = [];
  for (let at = 0; at < words.length; at++) if (texts.has((words[at] as Word).folded)) found.push(at);
  return found.length ? found : NONE;
}

/** The indexes of the doc's words that open with an ASCII digit ("12k", "2,500", "3rd"), ascending: no list names them. */
export function wordsOpeningWithDigit(doc: Doc): readonly number[] {
  return doc.cached(figuresKey, wordsOpeningWithDigitAfresh);
}

function wordsOpeningWithDigitAfresh(doc: Doc): readonly number[] {
  const { words } = doc;
  const found: number[] = [];
  for (let at = 0; at < words.length; at++) if (startsWithDigit((words[at] as Word).folded)) found.push(at);
  return found.length ? found : NONE;
}

/** The indexes of the words that open with a digit or whose text is in `texts`, ascending, each once. */
export function figuresAndWordsIn(doc: Doc, texts: Texts): readonly number[] {
  return mergeAscending(wordsOpeningWithDigit(doc), wordsIn(doc, texts));
}

/** The word indexes in either ascending list, ascending, each once. */
export function mergeAscending(first: readonly number[], second: readonly number[]): readonly number[] {
  if (first.length === 0) return second;
  if (second.length === 0) return first;
  const both: number[] = [];
  let a = 0;
  let b = 0;
  while (a < first.length || b < second.length) {
    const fromFirst = first[a] ?? Infinity;
    const fromSecond = second[b] ?? Infinity;
    if (fromFirst <= fromSecond) a++;
    if (fromSecond <= fromFirst) b++;
    both.push(Math.min(fromFirst, fromSecond));
  }
  return both;
}

// These walk the index lists by position: a for-of loop made an iterator object each call where the
// walker's callback was not inlined (about 1.5 KB a note).

/** Calls `visit` for each word whose text is in `texts`, in order: words.forEach restricted to them. */
export function forEachWordIn(doc: Doc, texts: Texts, visit: (word: Word, index: number) => void): void {
  const { words } = doc;
  const found = wordsIn(doc, texts);
  for (let i = 0; i < found.length; i++) {
    const at = found[i] as number;
    visit(words[at] as Word, at);
  }
}

/** Whether some word in words[from, to) has its text in `texts`. */
export function hasWordIn(doc: Doc, texts: Texts, from: number, to: number): boolean {
  const found = wordsIn(doc, texts);
  for (let i = 0; i < found.length; i++) {
    const at = found[i] as number;
    if (at >= to) return false;
    if (at >= from) return true;
  }
  return false;
}

/** words.findIndex restricted to the words whose text is in `texts`: -1 when none passes. */
export function firstWordIn(doc: Doc, texts: Texts, test: (word: Word, index: number) => boolean): number {
  const { words } = doc;
  const found = wordsIn(doc, texts);
  for (let i = 0; i < found.length; i++) {
    const at = found[i] as number;
    if (test(words[at] as Word, at)) return at;
  }
  return -1;
}

/** flatMap over the words whose text is in `texts`, in order. */
export function flatMapWordsIn<U>(doc: Doc, texts: Texts, each: (word: Word, index: number) => U | readonly U[]): U[] {
  const { words } = doc;
  const out: U[] = [];
  const found = wordsIn(doc, texts);
  for (let i = 0; i < found.length; i++) {
    const at = found[i] as number;
    const result = each(words[at] as Word, at);
    if (isArray(result)) out.push(...result);
    else out.push(result);
  }
  return out;
}

const isArray = Array.isArray as <U>(value: U | readonly U[]) => value is readonly U[];

function setNumberOf(texts: Texts): number {
  if (typeof texts === 'string') {
    let number = wordSetNumbers.get(texts);
    if (number === undefined) wordSetNumbers.set(texts, (number = numberSet([texts])));
    return number;
  }
  let number = setNumbers.get(texts);
  if (number === undefined) setNumbers.set(texts, (number = numberSet(texts)));
  return number;
}

function numberSet(texts: Iterable<string>): number {
  const set = setCount++;
  for (const text of texts) (setsHolding[listWord(text)] ??= []).push(set);
  return set;
}

function indexOf(numbers: readonly number[]): Index {
  const bySet = new Array<number[] | undefined>(setCount);
  for (let at = 0; at < numbers.length; at++) {
    const number = numbers[at] ?? UNLISTED;
    const sets = number === UNLISTED ? undefined : setsHolding[number];
    if (!sets) continue;
    for (let i = 0; i < sets.length; i++) {
      const set = sets[i] as number;
      const found = bySet[set];
      if (found) found.push(at);
      else bySet[set] = [at];
    }
  }
  return { bySet, sets: setCount };
}
