import type { Draft, Range } from '../schema';
import { foldWord } from './fold';
import { segmentSentences, segmentWords, type Sentence, type Word } from './segment';

/** The draft prepared once per analysis; every rule reads this, never the raw string alone. */
export interface Doc {
  readonly text: string;
  /**
   * Lowercased with curly quotes folded. Lowercasing can change lengths (İ → i̇), so offsets into
   * this string are not offsets into `text`: rules that report a range work from `words`.
   */
  readonly normalized: string;
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

export function prepareDoc(draft: Draft, options: DocOptions = {}): Doc {
  const words = segmentWords(draft.text);
  const sentences = segmentSentences(draft.text, words);
  const cache = new Map<object, unknown>();
  return {
    text: draft.text,
    normalized: foldWord(draft.text),
    draft,
    limitGiven: options.limitGiven ?? true,
    words,
    sentences,
    memo<T>(key: object, compute: () => T): T {
      if (!cache.has(key)) cache.set(key, compute());
      return cache.get(key) as T;
    },
  };
}

/** The range covering words first..last (inclusive) in the original text. */
export function wordsRange(doc: Doc, first: number, last: number): Range | undefined {
  const a = doc.words[first];
  const b = doc.words[last];
  return a && b ? [a.start, b.end] : undefined;
}
