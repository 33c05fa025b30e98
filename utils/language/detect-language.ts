import { asciiWordRead, readAsciiWord } from './ascii-function-words';
import { FUNCTION_WORDS, PROFILE_LANGUAGES, type ProfileLanguage } from './function-words';
import { isLetterOrMark, letterWordEnd } from './letter-words';

/**
 * The language of a note, read cheaply: no network, no dependency, no DOM.
 *
 * Contract for the coach and the panel:
 * - `en`: the note reads as English. Coach it as today.
 * - `other`: the note is clearly in another language (another script, or the function words of
 *   German, French, Spanish, Portuguese, Italian or Dutch clearly outnumber English ones). Say
 *   honestly that the coach reads English notes only for now, and show only the checks that do
 *   not depend on words (placeholders, length over the limit, template reuse, pace, empty note).
 * - `unknown`: too short or too mixed to tell (a name, an emoji, "Hi Ana!"). Treat it as English:
 *   short English notes must keep their coaching. `readsAsEnglish` says exactly this.
 *
 * `confidence` is between 0 and 1: how sure the reading is (0 for `unknown` with nothing to go by).
 * Names and places do not count: only function words (the, und, de, …) and the script of the
 * letters decide, so an English note full of foreign names stays English. A 300-character note
 * takes microseconds; of a long paste only the first `MAX_CHARS` characters are read.
 */
export type NoteLanguage = 'en' | 'other' | 'unknown';

export interface NoteLanguageReading {
  language: NoteLanguage;
  confidence: number;
}

/** Coach the note with the English rules unless it is clearly in another language. */
export function readsAsEnglish(reading: NoteLanguageReading): boolean {
  return reading.language !== 'other';
}

/** Enough to tell any note; a longer paste says nothing more about its language. */
export const MAX_CHARS = 20_000;

/** Weighted function words needed before anything is said about a Latin-script note. */
const MIN_EVIDENCE = 2;
/** Another language must outweigh English this many times to be called. */
const OTHER_MARGIN = 1.5;
/**
 * Words of a Latin-script note without one English function word among them before it reads as
 * another language we keep no words of (Indonesian, Tagalog, Swahili, …): English prose of this
 * length always has some (the corpus's sparest English note has one in sixteen, a link included).
 */
const WORDS_WITHOUT_ENGLISH = 10;
/** Links and addresses are not prose: their parts would count as words of no language. */
const MAY_HOLD_ADDRESS = /[/@]|www\./i;
const DOMAIN_END = /\.(?:com|org|net|io|dev|co|ai|app)(?:\/|$)/;

/** The text without its links and email addresses, chunk by chunk (no pattern that could backtrack over a long paste). */
function withoutAddresses(text: string): string {
  return chunksBetweenSpaces(text)
    .filter((chunk) => !(mayBeAddress(chunk) && isAddress(chunk.toLowerCase())))
    .join(' ');
}

/** `text.split(/\s+/)`, found by a character scan rather than the pattern engine. */
function chunksBetweenSpaces(text: string): string[] {
  const chunks: string[] = [];
  let start = 0;
  let at = 0;
  while (at < text.length) {
    if (!isSpace(text.charCodeAt(at))) {
      at++;
      continue;
    }
    chunks.push(text.slice(start, at));
    while (at < text.length && isSpace(text.charCodeAt(at))) at++;
    start = at;
  }
  chunks.push(text.slice(start));
  return chunks;
}

/** What `\s` matches: ASCII told by code, the rest asked of `trim`, which removes the same characters. */
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return String.fromCharCode(code).trim() === '';
}

/** Every address below holds a "." or a ":": most chunks ("and/or", "@Ana") are told so without lowercasing them. */
function mayBeAddress(chunk: string): boolean {
  return chunk.includes('.') || chunk.includes(':');
}

function isAddress(lower: string): boolean {
  return lower.includes('://') || lower.startsWith('www.') || (lower.includes('@') && lower.includes('.')) || DOMAIN_END.test(lower);
}

/**
 * Letters English does not use (é and ï stay out: café, résumé, naïve) that mark a lowercase word,
 * so not a name, as foreign: German, Romance, Nordic, Central European and Turkish letters.
 */
const FOREIGN_LETTERS = /[ßäöüñãõçàèìòùâêîôûœåæøłśźżćęąńğşıčřšžěůýťďňőű]/;
const UPPER = /^\p{Lu}+$/u;

/** By a language's place in PROFILE_LANGUAGES: one array, cleared for each note rather than made anew. */
const scores = new Float64Array(PROFILE_LANGUAGES.length);
/** The same for short all-capital words, set aside: acronyms in most notes, the function words of a note written in capitals. */
const shouted = new Float64Array(PROFILE_LANGUAGES.length);
const ENGLISH = PROFILE_LANGUAGES.indexOf('en');

export function detectNoteLanguage(text: string): NoteLanguageReading {
  const head = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  // Most notes hold no link: leave them whole unless a slash, an @ or a "www." says one may be there.
  const sample = MAY_HOLD_ADDRESS.test(head) ? withoutAddresses(head) : head;
  scores.fill(0);
  shouted.fill(0);
  let latinWords = 0;
  // Words of two letters or more, all capitals or not: a note with hardly any lowercase word is
  // written in capitals ("THANK YOU FOR THE COFFEE"), and its short words are words, not acronyms.
  let capitalWords = 0;
  let lowerWords = 0;
  let latinLetters = 0;
  let otherLetters = 0;
  let foreignHints = 0;

  let at = 0;
  while (at < sample.length) {
    const start = at;
    // Spaces and ASCII punctuation start no word: stepped over without asking for one.
    if (startsNoWord(sample.charCodeAt(start))) {
      at++;
      continue;
    }
    at = readAsciiWord(sample, start);
    if (at > start) {
      // Nearly every word: ASCII letters and apostrophes, read without making it a string.
      latinWords++;
      latinLetters += at - start;
      const languages = asciiWordRead.languages;
      if (at - start > 1) {
        if (asciiWordRead.upper) capitalWords++;
        else lowerWords++;
        if (at - start < 5 && asciiWordRead.upper) {
          if (languages) addShares(shouted, languages);
          continue;
        }
      }
      if (languages) addShares(scores, languages);
      continue;
    }
    const code = sample.codePointAt(at) ?? 0;
    if (!isLetterOrMark(code)) {
      at += code > 0xffff ? 2 : 1;
      continue;
    }
    at = letterWordEnd(sample, start);
    const token = sample.slice(start, at);
    const weight = scriptWeight(token.codePointAt(0) ?? 0);
    if (weight > 0) {
      otherLetters += token.length * weight;
      continue;
    }
    latinWords++;
    latinLetters += token.length;
    const folded = token.toLowerCase();
    const lower = folded.includes('’') ? folded.replace(/’/g, "'") : folded;
    const languages = FUNCTION_WORDS.get(lower) ?? elided(lower);
    const capitals = token.length > 1 && !startsLowerAscii(token) && UPPER.test(token);
    if (token.length > 1) {
      if (capitals) capitalWords++;
      else lowerWords++;
    }
    // Acronyms (MIT, CEO, UX) are not words of any language, unless the whole note is in capitals.
    if (capitals && token.length < 5) {
      if (languages) addShares(shouted, languages);
      continue;
    }
    if (languages) {
      addShares(scores, languages);
    } else if (lower === token && !isAscii(lower) && FOREIGN_LETTERS.test(lower)) {
      foreignHints++;
    }
  }

  if (capitalWords > 3 * lowerWords) for (let index = 0; index < scores.length; index++) scores[index]! += shouted[index]!;
  const letters = latinLetters + otherLetters;
  if (letters === 0) return { language: 'unknown', confidence: 0 };
  const otherScript = otherLetters / letters;
  if (otherScript >= 0.5 && otherLetters >= 2) return { language: 'other', confidence: round(otherScript) };

  const english = scores[ENGLISH] ?? 0;
  let other = 0;
  for (let index = 0; index < PROFILE_LANGUAGES.length; index++)
    if (index !== ENGLISH) other = Math.max(other, scores[index] ?? 0);
  other += foreignHints / 2;

  const evidence = english + other;
  // A sentence with not one English function word and some of another language's is not English.
  if (english === 0 && other >= 1 && latinWords >= 4) return { language: 'other', confidence: round(other / 4) };
  if (english === 0 && latinWords >= WORDS_WITHOUT_ENGLISH) {
    return { language: 'other', confidence: round(latinWords / (2 * WORDS_WITHOUT_ENGLISH)) };
  }
  if (evidence < MIN_EVIDENCE) return { language: 'unknown', confidence: round(evidence / (2 * MIN_EVIDENCE)) };
  // Sure of a side in proportion to its margin and to how much there was to read.
  const certainty = (winner: number, loser: number) => round(((winner - loser) / evidence) * Math.min(1, evidence / 6));
  if (other >= MIN_EVIDENCE && other > english * OTHER_MARGIN) return { language: 'other', confidence: certainty(other, english) };
  if (english >= other) return { language: 'en', confidence: certainty(english, other) };
  return { language: 'unknown', confidence: round(english / evidence) };
}

/** An ASCII character other than a letter: what most characters between words are. */
function startsNoWord(code: number): boolean {
  return code < 0x80 && !((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
}

/** A word two languages share counts for both, at a share. */
function addShares(scores: Float64Array, languages: readonly ProfileLanguage[]): void {
  const share = 1 / languages.length;
  for (let i = 0; i < languages.length; i++) {
    const at = PROFILE_LANGUAGES.indexOf(languages[i] as ProfileLanguage);
    scores[at] = (scores[at] ?? 0) + share;
  }
}

/** A word that opens with a-z is no acronym: the common case, told without the pattern. */
function startsLowerAscii(token: string): boolean {
  const code = token.charCodeAt(0);
  return code >= 0x61 && code <= 0x7a;
}

/** FOREIGN_LETTERS are all past ASCII. */
function isAscii(token: string): boolean {
  for (let at = 0; at < token.length; at++) if (token.charCodeAt(at) > 0x7f) return false;
  return true;
}

/** "l'équipe" → "l'", "dell'azienda" → "dell'": French and Italian elisions. */
function elided(word: string): readonly ProfileLanguage[] | undefined {
  const apostrophe = word.indexOf("'");
  return apostrophe > 0 ? FUNCTION_WORDS.get(word.slice(0, apostrophe + 1)) : undefined;
}

/**
 * 0 for Latin letters; otherwise how much one letter weighs. Han, kana and hangul carry a word in
 * one or two characters, so they weigh more than a letter of an alphabet.
 */
function scriptWeight(codePoint: number): number {
  if (codePoint < 0x250 || (codePoint >= 0x1e00 && codePoint <= 0x1eff) || (codePoint >= 0x2c60 && codePoint <= 0x2c7f)) return 0;
  if ((codePoint >= 0x2e80 && codePoint <= 0x9fff) || (codePoint >= 0xac00 && codePoint <= 0xd7af) || (codePoint >= 0xf900 && codePoint <= 0xfaff)) return 3;
  if (codePoint >= 0x20000) return 3;
  // Combining marks and modifier letters ride along with the letters before them.
  if (codePoint >= 0x250 && codePoint <= 0x36f) return 0;
  return 1;
}

function round(value: number): number {
  return Math.round(Math.max(0, Math.min(1, value)) * 100) / 100;
}
