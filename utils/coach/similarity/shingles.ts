import { segmentWords, type Word } from '../text/segment';

const SHINGLE_WORDS = 3;

/**
 * Hashed word 3-grams of a note. Numbers and capitalised words inside a sentence (names, companies)
 * are masked, so "Hi Ana … at Acme" and "Hi Raj … at Globex" shingle the same.
 */
export function shingleHashes(text: string): Uint32Array {
  const words = segmentWords(text);
  const tokens = words.map((word, index) => maskedToken(text, word, index));
  const hashes = new Set<number>();
  if (tokens.length < SHINGLE_WORDS) {
    if (tokens.length > 0) hashes.add(fnv1a(tokens.join(' ')));
  } else {
    for (let index = 0; index + SHINGLE_WORDS <= tokens.length; index++) {
      hashes.add(fnv1a(tokens.slice(index, index + SHINGLE_WORDS).join(' ')));
    }
  }
  return Uint32Array.from(hashes);
}

function maskedToken(text: string, word: Word, index: number): string {
  const first = word.raw[0] ?? '';
  if (first >= '0' && first <= '9') return '#';
  const capitalised = first !== first.toLowerCase();
  if (capitalised && index > 0 && !followsSentenceEnd(text, word.start) && word.text !== 'i') return '@';
  return word.text;
}

function followsSentenceEnd(text: string, start: number): boolean {
  for (let at = start - 1; at >= 0; at--) {
    const char = text[at] ?? '';
    if (char === '.' || char === '!' || char === '?' || char === '\n') return true;
    if (char !== ' ' && char !== '\t' && char !== '\r') return false;
  }
  return true;
}

/** 32-bit FNV-1a over UTF-16 code units. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
