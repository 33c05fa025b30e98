import { describe, expect, test } from 'vitest';
import { isProfileKey, keyLabel, nameKey, parseContactKey, profileAddress, profileKey, unknownKey } from './contact-key';

describe('contact keys', () => {
  test('a profile key is the lowercased slug under linkedin.com/in/, and reads back', () => {
    const key = profileKey('Ana-Souza');
    expect(key).toBe('linkedin.com/in/ana-souza');
    expect(parseContactKey(key!)).toEqual({ kind: 'profile', slug: 'ana-souza' });
    expect(profileAddress(key!)).toBe('https://www.linkedin.com/in/ana-souza/');
    expect(keyLabel(key!)).toBe('ana-souza');
  });

  test.each(['', 'a/b', 'a b', 'a?x=1', 'a#top'])('%j is no slug', (slug) => {
    expect(profileKey(slug)).toBeUndefined();
  });

  test('a name key collapses spaces and case; a page key keeps only the path', () => {
    expect(nameKey('  Ada   Lovelace ')).toBe('name:ada lovelace');
    expect(nameKey('   ')).toBeUndefined();
    expect(unknownKey('https://www.linkedin.com/mynetwork/grow/?skip=1')).toBe('unknown:/mynetwork/grow/');
    expect(unknownKey('not a url?x#y')).toBe('unknown:not a url');
    expect(parseContactKey('name:ada lovelace')).toEqual({ kind: 'name', name: 'ada lovelace' });
    expect(profileAddress('name:ada lovelace')).toBeUndefined();
    expect(keyLabel('name:ada lovelace')).toBe('ada lovelace');
  });

  test.each(['https://www.linkedin.com/in/ana/', 'linkedin.com/in/Ana', 'linkedin.com/in/', 'linkedin.com/in/a/b', 'name:', 'ana'])(
    '%j is not a profile key',
    (text) => {
      expect(isProfileKey(text)).toBe(false);
    },
  );

  test('keys are bounded', () => {
    expect(profileKey('a'.repeat(1_000))!.length).toBe(300);
    expect(nameKey('b'.repeat(1_000))!.length).toBe(300);
    expect(parseContactKey(`name:${'c'.repeat(400)}`)).toBeUndefined();
  });
});
