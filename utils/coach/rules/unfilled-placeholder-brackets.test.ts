import { describe, expect, test } from 'vitest';
import { runRule } from '../testing/rule-tester';
import { unfilledPlaceholder } from './unfilled-placeholder';

// Each way a placeholder is recognised, on its own: braces and percent signs always, square and
// angle brackets only with a placeholder-like body, and where a placeholder starts and ends.

const found = (text: string) => runRule(unfilledPlaceholder, { text }).map((f) => text.slice(...f.range!));

describe('braces and percent signs are placeholders whatever their body', () => {
  test.each([['Hi {the one on tracing}, hello.', '{the one on tracing}'], ['Hi %who is it%, hello.', '%who is it%']])('%s', (text, words) => {
    expect(found(text)).toEqual([words]);
  });

  test('the same prose in square or angle brackets is prose', () => {
    expect(found('Loved the second talk [the one on tracing] and <the demo after it>.')).toEqual([]);
  });
});

describe('square and angle brackets need a placeholder-like body', () => {
  test.each([
    ['Hi [first_name]!', '[first_name]'],
    ['Hi [FIRST NAME]!', '[FIRST NAME]'],
    ['Hi [firstName]!', '[firstName]'],
    ['Hi [your company]!', '[your company]'],
    ['Hi [ name ]!', '[ name ]'],
  ])('%s', (text, words) => {
    expect(found(text)).toEqual([words]);
  });

  test.each([['Hi [A], as planned.'], ['Loved [Tracing] at KubeCon.'], ['Loved [your tracing talk].'], ['Hi [name and stuff].']])('%s is not one', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('where a placeholder starts and ends', () => {
  test('doubled brackets are one placeholder, both pairs included', () => {
    expect(found('Hi {{name}} and [[company]].')).toEqual(['{{name}}', '[[company]]']);
  });

  test('a doubled opening with a single close keeps only what is there', () => {
    expect(found('Hi {{name}.')).toEqual(['{{name}']);
  });

  test('a body of 31 letters is still a placeholder, a longer one is not', () => {
    const body = 'a'.repeat(31);
    expect(found(`Hi {${body}} there.`)).toEqual([`{${body}}`]);
    expect(found(`Hi {${body}a} there.`)).toEqual([]);
  });

  test('an opening with no close nearby is not a placeholder', () => {
    expect(found(`Hi {name ${'and more words '.repeat(4)}} there.`)).toEqual([]);
    expect(found('Hi {name, how are you?')).toEqual([]);
  });

  test('a field word in parentheses in any case, with spaces inside', () => {
    expect(found('As the (Title) of ( business ), hi.')).toEqual(['(Title)', '( business )']);
  });

  test('the closing percent sign of one placeholder does not open the next', () => {
    expect(found('Hi %FIRST% and %LAST%!')).toEqual(['%FIRST%', '%LAST%']);
  });

  test('two placeholders in a row are found one after the other, in order', () => {
    expect(found('{first}{last} XXX')).toEqual(['{first}', '{last}', 'XXX']);
  });
});

describe('filler words only in capitals', () => {
  test.each([['XX'], ['XXX'], ['XXXX'], ['TODO']])('%s is flagged', (word) => {
    expect(found(`Hi ${word}, loved the talk.`)).toEqual([word]);
  });

  test.each([['date TBD'], ['time TBC']])('"%s" is a detail not decided yet, not a slot', (words) => {
    expect(found(`The free supper is back at the Legion hall, ${words}. Bring the kids.`)).toEqual([]);
  });

  test('a field word among words in capitals is the writer writing in capitals', () => {
    expect(found('THANKS FOR HAULING THE GENERATOR TO THE CITY PARK. YOUR NAME IS ON THE PLAQUE.')).toEqual([]);
    expect(found('GREAT SEEING YOU AT THE BRAVO COMPANY REUNION')).toEqual([]);
  });

  test('a field in capitals after ordinary words is still a slot', () => {
    expect(found('Hi NAME, I saw COMPANY NAME is growing. Met you at XYZ LLC.')).toEqual(['NAME', 'COMPANY NAME', 'XYZ']);
  });

  test.each([['xxx'], ['Tbd'], ['todo']])('%s in lower or mixed case is a word', (word) => {
    expect(found(`Hi ${word}, loved the talk.`)).toEqual([]);
  });
});

test('every placeholder is an error with its own words in the message', () => {
  const [finding] = runRule(unfilledPlaceholder, { text: 'Hi {firstName}!' });
  expect(finding).toMatchObject({
    severity: 'error',
    message: '"{firstName}" is a placeholder that was never filled in.',
  });
});

describe('a slot of the writer’s own, left to fill', () => {
  test.each([['[link]'], ['{{link}}'], ['[Date]'], ['[URL]'], ['[link here]'], ['[PHONE NUMBER]']])('%s is a warning: the note is unfinished, not a mail merge', (slot) => {
    const [finding] = runRule(unfilledPlaceholder, { text: `Here are the photos from Saturday: ${slot}` });
    expect(finding).toMatchObject({ severity: 'warning', message: `"${slot}" is still to be filled in.` });
  });

  test.each([['[First Name]'], ['[Loom link]'], ['[company]'], ['[your link]']])('%s stays an error', (placeholder) => {
    const [finding] = runRule(unfilledPlaceholder, { text: `Hi there, about ${placeholder} and more.` });
    expect(finding).toMatchObject({ severity: 'error' });
  });
});
