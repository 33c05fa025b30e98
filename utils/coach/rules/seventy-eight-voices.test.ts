import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { salesPitchRule } from './sales-pitch';
import { falseUrgency } from './false-urgency';

// Session 28 (issue 12): the relational notes of the check sets read at this session's start, and of
// round 78 and 79 (a flight medic who teaches Stop the Bleed, a Bucharest sales lead; a Seabee turned
// union business agent, a Toronto growth consultant; a Marine deacon with a food pantry, a Lisbon
// coworking host), that the coach called transactional. Their shapes, in our words.

describe('a number the writer promises to pass on for them', () => {
  testRule(askBeforeGive, {
    valid: [
      'My cousin manages the warehouse on Route 9 and needs two pickers. Tell me yes and I’ll pass your number along.',
      'The roofer in Ankeny needs a summer hand. Let me know and I’ll pass your number to him, nothing owed.',
    ],
    invalid: [
      { text: 'Great to connect. Could you pass your number along so our team can reach you?', errors: [{ rule: 'ask-before-give', words: 'your number' }] },
      { text: 'Loved your talk. What is your number, so our team can set something up?', errors: [{ rule: 'ask-before-give', words: 'your number' }] },
    ],
  });
});

describe('the pay of an opening a friend of the writer is filling, named in the sentence before', () => {
  testRule(salesPitchRule, {
    valid: [
      'A buddy of mine runs a fencing crew in Ames. Hiring two students for July, $18/hr. Your son came to mind first.',
      'My neighbour has a small bakery downtown. Hiring a weekend helper, $16/hr, flexible.',
    ],
    invalid: [
      { text: 'We run a fencing crew in Ames. Hiring two students for July, $18/hr. Send them my way.', errors: [{ rule: 'sales-pitch', words: '18' }] },
      { text: 'Our crew is hiring two roofers, $25/hr. Know anyone?', errors: [{ rule: 'sales-pitch', words: '25' }] },
    ],
  });
});

describe('an address asked for so something can be mailed to them', () => {
  testRule(askBeforeGive, {
    valid: [
      'Any news from Maya at basic? The second month is easier. If she needs anything mailed, send me the address.',
      'Two spare day passes, take them, really. Send me your email and I put your name on the list at the door.',
    ],
    invalid: [
      { text: 'Send me the address of your purchasing team so we can mail our catalogue.', errors: [{ rule: 'ask-before-give' }] },
      { text: 'Our new catalogue is out. Send me your email and I will add you to the list.', errors: [{ rule: 'ask-before-give' }] },
    ],
  });
});

describe('who the writer thought of at once, told five words on', () => {
  testRule(falseUrgency, {
    valid: ['The state reopened its apprentice stipend. Thought of your welding students immediately.'],
    invalid: [{ text: 'Our spring cohort fills fast, so please sign your welding students up immediately.', errors: [{ rule: 'false-urgency', words: 'immediately' }] }],
  });
});

describe('their work, featured or quoted in something of ours', () => {
  testRule(salesPitchRule, {
    valid: [
      'I featured your lettering in our agency newsletter this week, with credit and your page. Just wanted you to know.',
      'We quoted your flood-mapping thread in our agency bulletin, credited of course.',
    ],
    invalid: [{ text: 'Our agency newsletter reaches 4,000 founders. A feature spot is open for you this week.', errors: [{ rule: 'sales-pitch' }] }],
  });
});

describe('an address asked for the gift offered free in the sentence before', () => {
  testRule(askBeforeGive, {
    valid: [
      'You asked after class where to get tourniquets for your ushers. I have four spare kits, free, they are yours. Send me the church address and I’ll drop them by Tuesday.',
      'The pantry is open Tuesdays and Saturdays. Free, no questions asked. Send me her address and I’ll run a box over myself.',
    ],
    invalid: [
      { text: 'I put together a free checklist for site safety. Send me your work email and your safety manager’s name so I can get it to the right place.', errors: [{ rule: 'ask-before-give' }] },
      { text: 'Our catalogue is free this month. Send me the office address and I’ll have our rep drop by.', errors: [{ rule: 'ask-before-give' }] },
    ],
  });
});
