import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { simpleWordSpans } from '@/utils/coach/text/simple-words';
import { loadRows } from '../../scripts/lib/labelled-corpus';

// The coach's hand-written word scanner stands in for Intl.Segmenter on most notes; on the notes of the
// main corpus (never the holdout, whose words a failure would print) it must cut exactly as it does.

const texts = loadRows(fileURLToPath(new URL('../corpus/', import.meta.url))).map((row) => row.text);
const words = new Intl.Segmenter('en', { granularity: 'word' });

describe('the simple word scanner on the corpus', () => {
  test('there are notes to read', () => expect(texts.length).toBeGreaterThan(1_000));

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
