import type { Doc } from '../../../utils/coach/text/doc';

// What the word model reads: each word and each pair of neighbouring words within a sentence,
// lowercased with quotes folded (the doc's words) and every run of digits written as "#", so
// "15 minutes" and "20 minutes" are one feature. The same function feeds training and judging.

/** Each run of digits as one "#": "20-min" → "#-min". */
function spelled(word: string): string {
  let out = '';
  for (const char of word) {
    const digit = char >= '0' && char <= '9';
    if (!digit) out += char;
    else if (!out.endsWith('#')) out += '#';
  }
  return out;
}

/** Each feature once, in reading order. */
export function wordFeatures(doc: Doc): string[] {
  const seen = new Set<string>();
  const words = doc.words;
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    seen.add(spelled(word.text));
    const next = words[index + 1];
    if (next && next.sentence === word.sentence) seen.add(`${spelled(word.text)} ${spelled(next.text)}`);
  }
  return [...seen];
}
