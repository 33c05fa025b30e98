import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';

// Session 14 (issue 12): a Korean UX researcher in Berlin and a Polish planner in Dublin, an Army
// medic turned nurse practitioner and a retired Navy logistics officer, a geography PhD in Utrecht
// and an electrician in Brisbane. Their kindnesses read as asks and pitches; the shapes, in our own words.

describe('a phone number told of is not asked for', () => {
  testRule(askBeforeGive, {
    valid: [
      'Tip from my first year on the ward: keep a backup phone number for the charge nurse in your locker.',
      'The flyer went out with an old office phone number, so people still ring me about the food bank.',
    ],
    invalid: [
      { text: 'Could you leave a good phone number for the venue team?', errors: [{ rule: 'ask-before-give', words: 'phone number' }] },
      { text: 'Can I have your mobile number for the rota?', errors: [{ rule: 'ask-before-give', words: 'your mobile' }] },
    ],
  });
});
