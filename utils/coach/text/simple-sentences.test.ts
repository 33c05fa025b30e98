import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simpleSentenceEnds } from './simple-sentences';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The reference: where Intl.Segmenter ends each sentence segment. */
function segmenterEnds(text: string): number[] {
  return [...segmenter.segment(text)].map((segment) => segment.index + segment.segment.length);
}

/** True when the scanner read the text (and then it must agree), false when it declined. */
function agrees(text: string): boolean {
  const ends = simpleSentenceEnds(text);
  if (ends !== undefined) expect(ends, JSON.stringify(text)).toEqual(segmenterEnds(text));
  return ends !== undefined;
}

// Characters where sentence rules have cases: terminators, closers, spaces, line breaks, letters of
// each case and none, digits, continuers, emoji with their joiners, and characters to hand back.
const TRICKY = [
  'a', 'z', 'A', 'Z', 'é', 'É', 'ß', 'Ж', 'ж', 'ω', 'ǅ', 'ª', '1', '0', '.', '.', '!', '?', '‽', '․', '…',
  '"', "'", '’', '“', '”', '(', ')', '[', '«', '»', ' ', ' ', '\u00a0', '\u2009', '\n', '\n', '\r', '\t',
  ',', ';', ':', '-', '–', '—', '‐', '#', '@', '/', '€', '™', '→', '👋', '🏽', '❤', '\ufe0f', '\u200d',
  '\u20e3', '🇸', '\u00ad', '\u200b', '\u0301', '\u2028', 'ש', '日', '。', '\u0085', '\u000c',
];

describe('simple sentence ends', () => {
  it('ends sentences where Intl.Segmenter does, on any mix of tricky characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TRICKY), { maxLength: 14 }), (chars) => {
        agrees(chars.join(''));
      }),
      { numRuns: 30_000 },
    );
  });

  it('agrees on every character it claims to read, in the contexts where sentence rules differ', () => {
    // Each context tells some kinds apart: a closer or a joiner from a symbol, a case from none, a digit.
    const contexts = [
      ['', ''], ['a.', ''], ['a.', 'b There'], ['Hi. ', 'a'], ['1.', ''], ['x?)', ' A'], ['', '. b'], ['Hi.', ' There'], ['a', '\n'],
    ] as const;
    const ranges = [[0, 0x530], [0x1e00, 0x1f00], [0x2000, 0x2c00], [0xfe00, 0xfe10], [0x1f000, 0x1fb00]] as const;
    for (const [from, to] of ranges) {
      for (let code = from; code < to; code++) {
        const char = String.fromCodePoint(code);
        for (const [head, tail] of contexts) agrees(`${head}${char}${tail}`);
      }
    }
  });

  it('follows the rules that keep a sentence going', () => {
    const cut = (text: string) => {
      let start = 0;
      return (simpleSentenceEnds(text) ?? []).map((end) => text.slice(start, (start = end)));
    };
    expect(cut('e.g. the U.S. team grew 3.5x. Next one! Really?! "Yes." No\r\nEnd')).toEqual([
      'e.g. the U.S. team grew 3.5x. ',
      'Next one! ',
      'Really?! ',
      '"Yes." ',
      'No\r\n',
      'End',
    ]);
    expect(cut('Wait… what? 👋🏽 Hi.\n\nBye')).toEqual(['Wait… what? ', '👋🏽 Hi.\n', '\n', 'Bye']);
    expect(simpleSentenceEnds('')).toEqual([]);
  });

  it('hands back text whose sentence rules it does not know', () => {
    for (const text of ['שלום.', '日本語。', 'e\u0301', 'co\u00adop', 'a\u2028b', '\ufe0fa', 'a\n\u200db', 'ⓐ. b'])
      expect(simpleSentenceEnds(text), JSON.stringify(text)).toBeUndefined();
  });
});
