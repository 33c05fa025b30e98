import { maskedWordHashes } from './tokens';

/**
 * Hashed word 3-grams of a note, sorted and unique. Names and numbers are masked (see tokens.ts),
 * so "Hi Ana … at Acme" and "Hi Raj … at Globex" shingle the same.
 */
export function shingleHashes(text: string): Uint32Array {
  const words = maskedWordHashes(text);
  const shingles: number[] = [];
  if (words.length < 3) {
    if (words.length > 0) shingles.push(words.reduce(combine, 0));
  } else {
    for (let index = 0; index + 3 <= words.length; index++) {
      shingles.push(
        combine(combine(combine(0, words[index] ?? 0), words[index + 1] ?? 0), words[index + 2] ?? 0),
      );
    }
  }
  const sorted = Uint32Array.from(shingles).sort();
  return sorted.filter((hash, index) => index === 0 || hash !== sorted[index - 1]);
}

/** Order-sensitive combination of word hashes. */
function combine(seed: number, hash: number): number {
  return (Math.imul(seed ^ hash, 0x01000193) + 0x9e3779b9) >>> 0;
}
