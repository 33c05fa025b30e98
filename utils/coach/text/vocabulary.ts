import { memoKey, type Doc } from './doc';
import type { Word } from './segment';
import { newWordTable } from './word-table';

// The words the coach's phrase lists and walkers look for, each numbered once when first listed
// (as the coach loads). A note's words are looked up here once each; the phrase matcher and the
// word index then work from the numbers instead of looking each word's text up again and again.

const numbers = newWordTable();

/** A word no list holds. */
export const UNLISTED = -1;

/** The number of a word the coach looks for, numbering it if it is new. */
export function listWord(text: string): number {
  return numbers.add(text);
}

interface Numbered {
  numbers: readonly number[];
  /** How many words were listed when the doc was read. */
  listed: number;
}

const wordNumbersKey = memoKey();

/** The number of each of the doc's words (by its folded text), UNLISTED for words no list holds. */
export function wordNumbers(doc: Doc): readonly number[] {
  const read = doc.cached(wordNumbersKey, numberDocWords);
  // A list made after the doc was first read (only tests do that) may name more of its words.
  return read.listed === numbers.size ? read.numbers : numberWords(doc.words).numbers;
}

const numberDocWords = (doc: Doc): Numbered => numberWords(doc.words);

function numberWords(words: readonly Word[]): Numbered {
  // A plain array: a typed array made for each note cost as much as looking its words up.
  const out: number[] = [];
  for (let at = 0; at < words.length; at++) out.push(numbers.numberOf((words[at] as Word).folded));
  return { numbers: out, listed: numbers.size };
}
