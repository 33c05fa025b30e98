// Intl.Segmenter in V8 slows down more than linearly on long strings, so long text is segmented
// in pieces. Pieces end at a line break or a space where possible: words never span those, and
// sentences rarely do.

export const CHUNK_SIZE = 1024;

export interface Chunk {
  start: number;
  text: string;
}

export function chunksOf(text: string, size = CHUNK_SIZE): Chunk[] {
  if (text.length <= size) return [{ start: 0, text }];
  const chunks: Chunk[] = [];
  let start = 0;
  while (start < text.length) {
    const end = start + size >= text.length ? text.length : safeCut(text, start + size, start);
    chunks.push({ start, text: text.slice(start, end) });
    start = end;
  }
  return chunks;
}

/**
 * The best place to cut in (start, limit]: after a line break in its second half, else after a
 * space, else anywhere that does not split a surrogate pair.
 */
export function safeCut(text: string, limit: number, start = 0): number {
  const floor = start + Math.floor((limit - start) / 2);
  const newline = text.lastIndexOf('\n', limit - 1);
  if (newline >= floor) return newline + 1;
  for (let at = limit - 1; at >= floor; at--) {
    const char = text[at];
    if (char === ' ' || char === '\t') return at + 1;
  }
  // No whitespace: never split a surrogate pair.
  const code = text.charCodeAt(limit);
  return code >= 0xdc00 && code <= 0xdfff ? limit - 1 : limit;
}
