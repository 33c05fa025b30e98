import { foldWord } from './fold';

const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });
const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

const HYPHENS = new Set(['-', '\u2010', '\u2011']);

export interface Word {
  /** Lowercased, quotes folded. */
  text: string;
  /** The word as written. */
  raw: string;
  /** [start, end) in UTF-16 code units of the original text. */
  start: number;
  end: number;
  /** Joined to the next word by a hyphen ("call-out"): a phrase may not cut between them. */
  hyphenNext: boolean;
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the first word, and one past the last. */
  firstWord: number;
  endWord: number;
  question: boolean;
}

export function segmentWords(text: string): Word[] {
  const words: Word[] = [];
  for (const segment of wordSegmenter.segment(text)) {
    if (!segment.isWordLike) continue;
    const start = segment.index;
    const end = start + segment.segment.length;
    const after = text[end];
    const hyphenNext = after !== undefined && HYPHENS.has(after) && isWordChar(text[end + 1]);
    words.push({ text: foldWord(segment.segment), raw: segment.segment, start, end, hyphenNext, sentence: 0 });
  }
  return words;
}

function isWordChar(char: string | undefined): boolean {
  if (char === undefined) return false;
  return char.toLowerCase() !== char.toUpperCase() || (char >= '0' && char <= '9');
}

/** Splits sentences and tags each word with the sentence it belongs to. */
export function segmentSentences(text: string, words: Word[]): Sentence[] {
  const sentences: Sentence[] = [];
  let wordIndex = 0;
  for (const segment of sentenceSegmenter.segment(text)) {
    const start = segment.index;
    const end = start + segment.segment.length;
    const firstWord = wordIndex;
    while (wordIndex < words.length && (words[wordIndex]?.start ?? end) < end) {
      const word = words[wordIndex];
      if (word) word.sentence = sentences.length;
      wordIndex++;
    }
    sentences.push({ start, end, firstWord, endWord: wordIndex, question: segment.segment.includes('?') });
  }
  return sentences;
}
