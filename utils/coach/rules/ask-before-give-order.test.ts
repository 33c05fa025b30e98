import { describe, expect, test } from 'vitest';
import { runRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';

// What the person sees for an ask, by what comes before it: each severity with its own message,
// and "before" meaning before in the note, not anywhere in it.

const ASK_FIRST = 'This asks for something before offering anything.';
const GAVE_FIRST = 'You give before you ask, which is good. Consider leaving the ask for a later message.';

const severities = (text: string) => runRule(askBeforeGive, { text }).map((f) => [f.severity, f.message]);

describe('ask-before-give: the severity and words for each order', () => {
  test('nothing personal, nothing given: an error', () => {
    expect(severities('Can we hop on a quick call this week?')).toEqual([['error', ASK_FIRST]]);
  });

  test('given first but nothing personal: still an error', () => {
    expect(severities('I wrote up our notes, happy to share. Can we hop on a quick call sometime?')).toEqual([['error', ASK_FIRST]]);
  });

  test('personal, nothing given: a warning', () => {
    expect(severities('Loved your talk on tracing at KubeCon. Could I pick your brain?')).toEqual([['warning', ASK_FIRST]]);
  });

  test('personal and given first: information, and it says so', () => {
    expect(severities('Loved your talk on tracing. I wrote up our notes, happy to share. Open to a quick chat later?')).toEqual([
      ['info', GAVE_FIRST],
    ]);
  });

  test('personal, but the give comes after the ask: a warning, not information', () => {
    expect(severities('Loved your talk on tracing. Open to a quick chat later? I wrote up our notes, happy to share.')).toEqual([
      ['warning', ASK_FIRST],
    ]);
  });

  test('a genuine question before the ask is attention, not a give: still a warning', () => {
    const text = 'Loved your talk on tracing. How did you get the teams to agree on one format? Open to a quick chat later?';
    expect(severities(text)).toEqual([['warning', ASK_FIRST]]);
  });

  test('two asks around a give: the one before it is a warning, the one after it information', () => {
    const text = 'Loved your talk on tracing. Could I pick your brain? I wrote up our notes, happy to share. Open to a quick chat later?';
    expect(severities(text)).toEqual([
      ['warning', ASK_FIRST],
      ['info', GAVE_FIRST],
    ]);
  });

  test('an ask between two gives counts from the first give: information', () => {
    const text =
      'Loved your talk on tracing. I wrote up our notes, happy to share. Open to a quick chat later? Happy to send our rota tool too.';
    expect(severities(text)).toEqual([['info', GAVE_FIRST]]);
  });

  test('every finding carries its range, the reason and the suggestion', () => {
    const text = 'Can we hop on a quick call this week?';
    const [finding] = runRule(askBeforeGive, { text });
    expect(finding).toMatchObject({
      rule: 'ask-before-give',
      principle: 'give',
      kind: 'concern',
      why: 'Give more and get less: an ask from a stranger is a withdrawal from an account never opened.',
      suggestion: 'Lead with something for them (a resource, an intro, a thought on their work) and save the ask for later.',
    });
    expect(text.slice(...finding!.range!)).toBe('a quick call');
  });
});
