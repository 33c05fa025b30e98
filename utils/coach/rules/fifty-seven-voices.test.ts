import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { jobSeekingRule } from './job-seeking';

// Session 25 (issue 12): the check set f54c, read at last (a Marine veteran who teaches history, a
// Lagos solar sales manager), and the rounds after it. The shapes their notes showed, in our own words.

describe('a referral sent their way', () => {
  testRule(askBeforeGive, {
    valid: [
      'You said the food pantry needs drivers. I told our church men’s group about it and two of them want in. Consider it a referral in your direction.',
      'Your shop did beautiful work on our porch, so I will keep sending referrals your way.',
    ],
    invalid: [
      { text: 'Hi Ken, I am between roles right now. Could you give me a referral to your hiring manager?', errors: [{ rule: 'ask-before-give', words: 'a referral' }] },
      { text: 'If you know anyone who needs a roofer, a referral would mean the world. Happy to send one your way too someday.', errors: [{ rule: 'ask-before-give', words: 'know anyone' }, { rule: 'ask-before-give', words: 'a referral' }] },
    ],
  });
  testRule(jobSeekingRule, {
    valid: ['Two of my neighbours are great carpenters looking for steady work. Consider it a referral in your direction if the crew still needs hands.'],
    invalid: [{ text: 'Just got laid off. Any chance of a referral at your firm?', errors: [{ rule: 'job-seeking', words: 'laid off' }, { rule: 'job-seeking', words: 'a referral' }] }],
  });
});

describe('an address for something of theirs to be mailed', () => {
  testRule(askBeforeGive, {
    valid: [
      'The class printed the photos from your mother’s visit and framed one for you. If you would like it mailed, just send me an address.',
      'Found two of your dad’s old unit patches at the estate sale. Want them shipped? Send me your address and they are on the way.',
    ],
    invalid: [
      { text: 'We would love to mail you our new catalogue. Send me your address and our rep will follow up on pricing.', errors: [{ rule: 'ask-before-give', words: 'Send me your' }] },
    ],
  });
});
