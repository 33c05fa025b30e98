import { describe, expect, test } from 'vitest';
import {
  CAPITAL_FIELDS,
  FIELD_PAIRS,
  FIELD_WORDS,
  FILLER_WORDS,
  LINK_WORDS,
  PLACEHOLDER_VERBS,
  PLACEHOLDER_WORDS,
  STAND_IN_NEXT,
} from '../phrases/placeholders';
import { runRule } from '../testing/rule-tester';
import { unfilledPlaceholder } from './unfilled-placeholder';

// Every entry of the placeholder word tables, each in the shape it is meant to catch, and the same
// word where it is prose: what the person would see flagged, or left alone, in their note.

const found = (text: string) => runRule(unfilledPlaceholder, { text }).map((f) => text.slice(...f.range!));
const capitalised = (word: string) => word[0]!.toUpperCase() + word.slice(1);

describe('placeholder words in square brackets', () => {
  test.each([...PLACEHOLDER_WORDS])('[%s] is a placeholder', (word) => {
    expect(found(`Hi [${word}], quick hello.`)).toEqual([`[${word}]`]);
  });

  test.each([...PLACEHOLDER_WORDS].filter((word) => !PLACEHOLDER_VERBS.has(word)))(
    '[%s on tracing] is prose: one word of the table is not enough',
    (word) => {
      expect(found(`Loved the talk [${word} on tracing], thanks.`)).toEqual([]);
    },
  );
});

describe('words that open a placeholder whatever follows', () => {
  test.each([...PLACEHOLDER_VERBS])('[%s something good here] is a placeholder', (verb) => {
    expect(found(`Hi, try [${verb} something good here] now.`)).toEqual([`[${verb} something good here]`]);
  });

  test.each([...PLACEHOLDER_VERBS])('"%s" later in the brackets is prose', (verb) => {
    expect(found(`Loved [how you ${verb} tests] there.`)).toEqual([]);
  });
});

describe('short brackets ending in a link word', () => {
  test.each([...LINK_WORDS])('[Loom %s] is a placeholder', (word) => {
    expect(found(`Watch it: [Loom ${word}] today.`)).toEqual([`[Loom ${word}]`]);
  });

  test.each([...LINK_WORDS])('four words ending in %s are prose', (word) => {
    expect(found(`See [my old bookmarks ${word}] today.`)).toEqual([]);
  });
});

describe('a single field word in parentheses', () => {
  test.each([...FIELD_WORDS])('(%s) is a placeholder', (word) => {
    expect(found(`As the (${word}), you know this.`)).toEqual([`(${word})`]);
  });

  test.each([...FIELD_WORDS])('(%s of ours) is prose', (word) => {
    expect(found(`As the (${word} of ours), you know this.`)).toEqual([]);
  });
});

describe('filler words typed in capitals', () => {
  test.each([...FILLER_WORDS])('%s in capitals is a placeholder', (word) => {
    expect(found(`Hi ${word.toUpperCase()}, loved the talk.`)).toEqual([word.toUpperCase()]);
  });

  test.each([...FILLER_WORDS])('%s in lower case is a word', (word) => {
    expect(found(`Hi ${word}, loved the talk.`)).toEqual([]);
  });
});

describe('field names typed in capitals', () => {
  test.each([...CAPITAL_FIELDS])('%s in capitals is a placeholder', (word) => {
    expect(found(`Hi ${word.toUpperCase()}, loved the talk.`)).toEqual([word.toUpperCase()]);
  });

  test.each([...CAPITAL_FIELDS])('%s capitalised is an ordinary word', (word) => {
    expect(found(`Hi ${capitalised(word)}, loved the talk.`)).toEqual([]);
  });
});

describe('two-word fields, capitalised', () => {
  test.each([...FIELD_PAIRS])('%s capitalised is a placeholder', (pair) => {
    const typed = pair.split(' ').map(capitalised).join(' ');
    expect(found(`Hi, I saw ${typed} is growing.`)).toEqual([typed]);
  });

  test.each([...FIELD_PAIRS])('%s in lower case is prose', (pair) => {
    expect(found(`Hi, I saw the ${pair} is growing.`)).toEqual([]);
  });
});

describe('ABC standing in for a company', () => {
  test.each([...STAND_IN_NEXT])('ABC %s is a placeholder', (next) => {
    expect(found(`Teams like ABC ${capitalised(next)} saved a lot.`)).toEqual(['ABC']);
  });

  test.each([...STAND_IN_NEXT])('abc %s in lower case is prose', (next) => {
    expect(found(`Teams like abc ${next} saved a lot.`)).toEqual([]);
  });

  test('ABC before any other word is a name', () => {
    expect(found('Congrats on the ABC News feature, and ABC at the end ABC')).toEqual([]);
  });
});
