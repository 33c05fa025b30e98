import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { simpleSentenceEnds } from '@/utils/coach/text/simple-sentences';
import { simpleWordSpans } from '@/utils/coach/text/simple-words';
import { loadRows } from '../../scripts/lib/labelled-corpus';

// The coach's hand-written scanners stand in for Intl.Segmenter on most notes; on the notes of the
// main corpus (never the holdout, whose words a failure would print) they must cut exactly as it does.

const texts = loadRows(fileURLToPath(new URL('../corpus/', import.meta.url))).map((row) => row.text);
const words = new Intl.Segmenter('en', { granularity: 'word' });
const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

describe('the simple scanners on the corpus', () => {
  test('there are notes to read', () => expect(texts.length).toBeGreaterThan(1_000));

  test('sentences end where Intl.Segmenter ends them, and the scanner reads nearly every note', () => {
    let read = 0;
    for (const text of texts) {
      const ends = simpleSentenceEnds(text);
      if (ends === undefined) continue;
      read++;
      expect(ends, text).toEqual([...sentences.segment(text)].map((s) => s.index + s.segment.length));
    }
    expect(read / texts.length).toBeGreaterThan(0.95);
  });

  test('words are the segmenter’s word-like segments', () => {
    for (const text of texts) {
      const spans = simpleWordSpans(text);
      if (spans === undefined) continue;
      const reference = [...words.segment(text)]
        .filter((s) => s.isWordLike)
        .flatMap((s) => [s.index, s.index + s.segment.length]);
      expect(spans, text).toEqual(reference);
    }
  });
});
