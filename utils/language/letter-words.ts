// The words the language detector weighs: runs of letters and marks, joined across an apostrophe
// ("don't", "l’équipe"). The same words as /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu, found with a
// character scan: the pattern's exec loop was most of the detector's time. A differential test
// holds the two to the same words.

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

export function isLetterOrMark(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  if (code <= 0xff) return code === 0xaa || code === 0xb5 || code === 0xba || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7);
  return LETTER_OR_MARK.test(String.fromCodePoint(code));
}

const isApostrophe = (code: number) => code === 0x27 || code === 0x2019;

/** The index just past the run of letters and marks starting at `from` (`from` itself when there is none). */
function endOfLetters(text: string, from: number): number {
  let at = from;
  while (at < text.length) {
    const code = text.codePointAt(at) ?? 0;
    if (!isLetterOrMark(code)) break;
    at += code > 0xffff ? 2 : 1;
  }
  return at;
}

/** Calls `visit` with each word's [start, end) in UTF-16 code units, in order. */
export function forEachLetterWord(text: string, visit: (start: number, end: number) => void): void {
  let at = 0;
  while (at < text.length) {
    const code = text.codePointAt(at) ?? 0;
    if (!isLetterOrMark(code)) {
      at += code > 0xffff ? 2 : 1;
      continue;
    }
    const start = at;
    at = letterWordEnd(text, at);
    visit(start, at);
  }
}

/** The end of the word that starts at `start`, a letter or mark. */
export function letterWordEnd(text: string, start: number): number {
  let at = endOfLetters(text, start);
  while (at < text.length && isApostrophe(text.charCodeAt(at))) {
    const after = endOfLetters(text, at + 1);
    if (after === at + 1) break;
    at = after;
  }
  return at;
}
