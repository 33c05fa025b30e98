import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { sharedContextRule } from './shared-context';

// Session 37 (issue 12). Each case names what it came from; the shapes are in our words.

// A former soldier, student or apprentice writing to the officer, teacher or foreman they had: "I served
// under you at Bastion", "I was your student in the 2019 batch". The reader's place in the writer's own
// history is shared, as "we served together" already was; without it "Dear Sir … could you kindly" read as
// a list's note. Wanting to work for them one day is not shared.
describe('their place in the writer\'s history is shared context', () => {
  testRule(sharedContextRule, {
    valid: [
      "I'd love to work for you one day, your company is amazing.",
      'Your posts taught me more than my degree did.',
      'Glad the rota template worked for you! What worked for you on the night shifts?',
    ],
    invalid: [
      { text: 'Sir, I served under you at Camp Bastion in 2011. Hope the new post suits you.', errors: [{ rule: 'shared-context', words: 'served under you' }] },
      { text: 'Dear Professor Lim, I was your student in the 2019 batch at Pune.', errors: [{ rule: 'shared-context', words: 'I was your' }] },
      { text: 'Mr. Dlamini, you trained me on the lathe back in 2008 and I still check twice.', errors: [{ rule: 'shared-context', words: 'you trained me' }] },
      { text: 'It was an honour to serve under you in 2 Signals.', errors: [{ rule: 'shared-context', words: 'serve under you' }] },
      { text: 'Ms. Osei, I worked for you at the Tema depot in 2015.', errors: [{ rule: 'shared-context', words: 'I worked for you' }] },
    ],
  });
});

// Round 113's warrant officer told a graduate the Army was hiring and "I can refer you to Major Dogbe who
// handles the briefings": "who handles" after a name, in a sentence that asks nothing, says who someone is.
// Asked, it is still the way in asked for.
describe('"who handles" after a name describes them', () => {
  testRule(askBeforeGive, {
    valid: ['Congratulations on the degree! I can refer you to Major Dogbe who handles the briefings.'],
    invalid: [{ text: 'Hi Sarah, who handles partnerships at Acme these days?', errors: [{ rule: 'ask-before-give', words: 'who handles' }] }],
  });
});
