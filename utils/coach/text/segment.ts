import { chunksOf } from './chunks';
import { foldWord } from './fold';
import { scanWordSpans, wordSpans } from './simple-words';
import { wordSet } from './word-set';

// Made on first use: each costs milliseconds to build, and most text never needs the word one.
let wordSegmenter: Intl.Segmenter | undefined;
let sentenceSegmenter: Intl.Segmenter | undefined;
const wordSegments = () => (wordSegmenter ??= new Intl.Segmenter('en', { granularity: 'word' }));
const sentenceSegments = () => (sentenceSegmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' }));

/** "-", the hyphen and the non-breaking hyphen. */
const isHyphen = (code: number) => code === 0x2d || code === 0x2010 || code === 0x2011;

export interface Word {
  /** Lowercased, quotes folded. */
  folded: string;
  /** The word as written. */
  raw: string;
  /** [start, end) in UTF-16 code units of the original text. */
  startAt: number;
  endAt: number;
  /** Joined to the next word by a hyphen ("call-out"): a phrase may not cut between them. */
  hyphenNext: boolean;
  sentence: number;
}

export interface Sentence {
  startAt: number;
  endAt: number;
  /** Index of the first word, and one past the last. */
  firstWord: number;
  endWord: number;
  question: boolean;
}

export function segmentWords(text: string): Word[] {
  const words: Word[] = [];
  for (const chunk of chunksOf(text)) {
    const count = scanWordSpans(chunk.text);
    if (count >= 0) {
      const spans = wordSpans();
      for (let i = 0; i < count; i += 2) words.push(wordAt(text, chunk.start + (spans[i] ?? 0), chunk.start + (spans[i + 1] ?? 0)));
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
  return { folded: foldWord(raw), raw, startAt: start, endAt: end, hyphenNext, sentence: 0 };
}

/**
 * [start, end) of each sentence segment, chunk by chunk. The segmenter reads every note's sentences: a
 * scanner of its rules for Latin text saved about 10 µs a note and cost the coaching UI 712 bytes gzipped,
 * which the rules needed more (session 31, BENCHMARKS.md).
 */
function sentenceSpans(text: string): number[] {
  const spans: number[] = [];
  const fullStops = occurrences(text, '. ');
  for (const chunk of chunksOf(text)) {
    for (const segment of sentenceSegments().segment(chunk.text)) {
      const start = chunk.start + segment.index;
      pushSplitAtLowercaseStarts(text, start, start + segment.segment.length, spans, fullStops);
    }
  }
  return spans;
}

/**
 * Where `needle` next occurs in `text` at or after a position: `text.indexOf(needle, from)`, remembering
 * the last answer so that asking about each sentence in turn reads the text once, not once a sentence.
 */
function occurrences(text: string, needle: string): (from: number) => number {
  let searchedFrom = 0;
  let found = text.indexOf(needle);
  return (from) => {
    if (from < searchedFrom || (found !== -1 && found < from)) {
      searchedFrom = from;
      found = text.indexOf(needle, from);
    }
    return found;
  };
}

/** Words a full stop may follow inside a sentence: "approx. two", "etc. and more". */
const ABBREVIATIONS = wordSet(
  'etc approx incl excl dept govt misc est ref fig vol ave blvd corp inc ltd co jan feb mar apr jun jul ' +
  'aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun mrs avg qty univ assoc mgmt mfg ' +
  'intl natl yr yrs hrs mins wk wks mo mos pp ed eds al resp cca',
);
const LOWERCASE_START_MIN_WORD = 3;
/** Short words that end sentences and abbreviate nothing: "too big for me. want me to call him?" */
const SHORT_SENTENCE_ENDS = wordSet('me it us up go do so');

/**
 * [start, end) of one segment, split where lowercase texting starts a new sentence: the segmenter
 * reads "sending it to your email now. if it's easier give me a call" as one sentence, because a full
 * stop followed by a lowercase word is usually an abbreviation.
 */
function pushSplitAtLowercaseStarts(
  text: string,
  start: number,
  end: number,
  spans: number[],
  fullStops: (from: number) => number,
): void {
  let from = start;
  // Each ". " within the segment, in turn.
  for (let at = fullStops(start); at !== -1 && at < end - 2; at = fullStops(at + 1)) {
    let next = at + 1;
    while (next < end && (text[next] === ' ' || text[next] === '\t')) next++;
    const char = text[next];
    if (next >= end || char === undefined || char === char.toUpperCase()) continue;
    let wordStart = at;
    while (wordStart > from && isWordChar(text[wordStart - 1])) wordStart--;
    const before = text.slice(wordStart, at);
    if (before.length < LOWERCASE_START_MIN_WORD && !SHORT_SENTENCE_ENDS.has(before.toLowerCase())) continue;
    if (wordStart > 0 && text[wordStart - 1] === '.') continue;
    if (ABBREVIATIONS.has(before.toLowerCase())) continue;
    spans.push(from, next);
    from = next;
  }
  spans.push(from, end);
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
  const questionMarks = occurrences(text, '?');
  for (let span = 0; span < spans.length; span += 2) {
    const start = spans[span] ?? 0;
    const end = spans[span + 1] ?? 0;
    const previous = sentences.at(-1);
    const continues =
      previous !== undefined && (brokenOnlyByLine(text, previous.endAt, start) || brokenInsideAddress(text, previous.endAt));
    const current: Sentence = continues
      ? previous
      : { startAt: start, endAt: end, firstWord: wordIndex, endWord: wordIndex, question: false };
    current.endAt = end;
    // Read whole: "who answered 'what does it cost?' with a number" may arrive in two segments.
    const from = continues ? current.startAt : start;
    // Most sentences hold no question mark: told without slicing them out.
    const mark = questionMarks(from);
    current.question = mark !== -1 && mark < end && asksAQuestion(text.slice(from, end));
    while (wordIndex < words.length && (words[wordIndex]?.startAt ?? end) < end) {
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
 * ("the only rep who answered 'what does it cost?' with a number" tells, it does not ask) nor part
 * of an address.
 */
function asksAQuestion(sentence: string): boolean {
  for (let at = sentence.indexOf('?'); at >= 0; at = sentence.indexOf('?', at + 1)) {
    // "…/view?usp=sharing": the query of an address, not a question.
    if (isAddressQuery(sentence, at)) continue;
    let after = at + 1;
    while (sentence[after] === '?' || sentence[after] === '!') after++;
    if (!CLOSING_QUOTES.has(sentence[after] ?? '')) return true;
    const next = firstVisibleChar(sentence, after + 1);
    if (next === undefined || next === next.toUpperCase()) return true;
  }
  return false;
}

/** "…/view?usp=sharing": the segmenter ends a sentence at the query's question mark. */
function brokenInsideAddress(text: string, previousEnd: number): boolean {
  return text[previousEnd - 1] === '?' && isAddressQuery(text, previousEnd - 1);
}

/** A question mark between word characters, in a token with a path or a domain: an address's query. */
function isAddressQuery(text: string, at: number): boolean {
  if (!isWordChar(text[at - 1]) || !isWordChar(text[at + 1])) return false;
  for (let before = at - 1; before >= 0 && text[before]?.trim() !== ''; before--)
    if (text[before] === '/' || text[before] === '.') return true;
  return false;
}

const SENTENCE_ENDS = wordSet('. ! ? …');

/**
 * A line break splits a sentence for Intl.Segmenter, but "What made you\nswitch to Rust?" is one
 * sentence: the previous line has no closing punctuation and the next goes on in lowercase.
 */
function brokenOnlyByLine(text: string, previousEnd: number, start: number): boolean {
  // The last visible character of the 200 before the break, read in place rather than sliced and trimmed.
  const floor = Math.max(0, previousEnd - 200);
  let at = previousEnd - 1;
  while (at >= floor && isTrimmed(text.charCodeAt(at))) at--;
  const last = at >= floor ? text[at] : undefined;
  if (last === undefined || SENTENCE_ENDS.has(last)) return false;
  const next = firstVisibleChar(text, start);
  return next !== undefined && next !== next.toUpperCase();
}

function firstVisibleChar(text: string, from: number): string | undefined {
  for (let at = from; at < text.length; at++) if (!isTrimmed(text.charCodeAt(at))) return text[at];
  return undefined;
}

/** Whether `trim()` removes the UTF-16 code unit `code`: ASCII told by code, the rest asked of `trim` itself. */
function isTrimmed(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return String.fromCharCode(code).trim() === '';
}
