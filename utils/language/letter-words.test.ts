import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachLetterWord } from './letter-words';

/** The reference: the pattern the scanner replaced. */
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
const patternWords = (text: string) => [...text.matchAll(WORD)].map((match) => [match.index, match.index + match[0].length]);

function scannedWords(text: string): number[][] {
  const words: number[][] = [];
  forEachLetterWord(text, (start, end) => words.push([start, end]));
  return words;
}

function agrees(text: string): void {
  expect(scannedWords(text), JSON.stringify(text)).toEqual(patternWords(text));
}

const TRICKY = [
  'a', 'Z', 'é', 'ß', 'ª', 'µ', 'º', '×', '÷', 'Ж', 'ω', 'ש', 'ب', '日', 'ア', '한', 'ก', '\u0301', '\u0e31', '\u093f',
  "'", '’', '‘', '`', '-', '‐', ' ', '\n', '\t', '.', ',', '1', '_', '@', '/', '👋', '🏽', '\ufe0f', '\u200d',
  '𝐀', '𠀀', '\ud800', '\udc00', '\u00ad', 'ʼ', 'ǅ', 'ⓐ', 'Ⅻ',
];

describe('letter words', () => {
  it('finds the same words as the pattern on any mix of tricky characters', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...TRICKY), { maxLength: 14 }), (chars) => agrees(chars.join(''))), {
      numRuns: 20_000,
    });
  });

  it('agrees on every character of the Basic Multilingual Plane and on letters beyond it', () => {
    for (let code = 0; code < 0x10000; code += 1) {
      const char = String.fromCharCode(code);
      agrees(`a${char}b'${char}’${char}`);
    }
    for (const code of [0x1d400, 0x1f44b, 0x20000, 0x2a6d6, 0xe0041, 0x10ffff]) agrees(`x${String.fromCodePoint(code)}'y`);
  });

  it('joins words across an apostrophe only between letters', () => {
    const words = (text: string) => scannedWords(text).map(([start, end]) => text.slice(start, end));
    expect(words("don't l’équipe dell'azienda rock'n'roll ' ’tis o' 'quoted' it's2")).toEqual([
      "don't", 'l’équipe', "dell'azienda", "rock'n'roll", 'tis', 'o', 'quoted', "it's",
    ]);
    expect(words('')).toEqual([]);
  });
});
