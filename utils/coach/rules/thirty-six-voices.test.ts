import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { salesPitchRule } from './sales-pitch';
import { specificDetail } from './specific-detail';

// Session 19 (issue 12, round 36): an Army chief warrant officer retiring into supply-chain work and a
// Toronto hospital pharmacist writing Filipino English; a Dayton electrical contractor and an Austin
// data engineer who runs a Python meetup. The shapes their notes showed, in our own words.

describe('an opening a peer passes on: the referral offered, the reader free to pass', () => {
  testRule(salesPitchRule, {
    valid: [
      'My team is hiring a platform engineer, band $120–140k. If you’re not looking, ignore this. If you are, happy to refer you directly.',
    ],
    invalid: [
      { text: 'My team is hiring a platform engineer, band $120–140k. Apply through our careers page this week.', errors: [{ rule: 'sales-pitch' }] },
      { text: 'Curious how you’re thinking about the car park lighting? We’ve done a few of those.', errors: [{ rule: 'sales-pitch', words: 'We’ve done a few of those' }] },
      { text: 'Happy to pop over for a chat about how we can support your team.', errors: [{ rule: 'sales-pitch', words: 'how we can support' }] },
    ],
  });
});

describe('the decider, the supplier and a reference asked for sideways', () => {
  testRule(askBeforeGive, {
    valid: ['Who makes the sourdough at your bakery these days? Best loaf in town.'],
    invalid: [
      { text: 'On your team, who makes the hiring decision, you or your director?', errors: [{ rule: 'ask-before-give' }] },
      { text: 'Quick one, who’s doing the electrical for your buildings these days?', errors: [{ rule: 'ask-before-give' }] },
      { text: 'I already put your name as my reference, they will call you this week.', errors: [{ rule: 'ask-before-give', words: 'put your name as' }] },
      { text: 'A few lines from a retired colonel would carry real weight with the panel.', errors: [{ rule: 'ask-before-give', words: 'carry real weight' }] },
    ],
  });
});

describe('a day asked for a meal or a party; a call offered if talking is easier', () => {
  testRule(askBeforeGive, {
    valid: [
      'Are you free Saturday? We’re having a potluck for the new nurses at my place, 2pm. Just bring yourself.',
      'I wrote a long answer in the thread, but if talking is easier I’m happy to do a 20-min call. No prep needed.',
    ],
    invalid: [
      { text: 'Are you free Friday? We’re hosting a lunch and learn on our new platform.', errors: [{ rule: 'ask-before-give', words: 'Are you free' }] },
    ],
  });
});

describe('something of theirs a year makes particular', () => {
  testRule(specificDetail, {
    valid: ['Your time in 2011 is not something I can ask about.'],
    invalid: [{ text: 'Sir, your counseling in 2011 is why I went warrant. Thank you.', errors: [{ rule: 'specific-detail', words: 'your counseling' }] }],
  });
});
