import { describe, expect, test } from 'vitest';
import { asciiFunctionWord, isAsciiWord, isUpperAscii } from './ascii-function-words';
import { FUNCTION_WORDS } from './function-words';

/** The detector's reading of a word before the trie: lowercase, "’" as "'", the whole word or its elided head. */
function reference(token: string) {
  const lower = token.toLowerCase().replace(/’/g, "'");
  const apostrophe = lower.indexOf("'");
  return FUNCTION_WORDS.get(lower) ?? (apostrophe > 0 ? FUNCTION_WORDS.get(lower.slice(0, apostrophe + 1)) : undefined);
}

const ASCII_WORD = /^[A-Za-z'’]+$/;

function variants(word: string): string[] {
  const capital = word.charAt(0).toUpperCase() + word.slice(1);
  const forms = [word, word.toUpperCase(), capital, `${word}s`, `${word}'s`, `${word}’azienda`, `x${word}`, word.slice(0, -1), word.slice(1)];
  return forms.flatMap((form) => [form, form.replace(/'/g, '’')]);
}

/** A deterministic stream of numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe('asciiFunctionWord reads as the function-word map does', () => {
  test('every function word, its cases, apostrophes and near misses', () => {
    let compared = 0;
    for (const word of FUNCTION_WORDS.keys()) {
      for (const token of variants(word)) {
        if (!token || !ASCII_WORD.test(token)) continue;
        const text = ` ${token}.`;
        expect(asciiFunctionWord(text, 1, 1 + token.length), token).toBe(reference(token));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(5_000);
  });

  test('random words of letters and apostrophes', () => {
    const next = random(7);
    const alphabet = "aeioustlnrdhmcAEIOUSTLN'’";
    for (let i = 0; i < 50_000; i++) {
      const length = 1 + Math.floor(next() * 8);
      let token = '';
      for (let k = 0; k < length; k++) token += alphabet[Math.floor(next() * alphabet.length)];
      expect(asciiFunctionWord(token, 0, token.length), token).toBe(reference(token));
    }
  });
});

describe('the ASCII word tests', () => {
  test('isAsciiWord and isUpperAscii agree with patterns on every character', () => {
    for (let code = 0; code < 0x3000; code++) {
      const token = `Ab${String.fromCharCode(code)}c`;
      expect(isAsciiWord(token, 0, token.length), token).toBe(ASCII_WORD.test(token));
      const upper = `AB${String.fromCharCode(code)}`;
      expect(isUpperAscii(upper, 0, upper.length), upper).toBe(/^[A-Z]+$/.test(upper));
    }
  });
});
