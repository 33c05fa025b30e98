import { describe, expect, test } from 'vitest';
import { insertionSort } from './insertion-sort';

describe('insertionSort', () => {
  test('orders as the stable Array.prototype.sort does, ties kept in their first order', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 200; round++) {
      const items = Array.from({ length: Math.floor(random() * 12) }, (_, at) => ({ key: Math.floor(random() * 4), at }));
      const expected = items.slice().sort((a, b) => a.key - b.key);
      insertionSort(items, (a, b) => a.key - b.key);
      expect(items).toEqual(expected);
    }
  });
});
