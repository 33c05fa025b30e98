// Intl.Segmenter stays the reference for words, but in V8 it costs about a microsecond per segment:
// most of the coach's time on a note. Most notes are written in Latin letters, ASCII punctuation
// and emoji, where Unicode's word rules (UAX #29) come down to a few cases. For such text this
// scanner finds the same words far faster; for anything else it declines and the segmenter reads
// the text. A differential test holds the two to the same answers.

const enum Kind {
  /** A character that never joins a word: space, most punctuation, symbols, emoji. */
  Other,
  Letter,
  Digit,
  /** "_" joins letters and digits on either side. */
  Connector,
  /** ":", "·", "‧": inside a word between letters only. */
  MidLetter,
  /** ".", "'", "‘", "’", "․": between letters or between digits. */
  MidNumLet,
  /** ",", ";": between digits only. */
  MidNum,
  /** Variation selectors, ZWJ, skin tones, keycaps: they attach to what precedes them. */
  Joiner,
  /** Anything this scanner does not know the rules for. */
  Unknown,
}

function kindOf(code: number): Kind {
  if (code < 0x80) return ASCII_KINDS[code] as Kind;
  if (code <= 0x24f) return latinKind(code);
  if ((code >= 0x0386 && code <= 0x03ce && code !== 0x0387 && code !== 0x038b && code !== 0x038d && code !== 0x03a2)
    || (code >= 0x0400 && code <= 0x0481) || (code >= 0x048a && code <= 0x052f) || (code >= 0x1e00 && code <= 0x1eff))
    return Kind.Letter; // Greek, Cyrillic, Latin Extended Additional (Vietnamese)
  if (code >= 0x2010 && code <= 0x205e) return punctuationKind(code);
  if ((code >= 0x2190 && code <= 0x23ff) || (code >= 0x25a0 && code <= 0x25ff)) return Kind.Other;
  if (code === 0x2122 || (code >= 0x20a0 && code <= 0x20c0)) return Kind.Other; // ™ and currency signs: € ₹ ₦
  if ((code >= 0x2600 && code <= 0x27bf) || (code >= 0x2b00 && code <= 0x2bff)) return Kind.Other;
  if (code >= 0x1f000 && code <= 0x1faff) return code >= 0x1f3fb && code <= 0x1f3ff ? Kind.Joiner : Kind.Other;
  if (code === 0xfe0f || code === 0x20e3) return Kind.Joiner;
  return Kind.Unknown;
}

function asciiKind(code: number): Kind {
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return Kind.Letter;
  if (code >= 0x30 && code <= 0x39) return Kind.Digit;
  if (code === 0x5f) return Kind.Connector;
  if (code === 0x3a) return Kind.MidLetter;
  if (code === 0x2e || code === 0x27) return Kind.MidNumLet;
  if (code === 0x2c || code === 0x3b) return Kind.MidNum;
  // Control characters other than tab and line breaks have rules of their own.
  if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return Kind.Unknown;
  return Kind.Other;
}

/** asciiKind of each ASCII code, read from a table: every character of a note is asked. */
const ASCII_KINDS = Uint8Array.from({ length: 0x80 }, (_, code) => asciiKind(code));

function latinKind(code: number): Kind {
  if (code === 0xaa || code === 0xb5 || code === 0xba) return Kind.Letter;
  if (code === 0xb7) return Kind.MidLetter;
  // The soft hyphen is a format character; the cedilla, oddly, counts as a letter to ICU.
  if (code === 0xad || code === 0xb8) return Kind.Unknown;
  if (code < 0xc0 || code === 0xd7 || code === 0xf7) return Kind.Other;
  return Kind.Letter;
}

function punctuationKind(code: number): Kind {
  if (code === 0x2018 || code === 0x2019 || code === 0x2024) return Kind.MidNumLet;
  if (code === 0x2027) return Kind.MidLetter;
  if (code === 0x2044) return Kind.MidNum;
  if (code === 0x200d) return Kind.Joiner;
  // Spaces of other widths, invisible formatting and the connectors "‿ ⁀ ⁔" have rules of their own.
  if (code >= 0x2000 && code <= 0x200f) return Kind.Unknown;
  if (code >= 0x2028 && code <= 0x202f) return Kind.Unknown;
  if (code === 0x203f || code === 0x2040 || code === 0x2054) return Kind.Unknown;
  return Kind.Other;
}

function joinsWord(kind: Kind): boolean {
  return kind === Kind.Letter || kind === Kind.Digit || kind === Kind.Connector;
}

/** May `mid` sit inside a word between a `before` and an `after`? */
function joinsAcross(before: Kind, mid: Kind, after: Kind): boolean {
  if (before === Kind.Letter && after === Kind.Letter) return mid === Kind.MidLetter || mid === Kind.MidNumLet;
  if (before === Kind.Digit && after === Kind.Digit) return mid === Kind.MidNum || mid === Kind.MidNumLet;
  return false;
}

// One buffer for every text's kinds, grown as needed: a typed array made for each note cost more than
// the scan that fills it. Only the first `length` entries are read, each written before it is read.
let kindsBuffer = new Uint8Array(1024);

function kindsFor(length: number): Uint8Array {
  if (kindsBuffer.length < length) kindsBuffer = new Uint8Array(Math.max(length, kindsBuffer.length * 2));
  return kindsBuffer;
}

// The words' [start, end) pairs, in a buffer shared the same way (a note has at most one word a character).
let spansBuffer = new Int32Array(1024);

/** [start, end) of each word, or undefined when the text holds something only the segmenter reads. */
export function simpleWordSpans(text: string): number[] | undefined {
  const count = scanWordSpans(text);
  return count < 0 ? undefined : Array.from(spansBuffer.subarray(0, count));
}

/**
 * What `simpleWordSpans` finds, left in `wordSpans()`: returns how many of its entries are this
 * text's (two a word), or -1 when the text holds something only the segmenter reads.
 */
export function scanWordSpans(text: string): number {
  const kinds = kindsFor(text.length);
  if (spansBuffer.length < text.length + 1) spansBuffer = new Int32Array(Math.max(text.length + 1, spansBuffer.length * 2));
  const spans = spansBuffer;
  for (let at = 0; at < text.length; at++) {
    const code = text.codePointAt(at) ?? 0;
    const kind = kindOf(code);
    if (kind === Kind.Unknown) return -1;
    if (kind === Kind.Joiner) {
      // A joiner after an emoji stays with the emoji; after anything else it changes the word rules.
      const previous = at > 0 ? kinds[at - 1] : Kind.Other;
      if (at === 0 || (previous !== Kind.Other && previous !== Kind.Joiner)) return -1;
    }
    kinds[at] = kind;
    if (code > 0xffff) kinds[++at] = kind;
  }
  let count = 0;
  let at = 0;
  while (at < text.length) {
    if (!joinsWord(kinds[at] as Kind)) {
      at++;
      continue;
    }
    const start = at;
    while (at + 1 < text.length) {
      const next = kinds[at + 1] as Kind;
      if (joinsWord(next)) at++;
      else if (at + 2 < text.length && joinsAcross(kinds[at] as Kind, next, kinds[at + 2] as Kind)) at += 2;
      else break;
    }
    at++;
    // A lone "_" is not a word to the segmenter, though "__" is.
    if (!(at - start === 1 && kinds[start] === Kind.Connector)) {
      spans[count++] = start;
      spans[count++] = at;
    }
  }
  return count;
}

/** The buffer `scanWordSpans` fills: read it before the next scan. */
export const wordSpans = (): Int32Array => spansBuffer;
