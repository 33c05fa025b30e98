import type { Range } from '../schema';
import type { Doc } from '../text/doc';

// What the word model reads: each word and each pair of neighbouring words within a sentence, as
// the doc holds them (lowercased, quotes folded), every run of digits written as "#" so "15
// minutes" and "20 minutes" are one feature. Training (scripts/train-word-model.ts) and judging
// read notes through this one function.

/** Each run of digits as one "#": "20-min" → "#-min". */
export function spelled(word: string): string {
  if (!hasDigit(word)) return word;
  let out = '';
  let inDigits = false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const digit = code >= 48 && code <= 57;
    if (!digit) out += word[i];
    else if (!inDigits) out += '#';
    inDigits = digit;
  }
  return out;
}

function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

export interface WordFeature {
  key: string;
  /** Where the feature first occurs in the note. */
  range: Range;
}

/** Each feature once, in reading order, with where it first occurs. */
export function wordFeatures(doc: Doc): WordFeature[] {
  const seen = new Set<string>();
  const features: WordFeature[] = [];
  const add = (key: string, range: Range) => {
    if (seen.has(key)) return;
    seen.add(key);
    features.push({ key, range });
  };
  const words = doc.words;
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    const text = spelled(word.folded);
    add(text, [word.startAt, word.endAt]);
    const next = words[index + 1];
    if (next && next.sentence === word.sentence) add(`${text} ${spelled(next.folded)}`, [word.startAt, next.endAt]);
  }
  return features;
}
