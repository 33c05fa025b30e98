import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { salesPitchRule } from './sales-pitch';

// Session 29 (issue 12): the relational notes of round 82 (a submarine veteran who teaches welding, a
// Manila VA-agency owner; a Coast Guard boatswain's mate, an Istanbul furniture exporter) and of the
// read check sets that the coach called transactional. Their shapes, in our words.

describe('money a scheme pays whoever takes it up, passed on with its amount', () => {
  testRule(salesPitchRule, {
    valid: [
      'The GI Bill covers tuition plus a $2,100 monthly stipend at State. Worth a look for your son.',
      'The county apprenticeship stipend has reopened: $1,200 per month for twelve weeks. Thought of your shop students.',
      "The state's trade bursary pays £150 per week while they train. Thought of your apprentices.",
    ],
    invalid: [
      { text: 'Grant writing for nonprofits: $900 per month, scholarship applications included.', errors: [{ rule: 'sales-pitch' }] },
      { text: 'Our bootcamp pays a stipend while you train, and the programme is $4,000 per month after.', errors: [{ rule: 'sales-pitch' }] },
      { text: 'We help founders win a $50k grant for a flat $900 fee.', errors: [{ rule: 'sales-pitch' }] },
    ],
  });
});

describe('a moment to answer in, too short for a meeting', () => {
  testRule(askBeforeGive, {
    valid: [
      'So glad the onboarding checklist worked for your crew. If you have 2 minutes, which step tripped people up? I am fixing it for the next class.',
    ],
    invalid: [
      { text: 'If you have 2 minutes for a quick call this week, I can show you our platform.', errors: [{ rule: 'ask-before-give' }] },
      { text: 'Great to connect, Dana. If you have 15 minutes, which tools does your team use?', errors: [{ rule: 'ask-before-give', words: '15 minutes' }] },
    ],
  });
});

describe('the rate of someone the writer recommends, told as hers or his', () => {
  testRule(salesPitchRule, {
    valid: [
      'My cousin Dario does bookkeeping on the side and is careful with it. His rate is about $20/hr, and he has room in March.',
      'If you still need a sign painter, Marta did our shop window. Her rate was fair, around $300 for the lettering.',
    ],
    invalid: [
      { text: 'I do bookkeeping on the side. My rate is about $20/hr and I have room in March.', errors: [{ rule: 'sales-pitch' }] },
    ],
  });
});

describe('a review asked for with a word or two between "a" and "review"', () => {
  testRule(askBeforeGive, {
    valid: ['Thanks for coming to the open day. If you ever want a second look at the boat, just say.'],
    invalid: [
      { text: 'Thanks for connecting! Would you leave us a 5-star review on Google?', errors: [{ rule: 'ask-before-give', words: 'leave us a 5-star review' }] },
      { text: 'Glad the tour went well. Could you leave us a quick review when you get a minute?', errors: [{ rule: 'ask-before-give', words: 'leave us a quick review' }] },
    ],
  });
});

describe('"would you be comfortable …", a favour asked', () => {
  testRule(askBeforeGive, {
    valid: ['Hope the payroll rollout went smoothly this month. No need to reply, just glad it is running.'],
    invalid: [
      { text: 'Hope the rollout went well. Would you be comfortable writing a few lines about us on G2?', errors: [{ rule: 'ask-before-give', words: 'Would you be comfortable' }] },
    ],
  });
});

describe('"anyone you could point me to?", an introduction asked for', () => {
  testRule(askBeforeGive, {
    valid: ['Good to see another 2/8 Marine on here. If a buddy of yours ever needs a hand moving, point him my way.'],
    invalid: [
      { text: 'Saw we both served with 2/8. I am trying to reach property managers in Atlanta. Anyone you could point me to?', errors: [{ rule: 'ask-before-give', words: 'point me' }] },
    ],
  });
});
