import { describe, expect, test } from 'vitest';
import { normalizeProfileUrl, slugFromInviteHref } from './profile-url';

describe('profile addresses', () => {
  test.each([
    ['https://www.linkedin.com/in/Ana-Souza/', 'linkedin.com/in/ana-souza'],
    ['https://www.linkedin.com/in/ana-souza/details/experience/?trk=x', 'linkedin.com/in/ana-souza'],
    ['/in/ana-souza', 'linkedin.com/in/ana-souza'],
    ['https://de.linkedin.com/in/j%C3%BCrgen-m%C3%BCller-12ab/', 'linkedin.com/in/jürgen-müller-12ab'],
    ['https://www.linkedin.com/in/bad%E0%A4%A/', 'linkedin.com/in/bad%e0%a4%a'],
  ])('%s → %s', (input, key) => {
    expect(normalizeProfileUrl(input)).toBe(key);
  });

  test.each([['https://www.linkedin.com/feed/'], [''], [undefined], ['/company/horta-labs/']])('%j is no profile', (input) => {
    expect(normalizeProfileUrl(input)).toBeUndefined();
  });

  test('reads the vanityName of custom-invite links', () => {
    expect(slugFromInviteHref('/preload/custom-invite/?vanityName=Fatima-Haddad')).toBe('linkedin.com/in/fatima-haddad');
    expect(slugFromInviteHref('/preload/search-custom-invite/?vanityName=wei-zhang&x=1')).toBe('linkedin.com/in/wei-zhang');
    expect(slugFromInviteHref('/preload/custom-invite/')).toBeUndefined();
  });
});
