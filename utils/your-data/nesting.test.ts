import { describe, expect, it } from 'vitest';
import { findTooDeep, MAX_IMPORT_DEPTH } from './nesting';

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('findTooDeep', () => {
  it('accepts nesting up to the limit and names where it first goes past it', () => {
    expect(findTooDeep(nested(MAX_IMPORT_DEPTH))).toBeUndefined();
    expect(findTooDeep(nested(MAX_IMPORT_DEPTH + 1))).toEqual({ offset: MAX_IMPORT_DEPTH });
    expect(findTooDeep('{"a":{"b":[1,{"c":2}]}}', 3)).toEqual({ offset: 13 });
  });

  it('counts brackets only outside strings, escaped quotes included', () => {
    expect(findTooDeep(JSON.stringify({ text: '[[[[{{{{ "\\" [[[[' }), 1)).toBeUndefined();
    expect(findTooDeep(JSON.stringify(['a"[[', ['b']]), 1)).toEqual({ offset: 9 });
  });

  it('a file nested 100,000 deep is found at the first bracket past the limit', () => {
    expect(findTooDeep(nested(100_000))).toEqual({ offset: MAX_IMPORT_DEPTH });
    const objects = '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000);
    expect(findTooDeep(objects)).toEqual({ offset: MAX_IMPORT_DEPTH * 5 });
  });
});
