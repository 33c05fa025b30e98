import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { falseUrgency } from './false-urgency';
import { jobSeekingRule } from './job-seeking';
import { salesPitchRule } from './sales-pitch';
import { sharedContextRule } from './shared-context';
import { specificDetail } from './specific-detail';

// Session 7 (issue 12): what five new authors' ordinary notes showed. Favours and visits asked of
// the reader, trade signs, and the offers a careful writer makes that look like asks to a word list.
// Written in our own words, not the authors'.

describe('favours, visits and referrals asked of the reader', () => {
  testRule(askBeforeGive, {
    valid: [
      'Want me to make an intro to the curator? She knows the archive inside out.',
      'I know their head of operations well and am happy to put in a word if you apply.',
      "I'm not the right person for your tax question, but my neighbour Priti is a brilliant accountant.",
      "Happy to share the checklist, or hop on a call if that's easier for you.",
      "If you want, we can do a short call and I'll show you where the script broke.",
      'None of this would exist without the 15 minutes you gave me in March.',
      'A bakery owner needed a reliable electrician this week, so I gave her your number.',
      "We kept a seat at the supper club for you if you'd like it. No speeches, just soup.",
      'Saw your post about rota software. Happy to walk you through ours if useful, it is free.',
    ],
    invalid: [
      { text: 'Would your firm consider sponsoring a bench in the park?', errors: [{ rule: 'ask-before-give' }] },
      { text: 'Can I swing by on Wednesday to show you the samples?', errors: [{ rule: 'ask-before-give' }] },
      {
        text: 'Loved your piece on cold-chain audits. Would you mind putting in a good word with your buyer?',
        errors: [{ rule: 'ask-before-give' }],
      },
      { text: "If the design team ever needs freelancers, I'd love to be considered.", errors: [{ rule: 'ask-before-give' }] },
      { text: 'I have ideas for your stockroom. When suits for a look round?', errors: [{ rule: 'ask-before-give' }] },
      { text: 'Our team would love to give yours a 20 minute demo of the scheduler.', errors: [{ rule: 'ask-before-give' }] },
      {
        text: "I'd be glad to send the one-pager, or we could hop on a call Tuesday if easier?",
        errors: [{ rule: 'ask-before-give' }],
      },
    ],
  });
});

describe('trade signs in a first note', () => {
  testRule(salesPitchRule, {
    valid: [
      'You asked what a tribunal claim costs: most solicitors charge £200 an hour, so ask for a fixed fee in writing.',
      'The seeds from the swap are free to anyone who wants them.',
    ],
    invalid: [
      { text: 'We do office refits at fair prices and with a quick turnaround.', errors: [{ rule: 'sales-pitch' }, { rule: 'sales-pitch' }] },
      { text: 'Spring offer: 25% off every headshot session this month.', errors: [{ rule: 'sales-pitch' }] },
      { text: 'Only 12 spots in the cohort, so grab yours soon.', errors: [{ rule: 'sales-pitch' }] },
      { text: 'Our seed round closes soon and a few allocations are still open.', errors: [{ rule: 'sales-pitch' }, { rule: 'sales-pitch' }] },
      { text: 'I am doing free roof inspections for houses on your street this week.', errors: [{ rule: 'sales-pitch' }] },
      { text: 'Protecting young families is my speciality.', errors: [{ rule: 'sales-pitch' }] },
    ],
  });
});

describe('whose job search it is', () => {
  testRule(jobSeekingRule, {
    valid: [
      "Saw you're open to work. My old team has an analyst opening and I know the manager well.",
      'Not job hunting at your company, promise! I just wanted to thank you for the queueing talk.',
      'I read that you were caught up in the layoffs at Orla, I am sorry. Two teams I know are hiring.',
    ],
    invalid: [
      {
        text: 'I have ten years in logistics and I know I can add value to your team.',
        errors: [
          { rule: 'job-seeking', words: 'I have ten years in' },
          { rule: 'job-seeking', words: 'add value to your team' },
        ],
      },
    ],
  });
});

describe('praise a template can write, and moments two people shared', () => {
  testRule(specificDetail, {
    valid: ['Really impressed by all you have achieved in your career.', "So much respect for everything you've accomplished."],
    invalid: [],
  });
  testRule(sharedContextRule, {
    valid: ['It would be great working with you on the rollout next year.'],
    invalid: [
      { text: 'So good working that night shift with you on ward 7.', errors: [{ rule: 'shared-context' }] },
      { text: "You're the one who lent me a charger at the Leeds meetup, I owe you one!", errors: [{ rule: 'shared-context' }] },
    ],
  });
});

describe('pressure taken off', () => {
  testRule(falseUrgency, {
    valid: ['The boiler in flat 3 is getting on, not urgent, just one to budget for next year.'],
    invalid: [
      {
        text: 'This is urgent: the offer ends tonight.',
        errors: [
          { rule: 'false-urgency', words: 'urgent' },
          { rule: 'false-urgency', words: 'offer ends' },
        ],
      },
    ],
  });
});
