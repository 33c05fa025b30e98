import { describe, expect, test } from 'vitest';
import { chunksOf } from './chunks';
import { segmentWords } from './segment';

describe('chunksOf', () => {
  test.each([
    ['short', 'Hi Ana'],
    ['words', 'hello world '.repeat(500)],
    ['lines', 'a line\n'.repeat(400)],
    ['no spaces', '👩‍💻'.repeat(700)],
  ])('covers the text exactly (%s)', (_name, text) => {
    const chunks = chunksOf(text, 100);
    expect(chunks.map((chunk) => chunk.text).join('')).toBe(text);
    chunks.forEach((chunk) =>
      expect(text.slice(chunk.start, chunk.start + chunk.text.length)).toBe(chunk.text),
    );
    for (const chunk of chunks.slice(1)) {
      const code = text.charCodeAt(chunk.start);
      expect(code >= 0xdc00 && code <= 0xdfff).toBe(false);
    }
  });

  test('long text segments into the same words as short text would', () => {
    const text = 'Loved your talk on tracing, Ana. '.repeat(200);
    const words = segmentWords(text);
    expect(words).toHaveLength(200 * 6);
    for (const word of words) expect(text.slice(word.startAt, word.endAt)).toBe(word.raw);
  });
});
