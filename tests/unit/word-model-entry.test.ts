import { afterEach, expect, test, vi } from 'vitest';
import { analyze } from '@/utils/coach';
import type { SecondReader } from '@/utils/coach/second-reader';

// entrypoints/word-model.ts, the module the coaching UI imports for its second reader: built from
// the committed weights, checked against their schema. Weights that do not fit make it throw as it
// loads (the import fails), and the coaching UI reads with its rules alone
// (entrypoints/coach-ui/second-reader-loader.test.ts).

afterEach(() => {
  vi.doUnmock('@/utils/coach/word-model/weights.json');
  vi.resetModules();
});

async function entry(): Promise<{ main: () => SecondReader }> {
  return (await import('@/entrypoints/word-model')).default as { main: () => SecondReader };
}

const VETOED = 'Hi Ana, I read your article on open data for urban farms. I am always looking to connect with professionals in my industry and share opportunities. Let’s connect!';

test('its default export is the word model’s second reader, from the committed weights', async () => {
  const secondReader = (await entry()).main();
  expect(analyze({ text: VETOED }).verdict).toBe('relational');
  const read = analyze({ text: VETOED }, {}, { secondReader });
  expect(read.verdict).not.toBe('relational');
  expect(read.findings.map((f) => f.rule)).toContain('outreach-wording');
});

test('weights that do not fit their schema make it throw as it loads, saying what does not fit', async () => {
  vi.doMock('@/utils/coach/word-model/weights.json', () => ({ default: { version: 1, bias: 0, weights: { quick: 1e9 } } }));
  const { main } = await entry();
  // A fresh module graph after the mock: the error is named, not compared by class.
  expect(main).toThrow(expect.objectContaining({ name: 'WordModelError', message: expect.stringMatching(/^word model: weights\.quick: /) }));
});
