import { FUNCTION_WORDS, type ProfileLanguage } from './function-words';
import { isLetterOrMark } from './letter-words';

// The detector looks up every word of a note: slicing it out, lowercasing it and hashing it was
// most of its time. Nearly every word is ASCII, so the ASCII function words are also kept as a
// trie over a–z and the apostrophe, walked straight from the note's characters, in either case.
// It answers as `FUNCTION_WORDS.get(lower) ?? elided(lower)` does (a differential test holds it).

const APOSTROPHE = 26;
const SYMBOLS = 27;
const NO_STATE = 0;

/** a–z in either case → 0–25, "'" and "’" → 26, anything else → -1. */
function symbolOf(code: number): number {
  const lower = code | 0x20;
  if (lower >= 0x61 && lower <= 0x7a && code <= 0x7a) return lower - 0x61;
  return code === 0x27 || code === 0x2019 ? APOSTROPHE : -1;
}

/**
 * next[state * SYMBOLS + symbol]: the state after a symbol, NO_STATE for none; state 1 is the root.
 * Two bytes a state (about a thousand states): half the memory to bring in for each note's words.
 */
let next = new Uint16Array(SYMBOLS * 1024);
const languagesAt: Array<readonly ProfileLanguage[] | undefined> = [undefined, undefined];

for (const [word, languages] of FUNCTION_WORDS) {
  let state = 1;
  let ascii = true;
  for (let at = 0; at < word.length && ascii; at++) {
    const code = word.charCodeAt(at);
    const symbol = code === 0x27 || (code >= 0x61 && code <= 0x7a) ? symbolOf(code) : -1;
    if (symbol < 0) ascii = false;
    else state = stepOrGrow(state, symbol);
  }
  if (ascii) languagesAt[state] = languages;
}

function stepOrGrow(state: number, symbol: number): number {
  const slot = state * SYMBOLS + symbol;
  const existing = next[slot] ?? NO_STATE;
  if (existing !== NO_STATE) return existing;
  const added = languagesAt.length;
  languagesAt.push(undefined);
  if ((added + 1) * SYMBOLS > next.length) {
    const grown = new Uint16Array(next.length * 2);
    grown.set(next);
    next = grown;
  }
  next[slot] = added;
  return added;
}

/** How many states the trie holds: its steps are two bytes, so fewer than 65,536 (the lists' test). */
export function asciiTrieStates(): number {
  return languagesAt.length;
}

/**
 * The languages of text[start, end) read as a function word, lowercased with "’" as "'", or of its
 * elided head up to the first apostrophe ("dell’azienda" → "dell'"). Only for words of ASCII letters
 * and apostrophes ("'" or "’"): see `isAsciiWord`.
 */
export function asciiFunctionWord(text: string, start: number, end: number): readonly ProfileLanguage[] | undefined {
  let state = 1;
  let elided: readonly ProfileLanguage[] | undefined;
  let apostropheSeen = false;
  for (let at = start; at < end; at++) {
    const symbol = symbolOf(text.charCodeAt(at));
    state = next[state * SYMBOLS + symbol] ?? NO_STATE;
    if (state === NO_STATE) return elided;
    if (symbol === APOSTROPHE && !apostropheSeen) {
      apostropheSeen = true;
      if (at > start) elided = languagesAt[state];
    }
  }
  return languagesAt[state] ?? elided;
}

/** Whether text[start, end) holds only ASCII letters and apostrophes ("'" or "’"). */
export function isAsciiWord(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (symbolOf(text.charCodeAt(at)) < 0) return false;
  return true;
}

/** Whether text[start, end) is all A–Z. */
export function isUpperAscii(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code < 0x41 || code > 0x5a) return false;
  }
  return true;
}

/** What `readAsciiWord` found in the word it read, besides where it ends. */
export interface AsciiWordReading {
  /** Its languages as a function word, as `asciiFunctionWord` reads them. */
  languages: readonly ProfileLanguage[] | undefined;
  /** Whether it is all A–Z. */
  upper: boolean;
}

/** Written by every `readAsciiWord` that reads a word: read it before the next call. */
export const asciiWordRead: AsciiWordReading = { languages: undefined, upper: false };

const isAsciiLetter = (code: number) => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;

/**
 * The end of the detector's word (see letter-words.ts) that starts at `start`, read in one pass with
 * its function-word languages, when it starts with an ASCII letter and holds only ASCII letters and
 * apostrophes; otherwise `start`, and the word is left to the general reading. Nearly every word
 * of a note is read here, once: not scanned, then checked, then walked in the trie.
 */
export function readAsciiWord(text: string, start: number): number {
  let code = text.charCodeAt(start);
  if (!isAsciiLetter(code)) return start;
  let at = start;
  let state = 1;
  let elided: readonly ProfileLanguage[] | undefined;
  let apostropheSeen = false;
  let upper = true;
  for (;;) {
    // text[at] is an ASCII letter, `code`.
    if (code > 0x5a) upper = false;
    if (state !== NO_STATE) state = next[state * SYMBOLS + (code | 0x20) - 0x61] ?? NO_STATE;
    code = text.charCodeAt(++at);
    if (isAsciiLetter(code)) continue;
    if (code === 0x27 || code === 0x2019) {
      const after = text.charCodeAt(at + 1);
      if (isAsciiLetter(after)) {
        upper = false;
        if (state !== NO_STATE) {
          state = next[state * SYMBOLS + APOSTROPHE] ?? NO_STATE;
          // As asciiFunctionWord: the head up to the first apostrophe, unless the walk ended before it.
          if (state !== NO_STATE && !apostropheSeen) {
            apostropheSeen = true;
            elided = languagesAt[state];
          }
        }
        code = after;
        at++;
        continue;
      }
      // Letters past ASCII after the apostrophe carry the word on.
      if (isLetterOrMark(text.codePointAt(at + 1) ?? 0)) return start;
      break;
    }
    if (code >= 0x80 && isLetterOrMark(text.codePointAt(at) ?? 0)) return start;
    break;
  }
  asciiWordRead.languages = state === NO_STATE ? elided : (languagesAt[state] ?? elided);
  asciiWordRead.upper = upper;
  return at;
}
