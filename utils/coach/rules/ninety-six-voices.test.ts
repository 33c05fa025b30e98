import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { genuineQuestion } from './genuine-question';
import { specificDetail } from './specific-detail';

// Session 34 (issue 12), from round 96's first read: a mortgage broker's "your rate" praised as a
// detail of the reader's, and a safety instructor's paid audit qualified by counting the skipper's
// crew. Their shapes, in our words.

describe('a rate is what a seller quotes, not a detail of theirs', () => {
  testRule(specificDetail, {
    valid: ['Secure your rate today, ahead of the Fed meeting.', 'Happy to re-check your rate for you, free.'],
    invalid: [{ text: 'Your talk on rip currents at the Kodiak harbour fest was the clearest I have heard.', errors: [{ rule: 'specific-detail' }] }],
  });
});

describe('counting their crew sizes a prospect: an ask, not curiosity', () => {
  testRule(genuineQuestion, {
    valid: ['Quick one: how many crew do you have aboard this winter?'],
    invalid: [{ text: 'What made you switch from crab to salmon after all those years?', errors: [{ rule: 'genuine-question' }] }],
  });
  testRule(askBeforeGive, {
    valid: ['Last winter you taught my deckhands to right a life raft. How many crew did you train that week? It stuck.'],
    invalid: [{ text: 'Hey skipper, how many crew you carrying on the boat this season?', errors: [{ rule: 'ask-before-give' }] }],
  });
});
