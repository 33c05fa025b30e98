import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simpleWordSpans } from './simple-words';

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });

/** The reference: the spans of Intl.Segmenter's word-like segments. */
function segmenterSpans(text: string): number[] {
  return [...segmenter.segment(text)]
    .filter((segment) => segment.isWordLike)
    .flatMap((segment) => [segment.index, segment.index + segment.segment.length]);
}

function agrees(text: string): void {
  const spans = simpleWordSpans(text);
  if (spans !== undefined) expect(spans, JSON.stringify(text)).toEqual(segmenterSpans(text));
}

// Characters where word rules have cases: joiners inside words, between digits only, letters only,
// connectors, emoji with their joiners, and scripts the scanner must hand back.
const TRICKY = [
  'a', 'Z', 'é', 'ß', 'Ж', 'ω', 'ệ', 'ǀ', 'ª', '1', '0', '_', '.', "'", '’', '‘', '․', ':', '·', '‧',
  ',', ';', '⁄', ' ', '\n', '\t', '-', '–', '"', '“', '!', '?', '(', '@', '/', '#', '×', '\u00a0',
  '…', '€', '™', '−', '→', '👋', '❤', '\ufe0f', '\u200d', '🏽', '\u20e3', '🇸', '\u00ad', '\u00b8',
  '\u0301', '\u202f', 'ש', '日', 'ア', 'ก',
];

describe('simple word spans', () => {
  it('finds the same words as Intl.Segmenter on any mix of tricky characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TRICKY), { maxLength: 12 }), (chars) => agrees(chars.join(''))),
      { numRuns: 20_000 },
    );
  });

  it('agrees character by character on every character it claims to read', () => {
    const ranges = [[0, 0x530], [0x1e00, 0x1f00], [0x2000, 0x2c00]] as const;
    for (const [from, to] of ranges) {
      for (let code = from; code < to; code++) {
        const char = String.fromCharCode(code);
        for (const text of [char, `a${char}b`, `1${char}2`, `${char}a`, `a${char}`]) agrees(text);
      }
    }
  });

  it('reads the words of an ordinary note, with their joins', () => {
    const text = 'Hi Ana, I’m at e.g. 10:30 on 1,000.50 — rock’n’roll_2 👋🏽 see linkedin.com/in/ana';
    const words = (simpleWordSpans(text) ?? []).reduce<string[]>(
      (found, value, index, spans) => (index % 2 ? found : [...found, text.slice(value, spans[index + 1])]),
      [],
    );
    expect(words).toEqual(['Hi', 'Ana', 'I’m', 'at', 'e.g', '10', '30', 'on', '1,000.50', 'rock’n’roll_2', 'see', 'linkedin.com', 'in', 'ana']);
  });

  it('hands back text whose word rules it does not know', () => {
    for (const text of ['שלום', '日本語', 'ภาษาไทย', 'e\u0301', 'co\u00adop', '1\ufe0f\u20e3', 'a\u200db', '\u{10000}', '\ud800'])
      expect(simpleWordSpans(text), JSON.stringify(text)).toBeUndefined();
  });
});
