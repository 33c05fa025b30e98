import { describe, expect, test } from 'vitest';
import { countNearCopies } from './template-index';
import { shingleHashes } from './shingles';
import { maskedWordHashes, NAME_HASH, NUMBER_HASH } from './tokens';

const jaccard = (a: string, b: string) => {
  const x = new Set(shingleHashes(a));
  const y = new Set(shingleHashes(b));
  const shared = [...x].filter((hash) => y.has(hash)).length;
  return shared / (x.size + y.size - shared);
};

describe('template similarity', () => {
  test('masks names and numbers, not the first word of a sentence or "I"', () => {
    const hashes = maskedWordHashes('Hi Ana, I have 12 years at Acme. Thanks!');
    expect(hashes[1]).toBe(NAME_HASH);
    expect(hashes[4]).toBe(NUMBER_HASH);
    expect(hashes[7]).toBe(NAME_HASH);
    expect(hashes[0]).not.toBe(NAME_HASH);
    expect(hashes[2]).not.toBe(NAME_HASH);
    expect(hashes[8]).not.toBe(NAME_HASH);
  });

  test('reads curly and straight apostrophes alike', () => {
    expect(maskedWordHashes('I’d love that')).toEqual(maskedWordHashes("I'd love that"));
  });

  test('the same template with other names and numbers is the same note', () => {
    expect(
      jaccard('Hi Ana, I saw you work at Acme for 5 years.', 'Hi Raj, I saw you work at Globex for 9 years.'),
    ).toBe(1);
  });

  test('different notes share little', () => {
    expect(
      jaccard('Loved your talk on tracing at KubeCon.', 'Congrats on the new role, well deserved!'),
    ).toBe(0);
  });

  test('counts near copies against a threshold', () => {
    const notes = [
      'Hi Raj, I saw you work at Globex for 9 years.',
      'Something else entirely, about bees.',
    ].map((text) => ({ text, at: 0 }));
    expect(countNearCopies('Hi Ana, I saw you work at Acme for 5 years.', notes, 0.6)).toBe(1);
    expect(countNearCopies('Bees are great, thanks for the talk on hives.', notes, 0.6)).toBe(0);
  });
});
