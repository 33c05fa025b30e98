import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { dedupe, dedupeByKey } from './postprocess';
import type { Finding } from './schema';

const finding = fc.record({
  rule: fc.constantFrom('too-short', 'link-push', 'sales-pitch'),
  message: fc.constantFrom('a', 'b', 'a|b', '|', ''),
  range: fc.option(fc.constantFrom<[number, number]>([0, 1], [0, 2], [1, 2], [12, 1]), { nil: undefined }),
});

describe('dedupe', () => {
  test('compared pairwise, keeps what keying by rule, range and message keeps, in order', () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 60 }), (drawn) => {
        const findings = drawn.map(({ range, ...rest }) => ({
          ...rest,
          principle: 'relationship',
          kind: 'concern',
          severity: 'warning',
          why: '',
          ...(range ? { range } : {}),
        })) as Finding[];
        expect(dedupe(findings)).toEqual(dedupeByKey(findings));
        expect(dedupe(findings).every((kept, at) => kept === dedupeByKey(findings)[at])).toBe(true);
      }),
      { numRuns: 3_000 },
    );
  });
});
