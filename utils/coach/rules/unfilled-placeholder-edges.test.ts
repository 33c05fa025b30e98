import { describe, expect, test } from 'vitest';
import { draftSchema } from '../schema';
import { runRule } from '../testing/rule-tester';
import { prepareDoc } from '../text/doc';
import { unfilledPlaceholder } from './unfilled-placeholder';

// The edges the first mutation run of this rule left untested (BENCHMARKS.md, session 4): what the
// person sees flagged, in the order it stands in the note, and ordinary writing left alone.

const found = (text: string) => runRule(unfilledPlaceholder, { text }).map((f) => text.slice(...f.range!));

describe('ordinary writing is not a placeholder', () => {
  test.each([
    ['a company name ending in Corp', 'Congrats to the team at IBM Corp on the launch.'],
    ['a lower-case word in brackets', 'Loved [tracing] at KubeCon.'],
    ['the word "undefined" after other words', 'Their name undefined, the bug was fun to read about.'],
    ['an abbreviation or team word in parentheses', 'Sharing the deck (PDF) from our meetup (team) today.'],
    ['a hashtag written with two hashes', 'Follow ##rustlang for more.'],
  ])('%s', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('placeholders the shape alone gives away', () => {
  test.each([
    ['camelCase with spaces inside the brackets', 'Hi [ recipientName ]!', ['[ recipientName ]']],
    ['camelCase of words not in the table', 'Hi [recipientName]!', ['[recipientName]']],
    ['capitals of words not in the table', 'Hi, see [YOUR LOGO] here.', ['[YOUR LOGO]']],
    ['placeholder words with two spaces between', 'Hi [your  name]!', ['[your  name]']],
    ['three words ending in "link"', 'Watch [my Loom link] now.', ['[my Loom link]']],
    ['"##" opening the note', '## percent of teams agree.', ['##']],
  ])('%s', (_, text, words) => {
    expect(found(text)).toEqual(words);
  });
});

describe('where one placeholder ends and the next begins', () => {
  test.each([
    ['a filler word before a placeholder, in order', 'Hi XXX, meet {first}.', ['XXX', '{first}']],
    ['a filler word right after a placeholder', 'Hi {name}XXX there.', ['{name}', 'XXX']],
    ['a word after a bracketed placeholder does not stretch it', 'Hi [First] Name, hello.', ['[First]']],
    ['a field in capitals after braces stays apart', 'Hi {first} COMPANY rocks.', ['{first}', 'COMPANY']],
    ['a field in capitals after a filler stays apart', 'Hi there XXX COMPANY rocks.', ['XXX', 'COMPANY']],
    ['a plain word after a field in capitals is not part of it', 'Dear FIRSTNAME thanks for the talk.', ['FIRSTNAME']],
    ['two fields in capitals with a comma between are two', 'Hi FIRSTNAME, LASTNAME here.', ['FIRSTNAME', 'LASTNAME']],
    ['two words of brackets then a field in capitals', '[insert your name] COMPANY is hiring.', ['[insert your name]', 'COMPANY']],
    ['FIRST NAME in capitals is one placeholder', 'Hi FIRST NAME, hello.', ['FIRST NAME']],
  ])('%s', (_, text, words) => {
    expect(found(text)).toEqual(words);
  });
});

test.each([['{name} ## XXX'], ['## more']])('nothing after the part of a long paste the coach reads is reported: %s', (tail) => {
  const text = `${'a '.repeat(10_000)}${tail}`;
  const doc = prepareDoc(draftSchema.parse({ text }), { limitGiven: false });
  expect(text.slice(doc.readEnd)).toBe(tail);
  expect(found(text)).toEqual([]);
});

test('what the panel says with each placeholder', () => {
  const [finding] = runRule(unfilledPlaceholder, { text: 'Hi [Name]!' });
  expect(finding).toEqual({
    rule: 'unfilled-placeholder',
    principle: 'relationship',
    kind: 'concern',
    severity: 'error',
    message: '"[Name]" is a placeholder that was never filled in.',
    why: 'A visible placeholder shows the note was pasted to many people, the opposite of a relationship.',
    range: [3, 9],
    suggestion: 'Replace it with the real detail, or rewrite the sentence for this person.',
  });
});
