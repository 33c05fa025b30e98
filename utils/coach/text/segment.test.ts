import { describe, expect, test } from 'vitest';
import { segmentSentences, segmentWords } from './segment';

const sentencesOf = (text: string) => {
  const words = segmentWords(text);
  return segmentSentences(text, words).map((sentence) => ({
    text: text.slice(sentence.startAt, sentence.endAt).trim(),
    question: sentence.question,
  }));
};

describe('segmentation', () => {
  test('words keep offsets into the original and fold case and quotes', () => {
    const text = 'Hi Ana 👋🏽, I’d like it';
    const words = segmentWords(text);
    expect(words.map((word) => word.folded)).toEqual(['hi', 'ana', "i'd", 'like', 'it']);
    for (const word of words) expect(text.slice(word.startAt, word.endAt)).toBe(word.raw);
  });

  test('a hyphen joins words for phrase matching', () => {
    expect(segmentWords('call-out now').map((word) => word.hyphenNext)).toEqual([true, false, false]);
  });

  test('a line break without closing punctuation does not end a sentence', () => {
    expect(sentencesOf('What made you\nswitch to Rust? Loved it.')).toEqual([
      { text: 'What made you\nswitch to Rust?', question: true },
      { text: 'Loved it.', question: false },
    ]);
  });

  test('lowercase texting starts a new sentence after a full stop, but not after an abbreviation', () => {
    expect(sentencesOf('sent the backup to your email now. if it’s easier ring me, no rush')).toEqual([
      { text: 'sent the backup to your email now.', question: false },
      { text: 'if it’s easier ring me, no rush', question: false },
    ]);
    // Short words end sentences too ("too big for me. want me to …"); short abbreviations do not.
    expect(sentencesOf('too big for me. want me to give him your number?')).toEqual([
      { text: 'too big for me.', question: false },
      { text: 'want me to give him your number?', question: true },
    ]);
    expect(sentencesOf('ask dr. ruiz or st. vincent, vs. the old clinic')).toHaveLength(1);
    expect(sentencesOf('it takes approx. two weeks, etc. and so on')).toHaveLength(1);
    expect(sentencesOf('see the site at maker.ca. no affiliation')).toHaveLength(1);
  });

  test('the question mark of an address’s query neither asks nor ends a sentence', () => {
    expect(sentencesOf('Borrow any of it: https://docs.example.com/d/8XyZ/view?usp=sharing good luck')).toEqual([
      { text: 'Borrow any of it: https://docs.example.com/d/8XyZ/view?usp=sharing good luck', question: false },
    ]);
    expect(sentencesOf('Free Tuesday?maybe')).toEqual([{ text: 'Free Tuesday?', question: true }, { text: 'maybe', question: false }]);
  });

  test('a line break after a full sentence does', () => {
    expect(sentencesOf('Thanks.\nSee you soon').map((sentence) => sentence.text)).toEqual([
      'Thanks.',
      'See you soon',
    ]);
  });

  test('right-to-left words are words', () => {
    expect(segmentWords('שלום דנה, thanks').map((word) => word.raw)).toEqual(['שלום', 'דנה', 'thanks']);
  });
});
