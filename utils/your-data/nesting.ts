// How deep a JSON text nests, read from the characters alone: one pass, no recursion, no parse.
// Run before anything recursive (the forbidden-key walk, the schema) sees the data.

/** An export nests six deep (file, touches, a touch, its analysis, its principles); this leaves room. */
export const MAX_IMPORT_DEPTH = 32;

export interface TooDeep {
  /** Character offset of the bracket that went one level too deep. */
  offset: number;
}

/**
 * The first place `text` opens more than `limit` arrays or objects inside each other, or undefined.
 * Brackets inside strings (and escaped quotes in them) do not count. Linear in the text's length.
 */
export function findTooDeep(text: string, limit: number = MAX_IMPORT_DEPTH): TooDeep | undefined {
  let depth = 0;
  let inString = false;
  for (let offset = 0; offset < text.length; offset++) {
    const char = text.charCodeAt(offset);
    if (inString) {
      if (char === BACKSLASH) offset++;
      else if (char === QUOTE) inString = false;
    } else if (char === QUOTE) {
      inString = true;
    } else if (char === OPEN_BRACE || char === OPEN_BRACKET) {
      depth++;
      if (depth > limit) return { offset };
    } else if (char === CLOSE_BRACE || char === CLOSE_BRACKET) {
      depth--;
    }
  }
  return undefined;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
