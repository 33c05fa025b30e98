import type { Draft, Range } from '../schema';
import { safeCut } from './chunks';
import { segmentSentences, segmentWords, type Sentence, type Word } from './segment';

/** The draft prepared once per analysis; every rule reads this, never the raw string alone. */
export interface Doc {
  readonly text: string;
  /**
   * Words and sentences come from text[0, readEnd): the first READ_LIMIT characters or so. A note
   * is a few hundred characters; reading a pasted megabyte whole would only freeze the page.
   */
  readonly readEnd: number;
  readonly draft: Draft;
  /** False when the caller left the limit to its default (matters for first messages). */
  readonly limitGiven: boolean;
  readonly words: readonly Word[];
  readonly sentences: readonly Sentence[];
  /**
   * Computes a value once per doc, so rules can share detections. The coach's own detections are
   * keyed by `memoKey()`; any object also serves as a key (tests). `compute` is given the doc, so a
   * detection can be a module's function rather than a closure made at every ask.
   */
  cached<T>(key: MemoKey | object, compute: (doc: Doc) => T): T;
}

export interface DocOptions {
  limitGiven?: boolean;
}

/** Far above any note or message LinkedIn accepts (300 and 8,000 characters). */
export const READ_LIMIT = 20_000;

// The coach asks a doc for its shared detections hundreds of times a note. Each detection gets a
// slot number once, as its module loads (`memoKey()`), so a doc's cache is an array read at that
// number: no map to build for every note, and no lookup on the key.
declare const MEMO_KEY: unique symbol;
/** A detection's slot in every doc's cache. */
export type MemoKey = number & { readonly [MEMO_KEY]: true };

let slotCount = 0;
const UNSET = Symbol('unset');

/** A new slot in every doc's cache: made once per detection, at module level. */
export function memoKey(): MemoKey {
  return slotCount++ as MemoKey;
}

/**
 * A detection asked for dozens of times a note (the word index, every phrase set's matches): memoised
 * in the doc as any other, and the last doc's value also kept at hand, so asking again about the
 * note being read is one comparison, not a call to `cached` with a closure made for it.
 */
export function memoizedPerDoc<T>(compute: (doc: Doc) => T): (doc: Doc) => T {
  const key = memoKey();
  let lastDoc: Doc | undefined;
  let lastValue: T | undefined;
  return (doc) => {
    if (doc !== lastDoc) {
      lastValue = doc.cached(key, compute);
      lastDoc = doc;
    }
    return lastValue as T;
  };
}

const slotsOfObjects = new WeakMap<object, MemoKey>();

/** Every slot unset, copied for each doc: filling a new array slot by slot cost more than the copy. */
let unsetSlots: unknown[] = [];

function freshCache(): unknown[] {
  if (unsetSlots.length !== slotCount) unsetSlots = new Array<unknown>(slotCount).fill(UNSET);
  return unsetSlots.slice();
}

function slotOf(key: MemoKey | object): MemoKey {
  if (typeof key === 'number') return key;
  let slot = slotsOfObjects.get(key);
  if (slot === undefined) slotsOfObjects.set(key, (slot = memoKey()));
  return slot;
}

export function prepareDoc(draft: Draft, options: DocOptions = {}): Doc {
  const readEnd = draft.text.length <= READ_LIMIT ? draft.text.length : safeCut(draft.text, READ_LIMIT);
  const read = draft.text.slice(0, readEnd);
  const words = segmentWords(read);
  const sentences = segmentSentences(read, words);
  const cache = freshCache();
  const doc: Doc = {
    text: draft.text,
    readEnd,
    draft,
    limitGiven: options.limitGiven ?? true,
    words,
    sentences,
    cached<T>(key: MemoKey | object, compute: (doc: Doc) => T): T {
      const slot = slotOf(key);
      // A slot made after this doc was prepared (a key first used by a test) grows the cache.
      while (cache.length <= slot) cache.push(UNSET);
      const cached = cache[slot];
      if (cached !== UNSET) return cached as T;
      const computed = compute(doc);
      cache[slot] = computed;
      return computed;
    },
  };
  return doc;
}

/** The range covering words first..last (inclusive) in the original text. */
export function wordsRange(doc: Doc, first: number, last: number): Range | undefined {
  const a = doc.words[first];
  const b = doc.words[last];
  return a && b ? [a.startAt, b.endAt] : undefined;
}
