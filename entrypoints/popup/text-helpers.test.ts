import { describe, expect, test } from 'vitest';
import { describeError } from './describe-error';
import { notePreview } from './note-preview';
import { profileHref } from './profile-href';
import { relativeTime } from './relative-time';

const NOW = new Date(2026, 10, 25, 12, 0).getTime();
const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('relative time', () => {
  test.each([
    [NOW - 20 * 1000, 'just now'],
    [NOW - 5 * MINUTE, '5 minutes ago'],
    [NOW - 2 * HOUR, '2 hours ago'],
    [NOW - DAY, 'yesterday'],
    [NOW - 3 * DAY, '3 days ago'],
    [NOW - 15 * DAY, '2 weeks ago'],
    [NOW - 70 * DAY, '2 months ago'],
    [NOW + 3 * DAY, 'in 3 days'],
  ])('%i reads “%s”', (at, words) => {
    expect(relativeTime(at, NOW)).toBe(words);
  });
});

describe('note preview', () => {
  test('a short note is shown whole, its spacing tidied', () => {
    expect(notePreview('Hi Ana,\n\n  great talk.')).toBe('Hi Ana, great talk.');
  });

  test('a long note is cut at a word, without trailing punctuation', () => {
    const preview = notePreview(
      'Hi Ana, your talk at JSConf on focus management changed how our team builds dialogs, and I would love to share our notes.',
      60,
    );
    expect(preview).toBe('Hi Ana, your talk at JSConf on focus management changed how…');
  });

  test.each([null, '', '   '])('%o is no note', (note) => {
    expect(notePreview(note)).toBeNull();
  });
});

describe('error words', () => {
  test('a full disk says what to do', () => {
    expect(describeError(Object.assign(new Error('x'), { name: 'StorageFullError' }))).toMatch(
      /storage is full.*Free some disk space/,
    );
  });

  test('anything else still says something', () => {
    expect(describeError('boom')).toMatch(/went wrong/);
  });
});

describe('profile link', () => {
  test.each([
    ['https://www.linkedin.com/in/ana-souza/', 'https://www.linkedin.com/in/ana-souza/'],
    ['linkedin.com/in/ana-souza', 'https://www.linkedin.com/in/ana-souza'],
    ['www.linkedin.com/in/ana-souza', 'https://www.linkedin.com/in/ana-souza'],
    ['javascript:alert(1)', undefined],
    ['https://evil.example/in/ana', undefined],
    [undefined, undefined],
  ])('%s opens %s', (stored, href) => {
    expect(profileHref(stored)).toBe(href);
  });
});
