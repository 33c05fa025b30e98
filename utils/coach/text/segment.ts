import { chunksOf } from './chunks';
import { foldWord } from './fold';
import { simpleSentenceEnds } from './simple-sentences';
import { simpleWordSpans } from './simple-words';

// Made on first use: each costs milliseconds to build, and most text never needs the word one.
let wordSegmenter: Intl.Segmenter | undefined;
let sentenceSegmenter: Intl.Segmenter | undefined;
const wordSegments = () => (wordSegmenter ??= new Intl.Segmenter('en', { granularity: 'word' }));
const sentenceSegments = () => (sentenceSegmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' }));

/** "-", the hyphen and the non-breaking hyphen. */
const isHyphen = (code: number) => code === 0x2d || code === 0x2010 || code === 0x2011;

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
  for (const chunk of chunksOf(text)) {
    const spans = simpleWordSpans(chunk.text);
    if (spans) {
      for (let i = 0; i < spans.length; i += 2)
        words.push(wordAt(text, chunk.start + (spans[i] ?? 0), chunk.start + (spans[i + 1] ?? 0)));
      continue;
    }
    for (const segment of wordSegments().segment(chunk.text)) {
      if (!segment.isWordLike) continue;
      const start = chunk.start + segment.index;
      words.push(wordAt(text, start, start + segment.segment.length));
    }
  }
  return words;
}

function wordAt(text: string, start: number, end: number): Word {
  const raw = text.slice(start, end);
  const after = text.charCodeAt(end);
  const hyphenNext = isHyphen(after) && isWordChar(text[end + 1]);
  return { text: foldWord(raw), raw, start, end, hyphenNext, sentence: 0 };
}

/** [start, end) of each sentence segment, chunk by chunk: the scanner where it reads the chunk, else the segmenter. */
function sentenceSpans(text: string): number[] {
  const spans: number[] = [];
  for (const chunk of chunksOf(text)) {
    const ends = simpleSentenceEnds(chunk.text);
    if (ends) {
      let start = 0;
      for (const end of ends) {
        spans.push(chunk.start + start, chunk.start + end);
        start = end;
      }
      continue;
    }
    for (const segment of sentenceSegments().segment(chunk.text)) {
      const start = chunk.start + segment.index;
      spans.push(start, start + segment.segment.length);
    }
  }
  return spans;
}

function isWordChar(char: string | undefined): boolean {
  if (char === undefined) return false;
  return char.toLowerCase() !== char.toUpperCase() || (char >= '0' && char <= '9');
}

/** Splits sentences and tags each word with the sentence it belongs to. */
export function segmentSentences(text: string, words: Word[]): Sentence[] {
  const sentences: Sentence[] = [];
  let wordIndex = 0;
  const spans = sentenceSpans(text);
  for (let span = 0; span < spans.length; span += 2) {
    const start = spans[span] ?? 0;
    const end = spans[span + 1] ?? 0;
    const previous = sentences.at(-1);
    const continues = previous !== undefined && brokenOnlyByLine(text, previous.end, start);
    const current: Sentence = continues
      ? previous
      : { start, end, firstWord: wordIndex, endWord: wordIndex, question: false };
    current.end = end;
    // Read whole: "who answered 'what does it cost?' with a number" may arrive in two segments.
    current.question = asksAQuestion(text.slice(continues ? current.start : start, end));
    while (wordIndex < words.length && (words[wordIndex]?.start ?? end) < end) {
      const word = words[wordIndex];
      if (word) word.sentence = continues ? sentences.length - 1 : sentences.length;
      wordIndex++;
    }
    current.endWord = wordIndex;
    if (!continues) sentences.push(current);
  }
  return sentences;
}

const CLOSING_QUOTES = new Set(["'", '"', '\u2019', '\u201D', '\u00BB']);

/**
 * Whether a sentence asks: it holds a question mark that is not only a quoted question inside it
 * ("the only rep who answered 'what does it cost?' with a number" tells, it does not ask).
 */
function asksAQuestion(sentence: string): boolean {
  for (let at = sentence.indexOf('?'); at >= 0; at = sentence.indexOf('?', at + 1)) {
    let after = at + 1;
    while (sentence[after] === '?' || sentence[after] === '!') after++;
    if (!CLOSING_QUOTES.has(sentence[after] ?? '')) return true;
    const next = firstVisibleChar(sentence, after + 1);
    if (next === undefined || next === next.toUpperCase()) return true;
  }
  return false;
}

const SENTENCE_ENDS = new Set(['.', '!', '?', '…']);

/**
 * A line break splits a sentence for Intl.Segmenter, but "What made you\nswitch to Rust?" is one
 * sentence: the previous line has no closing punctuation and the next goes on in lowercase.
 */
function brokenOnlyByLine(text: string, previousEnd: number, start: number): boolean {
  const before = text.slice(Math.max(0, previousEnd - 200), previousEnd).trimEnd();
  const last = before.at(-1);
  if (last === undefined || SENTENCE_ENDS.has(last)) return false;
  const next = firstVisibleChar(text, start);
  return next !== undefined && next !== next.toUpperCase();
}

function firstVisibleChar(text: string, from: number): string | undefined {
  for (let at = from; at < text.length; at++) {
    const char = text[at];
    if (char !== undefined && char.trim() !== '') return char;
  }
  return undefined;
}
