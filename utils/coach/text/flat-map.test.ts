import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flatMap } from './flat-map';

describe('flatMap', () => {
  it('returns what Array.prototype.flatMap returns', () => {
    const value: fc.Arbitrary<unknown> = fc.oneof(fc.integer(), fc.array(fc.integer()), fc.array(fc.array(fc.integer())), fc.constant(undefined));
    fc.assert(
      fc.property(fc.array(value), fc.func(value), (items, each) => {
        expect(flatMap(items, each)).toEqual(items.flatMap((item, index) => each(item, index)));
      }),
    );
  });

  it('passes each item with its index, in order', () => {
    const seen: string[] = [];
    expect(flatMap(['a', 'b', 'c'], (item, index) => (seen.push(`${item}${index}`), index === 1 ? [] : [item, [index]]))).toEqual([
      'a', [0], 'c', [2],
    ]);
    expect(seen).toEqual(['a0', 'b1', 'c2']);
    expect(flatMap([], () => [1])).toEqual([]);
  });
});
