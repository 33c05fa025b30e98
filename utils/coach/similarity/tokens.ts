// A fast tokenizer for template comparison only. Intl.Segmenter costs ~50 µs a note, too much for
// 10,000 past notes arriving at once; comparison only needs both sides cut the same way, so a
// scan over UTF-16 code units does: letters, digits and any other script's characters make words;
// spaces, punctuation, symbols and emoji (surrogates, joiners, selectors) separate them. Each word
// is hashed as it is read, lowercased and with curly apostrophes folded.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Stand-ins for masked words, so "Hi Ana" and "Hi Raj" read the same. */
export const NUMBER_HASH = 0x9e3779b9;
export const NAME_HASH = 0x7f4a7c15;

function isWordCode(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  }
  if (code === 0xa0 || code === 0x3000 || code === 0xfeff) return false;
  if (code >= 0x2000 && code <= 0x2bff) return false; // punctuation, symbols, arrows, dingbats
  if (code >= 0xd800 && code <= 0xdfff) return false; // emoji and other astral symbols
  if (code >= 0xfe00 && code <= 0xfe0f) return false; // variation selectors
  return true;
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2018;
}

function isUpper(code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  const char = String.fromCharCode(code);
  return char !== char.toLowerCase();
}

function lower(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code | 0x20 : code;
  return String.fromCharCode(code).toLowerCase().charCodeAt(0);
}

/**
 * One hash per word. Numbers, and capitalised words that do not start a sentence (names,
 * companies), are masked.
 */
export function maskedWordHashes(text: string): number[] {
  const hashes: number[] = [];
  let sentenceStart = true;
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (!isWordCode(code)) {
      if (code === 0x2e || code === 0x21 || code === 0x3f || code === 0x0a) sentenceStart = true;
      index++;
      continue;
    }
    const numeric = code >= 0x30 && code <= 0x39;
    const capital = isUpper(code);
    let hash = FNV_OFFSET;
    let length = 0;
    while (index < text.length) {
      const current = text.charCodeAt(index);
      const joined = isApostrophe(current) && isWordCode(text.charCodeAt(index + 1));
      if (!joined && !isWordCode(current)) break;
      hash = Math.imul(hash ^ (joined ? 0x27 : lower(current)), FNV_PRIME);
      length++;
      index++;
    }
    const pronounI = capital && length <= 4 && (code === 0x49 || code === 0x69); // I, I'm, I'd, I've
    if (numeric) hashes.push(NUMBER_HASH);
    else if (capital && !sentenceStart && !pronounI) hashes.push(NAME_HASH);
    else hashes.push(hash >>> 0);
    sentenceStart = false;
  }
  return hashes;
}
