// Curly and look-alike quotes fold to their ASCII forms, so "I’d" and "I'd" match the same phrase.
const FOLDS: ReadonlyArray<readonly [string, string]> = [
  ['\u2018', "'"],
  ['\u2019', "'"],
  ['\u201B', "'"],
  ['\u02BC', "'"],
  ['\u2032', "'"],
  ['\uFF07', "'"],
  ['\u201C', '"'],
  ['\u201D', '"'],
  ['\u201E', '"'],
  ['\u2033', '"'],
  ['\uFF02', '"'],
];

/** Texting shorthand for the reader, read as the words it stands for ("great meeting u", "loved ur talk"). */
const SHORTHAND: ReadonlyMap<string, string> = new Map([
  ['u', 'you'],
  ['ur', 'your'],
]);

const LONGEST_SHORTHAND = Math.max(...[...SHORTHAND.keys()].map((key) => key.length));
/** By an ASCII code: whether a shorthand opens with it, so a short word is looked up only when one may be there. */
const OPENS_SHORTHAND = Uint8Array.from({ length: 0x80 }, (_, code) =>
  [...SHORTHAND.keys()].some((key) => key.charCodeAt(0) === code) ? 1 : 0,
);

/**
 * Lowercase and fold quotes; texting shorthand written in lowercase reads as its word ("U of M" stays).
 * Word offsets are taken before folding, so they always point into the original.
 */
export function foldWord(word: string): string {
  // Only a word as short as the shorthand is looked up: one map lookup fewer for nearly every word.
  const shorthand =
    word.length <= LONGEST_SHORTHAND && OPENS_SHORTHAND[word.charCodeAt(0)] === 1 ? SHORTHAND.get(word) : undefined;
  if (shorthand) return shorthand;
  // Most words are lowercase ASCII already: told in one read, they stand as they are.
  if (isLowerAscii(word)) return word;
  let folded = word.toLowerCase();
  if (isAscii(folded)) return folded;
  for (const [from, to] of FOLDS) {
    if (folded.includes(from)) folded = folded.replaceAll(from, to);
  }
  return folded;
}

function isLowerAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code > 0x7f || (code >= 0x41 && code <= 0x5a)) return false;
  }
  return true;
}

function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    if (text.charCodeAt(index) > 0x7f) return false;
  }
  return true;
}
