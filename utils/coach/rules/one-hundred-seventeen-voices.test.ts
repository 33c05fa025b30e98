import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';
import { testRule } from '../testing/rule-tester';
import { defaultBoilerplate } from './default-boilerplate';
import { unfilledPlaceholder } from './unfilled-placeholder';

// Session 38 (issue 12). Each case names what it came from; the shapes are in our words.

// Round 118's Navy chief wrote to the stokers he trained with LinkedIn's default line still at the top
// (the app once put it in the box): "I'd like to add you to my professional network on LinkedIn.
// Daniel, it's your old Chief." The default alone, or with a name signed under it, is still the whole
// note; the default above the writer's own note is a line to cut. And "would like to add you …" is the
// default whoever says it, with or without the "I".
describe("LinkedIn's default line above a note of the writer's own", () => {
  testRule(defaultBoilerplate, {
    valid: ['I would like to add you to the list of speakers for our spring meetup.'],
    invalid: [
      {
        text: "I'd like to add you to my professional network on LinkedIn. Tunde, it's your old Chief from the stokers' mess. Greetings to Port Harcourt.",
        errors: [{ rule: 'default-boilerplate', words: 'like to add you to my professional network', severity: 'warning' }],
      },
      {
        text: "I'd like to add you to my professional network on LinkedIn. - R. Okafor, CPO (Rtd.)",
        errors: [{ rule: 'default-boilerplate', severity: 'error' }],
      },
      {
        text: 'Hello, I am a quantity surveyor in Leeds and would like to add you to my professional network.',
        errors: [{ rule: 'default-boilerplate', words: 'like to add you to my professional network', severity: 'error' }],
      },
    ],
  });

  test('keeps the note from reading as a relationship, but does not make it a transaction', () => {
    const prefilled = analyze({
      text: "I'd like to add you to my professional network on LinkedIn. Tunde, it's your old Chief from the stokers' mess. Greetings to Port Harcourt.",
    });
    expect(prefilled.verdict).toBe('needs-work');
    expect(analyze({ text: "I'd like to add you to my professional network on LinkedIn. - R. Okafor, CPO (Rtd.)" }).verdict).toBe('transactional');
  });
});

// Round 118's digger: "Still owe you 20 bucks from TK" (Tarin Kowt). Two capitals are initials, a base
// or a firm ("TK Electrical"), not a journalist's "to come" left in a template.
describe('"TK" is not a placeholder', () => {
  testRule(unfilledPlaceholder, {
    valid: ['Still owe you 20 bucks from TK. Let me know where to send it.'],
    invalid: [{ text: 'Hi XXX, loved your talk at XYZ.', errors: [{ rule: 'unfilled-placeholder', words: 'XXX' }, { rule: 'unfilled-placeholder', words: 'XYZ' }] }],
  });
});
