import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { salesPitchRule } from './sales-pitch';
import { specificDetail } from './specific-detail';

// Session 19 (issue 12, round 37 and the check set of rounds 35–36, read at the session's end): a
// Navy corpsman turned ER tech and a Dublin tile setter; a Manila recruiter writing Taglish and a
// Wisconsin dairy farmer; an ICU nurse turned equipment rep, a furniture maker, a hydrogeologist and
// a Rotterdam freight analyst. The shapes their notes showed, in our own words.

describe('their number passed on, their bonus paid, a free test with nothing to buy', () => {
  testRule(askBeforeGive, {
    valid: ['A homeowner in Ranelagh needs a tiler. Gave her your number, hope that’s grand. Hers is 087 555 0101.'],
    invalid: [{ text: 'Great to connect! What’s your number? I’ll ring you Monday.', errors: [{ rule: 'ask-before-give' }] }],
  });
  testRule(salesPitchRule, {
    valid: [
      'Your referral bonus, ₱10,000, should reflect on your payroll on the 30th. Thank you for recommending him!',
      'Nothing to buy, no sign-up. Bring a water sample if you like; the county lab will test it at no cost.',
    ],
    invalid: [{ text: 'Refer a friend and earn a ₱10,000 bonus this month!', errors: [{ rule: 'sales-pitch' }] }],
  });
});

describe('asks said by what they would do for the writer', () => {
  testRule(askBeforeGive, {
    valid: ['Your Q3 report on dwell times helped me so much with my own analysis. Thank you for publishing it.'],
    invalid: [
      { text: 'Your Q3 data would help me so much to compare.', errors: [{ rule: 'ask-before-give', words: 'would help me so much' }] },
      { text: 'I’ll come by Thursday with a tape measure unless you tell me not to.', errors: [{ rule: 'ask-before-give', words: 'unless you tell me not to' }] },
      { text: 'You came to the meeting last month. Board election is in June. I’d appreciate your vote.', errors: [{ rule: 'ask-before-give', words: 'appreciate your vote' }] },
      { text: 'Does your ward take shadowing students, and who would be the person that signs off on that?', errors: [{ rule: 'ask-before-give' }] },
      { text: 'Saw you took over the Brandt place. Who you shipping milk to now?', errors: [{ rule: 'ask-before-give' }] },
      { text: 'Mr. Pruitt, our survey needs access to your property off Route 8A in April.', errors: [{ rule: 'ask-before-give', words: 'access to your' }] },
    ],
  });
});

describe('stock to clear, money left on the table, room on the schedule', () => {
  testRule(salesPitchRule, {
    valid: ['Congrats on the Dairy of Distinction sign. Well earned, your herd looks great.'],
    invalid: [
      { text: 'When is your next shipment? Maybe I can make it cheaper for you.', errors: [{ rule: 'sales-pitch', words: 'cheaper for you' }] },
      { text: 'Finished the ironwood bench. Got room on the schedule through summer if anyone at your firm has a project.', errors: [{ rule: 'sales-pitch', words: 'room on the schedule' }] },
      { text: 'Still got 8 heifers. Need them gone before the end of the month.', errors: [{ rule: 'sales-pitch', words: 'Need them gone' }] },
      { text: 'A herd like yours would do well on the premium program. Worth knowing what you’re leaving on the table.', errors: [{ rule: 'sales-pitch', words: 'leaving on the table' }] },
      { text: 'Ex-corpsman, six years in trauma, and I think I’d be a strong fit for whatever you’re building.', errors: [{ rule: 'sales-pitch' }] },
      { text: 'I’d love to hear whether the alarms are driving your nurses crazy. I think I could help 😊', errors: [{ rule: 'sales-pitch', words: 'I think I could help' }] },
    ],
  });
});

describe('a rank or an adjective from their headline is no detail of their work', () => {
  testRule(specificDetail, {
    valid: [
      {
        text: 'Saw you’re flipping houses now. You stage them with real furniture?',
        recipient: { headline: 'Real Estate Investor' },
      },
    ],
    invalid: [
      {
        text: 'Enjoyed reading about estate auctions in Tucson.',
        recipient: { headline: 'Real Estate Investor' },
        errors: [{ rule: 'specific-detail' }],
      },
    ],
  });
});
