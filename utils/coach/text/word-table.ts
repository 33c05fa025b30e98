// Numbers for strings, looked up by their characters in a few typed arrays. A note's words are each
// looked up once, in the middle of reading the note: a `Map` keyed by strings had its entries and
// key strings spread over the heap, and each lookup waited on memory (about 200 ns a word, timed
// inside `analyze`). Here a word's characters are hashed as it is read and compared with one
// compact copy of every listed word's characters.

const EMPTY = -1;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export interface WordTable {
  /** The number of `text` (numbered in the order first added), or -1 when it was never added. */
  numberOf(text: string): number;
  /** Adds `text` if new; returns its number either way. */
  add(text: string): number;
  readonly size: number;
}

function hashOf(text: string): number {
  let hash = FNV_OFFSET;
  for (let at = 0; at < text.length; at++) hash = Math.imul(hash ^ text.charCodeAt(at), FNV_PRIME);
  return hash | 0;
}

export function newWordTable(): WordTable {
  /**
   * Open addressing, at most a quarter full: slot i holds a word's number at [2i] (or EMPTY) and its
   * hash at [2i + 1], so a probe reads one place and compares characters only when the hash agrees.
   */
  let slots = new Int32Array(2 * 1024).fill(EMPTY);
  /** Every word's characters, one after another; a word's own run starts at `starts[number]`. */
  let chars = new Uint16Array(8192);
  let charCount = 0;
  let starts = new Int32Array(512);
  let lengths = new Int32Array(512);
  let size = 0;

  const holds = (number: number, text: string): boolean => {
    if (lengths[number] !== text.length) return false;
    const start = starts[number] ?? 0;
    for (let at = 0; at < text.length; at++) if (chars[start + at] !== text.charCodeAt(at)) return false;
    return true;
  };

  /** The index in `slots` of the slot holding `text`, or of the empty slot where it would go. */
  const slotOf = (text: string, hash: number): number => {
    const mask = (slots.length >> 1) - 1;
    let slot = hash & mask;
    for (;;) {
      const number = slots[2 * slot] ?? EMPTY;
      if (number === EMPTY || (slots[2 * slot + 1] === hash && holds(number, text))) return 2 * slot;
      slot = (slot + 1) & mask;
    }
  };

  const grow = () => {
    const old = slots;
    slots = new Int32Array(old.length * 2).fill(EMPTY);
    const mask = (slots.length >> 1) - 1;
    for (let at = 0; at < old.length; at += 2) {
      const number = old[at] ?? EMPTY;
      if (number === EMPTY) continue;
      const hash = old[at + 1] ?? 0;
      let slot = hash & mask;
      while (slots[2 * slot] !== EMPTY) slot = (slot + 1) & mask;
      slots[2 * slot] = number;
      slots[2 * slot + 1] = hash;
    }
  };

  return {
    numberOf(text) {
      return slots[slotOf(text, hashOf(text))] ?? EMPTY;
    },
    add(text) {
      const found = slots[slotOf(text, hashOf(text))] ?? EMPTY;
      if (found !== EMPTY) return found;
      const number = size++;
      if (size > starts.length) {
        starts = grown(starts, starts.length * 2);
        lengths = grown(lengths, lengths.length * 2);
      }
      if (charCount + text.length > chars.length) {
        const more = new Uint16Array(Math.max(chars.length * 2, charCount + text.length));
        more.set(chars);
        chars = more;
      }
      starts[number] = charCount;
      lengths[number] = text.length;
      for (let at = 0; at < text.length; at++) chars[charCount++] = text.charCodeAt(at);
      if (size * 4 > slots.length >> 1) grow();
      const hash = hashOf(text);
      const slot = slotOf(text, hash);
      slots[slot] = number;
      slots[slot + 1] = hash;
      return number;
    },
    get size() {
      return size;
    },
  };
}

function grown(array: Int32Array<ArrayBuffer>, length: number): Int32Array<ArrayBuffer> {
  const more = new Int32Array(length);
  more.set(array);
  return more;
}
