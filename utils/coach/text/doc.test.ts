import { describe, expect, test } from 'vitest';
import { draftSchema } from '../schema';
import { prepareDoc } from './doc';

const docOf = (text: string) => prepareDoc(draftSchema.parse({ text }));

describe('doc.memo', () => {
  test('computes once per key and doc, whatever the value, and never shares between docs', () => {
    const [a, b] = [docOf('one'), docOf('two')];
    const calls: string[] = [];
    const keys = [{}, () => 0, {}];
    const values = [undefined, null, 0];
    for (let round = 0; round < 3; round++) {
      for (const [index, key] of keys.entries()) {
        expect(a.cached(key, () => (calls.push(`a${index}`), values[index]))).toBe(values[index]);
        expect(b.cached(key, () => (calls.push(`b${index}`), index))).toBe(index);
      }
    }
    expect(calls).toEqual(['a0', 'b0', 'a1', 'b1', 'a2', 'b2']);
  });

  test('a computation may ask for other memos, new keys among them', () => {
    const doc = docOf('three');
    const outer = {};
    const inner = Array.from({ length: 40 }, () => ({}));
    const total = doc.cached(outer, () => inner.reduce<number>((sum, key, index) => sum + doc.cached(key, () => index), 0));
    expect(total).toBe(780);
    expect(doc.cached(inner[39]!, () => -1)).toBe(39);
    expect(doc.cached(outer, () => -1)).toBe(780);
  });
});
