// Intl.Segmenter stays the reference for sentences too, but every segment it yields costs about a
// microsecond in V8, and each note is split into sentences on every keystroke. For text in Latin,
// Greek or Cyrillic letters, common punctuation and emoji, Unicode's sentence rules (UAX #29,
// SB1–SB11) come down to a short scan; this scanner applies them and declines anything else, which
// the segmenter then reads. A differential test holds the two to the same boundaries. Symbols (€, ™,
// arrows, ❤, ✅) and the variation selectors after them are declined too: about 2 notes in 100 of the
// corpus hold one, and reading them here cost the coaching UI 95 bytes gzipped (session 30).

import { ALPHABETIC_LETTER, LOWERCASE_LETTER, UPPERCASE_LETTER } from '../patterns';

const enum Kind {
  Other,
  Lower,
  Upper,
  /** A letter with no case. */
  OLetter,
  Numeric,
  /** ".": ends a sentence unless what follows says it was an abbreviation or a number. */
  ATerm,
  /** "!", "?" and their kin. */
  STerm,
  /** Quotes and brackets, which a sentence end carries along. */
  Close,
  /** ",", "-", ":", ";", "–", "—": a sentence goes on after a terminator followed by one of these. */
  SContinue,
  Sp,
  CR,
  LF,
  /** The emoji joiner: it belongs to what precedes it (SB5). Variation selectors and the keycap do too, but are left to the segmenter. */
  Ignorable,
  /** Anything this scanner does not know the rules for. */
  Unknown,
  /** Past the last character: written after the kinds, so a look ahead needs no bounds check. */
  End,
}

const ASCII_KINDS: readonly Kind[] = (() => {
  const kinds = new Array<Kind>(128).fill(Kind.Other);
  for (let code = 0; code < 0x20; code++) kinds[code] = Kind.Unknown;
  kinds[0x09] = Kind.Sp;
  kinds[0x0a] = Kind.LF;
  kinds[0x0d] = Kind.CR;
  kinds[0x20] = Kind.Sp;
  kinds[0x7f] = Kind.Unknown;
  for (let code = 0x30; code <= 0x39; code++) kinds[code] = Kind.Numeric;
  for (let code = 0x41; code <= 0x5a; code++) kinds[code] = Kind.Upper;
  for (let code = 0x61; code <= 0x7a; code++) kinds[code] = Kind.Lower;
  for (const char of '!?') kinds[char.charCodeAt(0)] = Kind.STerm;
  for (const char of '"\'()[]{}') kinds[char.charCodeAt(0)] = Kind.Close;
  for (const char of ',-:;') kinds[char.charCodeAt(0)] = Kind.SContinue;
  kinds[0x2e] = Kind.ATerm;
  return kinds;
})();

/** Letters past ASCII, by their case; anything else in these blocks is left to the segmenter. */
function letterKind(code: number): Kind {
  const char = String.fromCodePoint(code);
  if (LOWERCASE_LETTER.test(char)) return Kind.Lower;
  if (UPPERCASE_LETTER.test(char)) return Kind.Upper;
  return ALPHABETIC_LETTER.test(char) ? Kind.OLetter : Kind.Unknown;
}

function kindOf(code: number): Kind {
  if (code < 0x80) return ASCII_KINDS[code] ?? Kind.Unknown;
  if (code <= 0xff) return latin1Kind(code);
  if (code <= 0x24f || (code >= 0x370 && code <= 0x52f) || (code >= 0x1e00 && code <= 0x1eff)) return letterKind(code);
  if (code >= 0x2000 && code <= 0x206f) return punctuationKind(code);
  if (code >= 0x1f000 && code <= 0x1faff) return emojiKind(code);
  return Kind.Unknown;
}

function latin1Kind(code: number): Kind {
  if (code < 0xa0 || code === 0xad) return Kind.Unknown; // C1 controls, the next-line break, the soft hyphen
  if (code === 0xa0) return Kind.Sp;
  if (code === 0xaa || code === 0xb5 || code === 0xba) return Kind.Lower;
  if (code === 0xab || code === 0xbb) return Kind.Close;
  if (code < 0xc0 || code === 0xd7 || code === 0xf7) return Kind.Other;
  return letterKind(code);
}

function punctuationKind(code: number): Kind {
  if (code <= 0x200a || code === 0x202f || code === 0x205f) return Kind.Sp;
  if (code === 0x200d) return Kind.Ignorable;
  if (code === 0x2013 || code === 0x2014) return Kind.SContinue;
  if ((code >= 0x2018 && code <= 0x201f) || code === 0x2039 || code === 0x203a || code === 0x2045 || code === 0x2046)
    return Kind.Close;
  if (code === 0x2024) return Kind.ATerm;
  if (code === 0x203c || code === 0x203d || (code >= 0x2047 && code <= 0x2049)) return Kind.STerm;
  // Zero-width and direction marks, line and paragraph separators, invisible operators.
  if (code <= 0x200f || (code >= 0x2028 && code <= 0x202e) || code >= 0x2060) return Kind.Unknown;
  return Kind.Other;
}

function emojiKind(code: number): Kind {
  // Enclosed letters (🅰, 🄰) have a case; the regional indicators of flags do not.
  if (code >= 0x1f100 && code <= 0x1f1ff) return code >= 0x1f1e6 ? Kind.Other : Kind.Unknown;
  if (code >= 0x1f676 && code <= 0x1f678) return Kind.Close;
  return Kind.Other;
}

const isParaSep = (kind: Kind | undefined) => kind === Kind.CR || kind === Kind.LF;

// One pair of buffers for every text, grown as needed: arrays built for each note cost more than the scan.
let kindsBuffer = new Uint8Array(1025);
let startsBuffer = new Int32Array(1025);

function buffersFor(length: number): { kinds: Uint8Array; starts: Int32Array } {
  if (kindsBuffer.length <= length) {
    const size = Math.max(length + 1, kindsBuffer.length * 2);
    kindsBuffer = new Uint8Array(size);
    startsBuffer = new Int32Array(size);
  }
  return { kinds: kindsBuffer, starts: startsBuffer };
}

/** What SB8 looks past, after an abbreviation's ".", for a lowercase letter that keeps the sentence going. */
function lowerFollows(kinds: Uint8Array, count: number, from: number): boolean {
  for (let at = from; at < count; at++) {
    const kind = kinds[at];
    if (kind === Kind.Lower) return true;
    if (kind === Kind.OLetter || kind === Kind.Upper || isParaSep(kind) || kind === Kind.ATerm || kind === Kind.STerm)
      return false;
  }
  return false;
}

/**
 * The end offset of each sentence segment, as Intl.Segmenter('en', { granularity: 'sentence' })
 * would cut the text, or undefined when the text holds something only the segmenter reads.
 */
export function simpleSentenceEnds(text: string): number[] | undefined {
  // The kinds of the characters that count, with where each starts: SB5 reads a character and the
  // joiners after it as one. Only the first `count` entries (and the End after them) are this text's.
  const { kinds, starts } = buffersFor(text.length);
  let count = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.codePointAt(at) ?? 0;
    const kind = kindOf(code);
    if (kind === Kind.Unknown) return undefined;
    if (kind === Kind.Ignorable) {
      if (count === 0 || isParaSep(kinds[count - 1])) return undefined;
    } else {
      kinds[count] = kind;
      starts[count++] = at;
    }
    if (code > 0xffff) at++;
  }
  kinds[count] = Kind.End;
  const startOf = (index: number) => (index < count ? (starts[index] ?? text.length) : text.length);

  const ends: number[] = [];
  let at = 0;
  while (at < count) {
    const kind = kinds[at];
    if (kind === Kind.CR) {
      at += kinds[at + 1] === Kind.LF ? 2 : 1; // SB3, SB4
      ends.push(startOf(at));
      continue;
    }
    if (kind === Kind.LF) {
      ends.push(startOf(++at)); // SB4
      continue;
    }
    if (kind !== Kind.ATerm && kind !== Kind.STerm) {
      at++;
      continue;
    }
    const next = kinds[at + 1];
    if (kind === Kind.ATerm) {
      const previous = kinds[at - 1];
      if (next === Kind.Numeric) {
        at++; // SB6: "3.5"
        continue;
      }
      if (next === Kind.Upper && (previous === Kind.Upper || previous === Kind.Lower)) {
        at++; // SB7: "U.S"
        continue;
      }
    }
    let after = at + 1;
    while (kinds[after] === Kind.Close) after++; // SB9
    while (kinds[after] === Kind.Sp) after++; // SB10
    const following = kinds[after];
    if (isParaSep(following)) {
      after += following === Kind.CR && kinds[after + 1] === Kind.LF ? 2 : 1; // SB11 keeps one break
      ends.push(startOf(after));
      at = after;
      continue;
    }
    const goesOn =
      following === Kind.End ||
      (kind === Kind.ATerm && lowerFollows(kinds, count, after)) || // SB8: "e.g. the"
      following === Kind.SContinue || following === Kind.ATerm || following === Kind.STerm; // SB8a
    if (!goesOn) ends.push(startOf(after));
    at = after;
  }
  if (count > 0 && ends.at(-1) !== text.length) ends.push(text.length);
  return ends;
}
