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
  /** Computes a value once per doc, so rules can share detections. */
  memo<T>(key: object, compute: () => T): T;
}

export interface DocOptions {
  limitGiven?: boolean;
}

/** Far above any note or message LinkedIn accepts (300 and 8,000 characters). */
export const READ_LIMIT = 20_000;

// The coach asks a doc for its shared detections hundreds of times a note. Each memo key (a
// module's function or phrase list, alive as long as the coach) gets a slot once, so a doc's cache
// is an array: no map to build and grow for every note. The slot is kept on the key itself, read
// like any property; a WeakMap lookup for each of those calls cost more than the detections it found.
const SLOT = Symbol('memo slot');
const slotsOfSealed = new WeakMap<object, number>();
let slotCount = 0;
const UNSET = Symbol('unset');

function slotOf(key: object): number {
  const slot = (key as { [SLOT]?: number })[SLOT] ?? slotsOfSealed.get(key);
  if (slot !== undefined) return slot;
  const added = slotCount++;
  if (Object.isExtensible(key)) Object.defineProperty(key, SLOT, { value: added });
  else slotsOfSealed.set(key, added);
  return added;
}

export function prepareDoc(draft: Draft, options: DocOptions = {}): Doc {
  const readEnd = draft.text.length <= READ_LIMIT ? draft.text.length : safeCut(draft.text, READ_LIMIT);
  const read = draft.text.slice(0, readEnd);
  const words = segmentWords(read);
  const sentences = segmentSentences(read, words);
  const cache: unknown[] = [];
  return {
    text: draft.text,
    readEnd,
    draft,
    limitGiven: options.limitGiven ?? true,
    words,
    sentences,
    memo<T>(key: object, compute: () => T): T {
      const slot = slotOf(key);
      if (slot < cache.length && cache[slot] !== UNSET) return cache[slot] as T;
      const computed = compute();
      while (cache.length <= slot) cache.push(UNSET);
      cache[slot] = computed;
      return computed;
    },
  };
}

/** The range covering words first..last (inclusive) in the original text. */
export function wordsRange(doc: Doc, first: number, last: number): Range | undefined {
  const a = doc.words[first];
  const b = doc.words[last];
  return a && b ? [a.start, b.end] : undefined;
}
