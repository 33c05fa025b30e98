import { describe, expect, test } from 'vitest';
import { asciiFunctionWord, asciiTrieStates, asciiWordRead, isAsciiWord, isUpperAscii, readAsciiWord } from './ascii-function-words';
import { FUNCTION_WORDS } from './function-words';
import { forEachLetterWord } from './letter-words';

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

describe('readAsciiWord reads the words the scan and the word tests do', () => {
  /** Each word as [start, end, languages, upper], or [start, end] for a word left to the general reading. */
  function byScan(text: string): unknown[] {
    const words: unknown[] = [];
    forEachLetterWord(text, (start, end) => {
      words.push(isAsciiWord(text, start, end) ? [start, end, asciiFunctionWord(text, start, end), isUpperAscii(text, start, end)] : [start, end]);
    });
    return words;
  }

  function byReading(text: string): unknown[] {
    const words: unknown[] = [];
    forEachLetterWord(text, (start, end) => {
      const read = readAsciiWord(text, start);
      if (read === start) words.push([start, end]);
      else words.push([start, read, asciiWordRead.languages, asciiWordRead.upper]);
    });
    return words;
  }

  test('random text of letters, apostrophes, marks and others', () => {
    const next = random(11);
    const alphabet = ["a", "B", "e", "Z", "'", "’", " ", ".", "-", "é", "Ω", "я", "中", "\u0301", "\uFE0F", "😀", "\uD83D", "1", "_", "the", "THE", "l'", "dell’", "ABC", "ʼ", "\u02B0"];
    for (let i = 0; i < 30_000; i++) {
      const length = 1 + Math.floor(next() * 10);
      let text = '';
      for (let k = 0; k < length; k++) text += alphabet[Math.floor(next() * alphabet.length)];
      expect(byReading(text), JSON.stringify(text)).toEqual(byScan(text));
    }
  });

  test('at a character that starts no word, it reads nothing', () => {
    for (const text of [' a', '1a', "'a", '’a', 'éa', '']) expect(readAsciiWord(text, 0)).toBe(0);
  });
});

test('the trie of function words fits its two-byte steps, with room to grow', () => {
  // Checked here, not on every page: the lists are data, and a state past 65,535 would wrap silently.
  expect(asciiTrieStates()).toBeGreaterThan(FUNCTION_WORDS.size);
  expect(asciiTrieStates()).toBeLessThan(0xffff);
});
