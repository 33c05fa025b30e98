import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { jobSeekingRule } from './job-seeking';
import { salesPitchRule } from './sales-pitch';
import { specificDetail } from './specific-detail';

// Session 19 (issue 12, rounds 34 and 35): a Marine logistics chief and a Birmingham pharmacist, a
// Winnipeg school-bus driver and a Los Angeles wedding photographer writing in her second language,
// with round 34's baker and civil engineer. The shapes their notes showed, in our own words.

describe('the buyer, the decider and the supplier sought in a question', () => {
  testRule(askBeforeGive, {
    valid: [
      'Your talk on cold-chain audits was the best hour of the conference. Who is the speaker you mentioned from Rotterdam? I’d love to read her work.',
      'Was it your call to move the clinic to evenings? It made such a difference for the shift workers.',
    ],
    invalid: [
      { text: 'Lovely shop! Could you tell me who is the buyer for the dairy section?', errors: [{ rule: 'ask-before-give' }] },
      {
        text: 'Do you still run your own forklifts or are you contracting it out? And is that your call or head office’s?',
        errors: [{ rule: 'ask-before-give', words: 'Do you still run your own forklifts or are you contracting it out' }, { rule: 'ask-before-give', words: 'And is that your call or head office’s' }],
      },
      { text: 'Quick one, who does your window cleaning at the moment, and are you happy with them?', errors: [{ rule: 'ask-before-give' }] },
    ],
  });
});

describe('their name, their list, their people asked for sideways', () => {
  testRule(askBeforeGive, {
    valid: ['If you’re ever passing Stirchley, pop in for a cuppa, the kettle’s always on.'],
    invalid: [
      { text: 'I’m applying for the analyst post at your firm, may I mention your name in my cover letter?', errors: [{ rule: 'ask-before-give', words: 'mention your name' }] },
      { text: 'Please add me to your preferred supplier list. My prices are on my site.', errors: [{ rule: 'ask-before-give', words: 'add me to your' }] },
      { text: 'When a client asks for a translator, please think of me!', errors: [{ rule: 'ask-before-give', words: 'think of me' }] },
      { text: 'We offer free eye tests, so if you have residents who would benefit, do send them our way.', errors: [{ rule: 'ask-before-give', words: 'send them our way' }] },
      { text: 'Congrats on the new role! Any chance Northfield could put something toward our minibus?', errors: [{ rule: 'ask-before-give', words: 'Any chance Northfield could' }] },
      // A gift's delivery address stays no ask ("drop your email and I'll send the checklist"); a list's is one.
      { text: 'Loved your post on rota planning. Drop your email so I can add you to our list.', errors: [{ rule: 'ask-before-give', words: 'Drop your email' }] },
    ],
  });
});

describe('an opening passed on with nothing in it for the writer, a list thanked, a door left open', () => {
  testRule(salesPitchRule, {
    valid: [
      'Heard you’re out in March and want hospital IT. We’re hiring two help desk techs. Not a recruiter, get nothing for it. Happy to walk your resume over.',
      'Thank you for sharing your price list in the caterers’ group. It helped my cousin set her own rates.',
    ],
    invalid: [
      { text: 'We’re hiring two help desk techs. Great benefits, apply today!', errors: [{ rule: 'sales-pitch', words: 'We’re hiring' }] },
      { text: 'I shoot weddings across the valley. If you ever want a photographer who turns up early, you know where to find me.', errors: [{ rule: 'sales-pitch', words: 'know where to find me' }] },
      { text: 'Our leadership bootcamp starts Monday and spots are limited.', errors: [{ rule: 'sales-pitch', words: 'spots are limited' }] },
    ],
  });
});

describe('what a seller sizes or books is nothing particular of theirs; a job asked for in the singular', () => {
  testRule(specificDetail, {
    valid: [
      'Your logo would sit on the back of 300 race shirts, right under ours.',
      'Kindly reply with your annual volume and your target price.',
      'What does your calender look like on Thursday?',
    ],
    invalid: [{ text: 'Your glaze experiments on the Instagram page are gorgeous.', errors: [{ rule: 'specific-detail', words: 'Your glaze' }] }],
  });
  testRule(jobSeekingRule, {
    valid: ['Congratulations on the new position at the port authority!'],
    invalid: [{ text: 'I have six years in freight paperwork. Is there any position open for me?', errors: [
          { rule: 'job-seeking', words: 'I have six years in' },
          { rule: 'job-seeking', words: 'any position' },
        ] }],
  });
});
