import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { jobSeekingRule } from './job-seeking';
import { offersValueRule } from './offers-value';
import { pushyFollowUp } from './pushy-follow-up';
import { salesPitchRule } from './sales-pitch';
import { specificDetail } from './specific-detail';

// Session 12, second round (issue 12): a hospital pharmacist and a Maine marine-electronics dealer,
// a Delhi policy analyst and a Texas welder, a Glasgow physics teacher and a Singapore compliance
// officer. Their shapes, rewritten in our own words.

describe('selling said as material, whom we serve, a trial, stock held, a diary open', () => {
  testRule(salesPitchRule, {
    valid: [
      'Here is the one-pager on how we run our mentoring rota, take anything useful.',
      'Your thread comparing the $4 and $19 per-seat plans saved our school a fortune. We switched in May. Thank you!',
    ],
    invalid: [
      { text: 'Attaching our one-pager on the scanner integration in case it is of interest for next year’s budget.', errors: [{ rule: 'sales-pitch', words: 'our one-pager' }] },
      { text: 'Been helping dairy farms like yours cut spoilage before the summer peak.', errors: [{ rule: 'sales-pitch', words: 'helping dairy farms like yours' }] },
      { text: 'Many of the county libraries we work with have halved their hold times. Happy to set your branch up with a trial login.', errors: [{ rule: 'sales-pitch', words: 'Many of the county libraries we work with' }, { rule: 'sales-pitch', words: 'up with a trial' }] },
      { text: 'Great to see you at the boat show. Here is the spec sheet for the radar we looked at, happy to hold one for you.', errors: [{ rule: 'sales-pitch', words: 'hold one for you' }] },
      { text: 'Congrats on the new bakery! Most new shops have nobody doing their fire risk assessment yet. I have openings in May.', errors: [{ rule: 'sales-pitch', words: 'I have openings' }] },
    ],
  });
  testRule(jobSeekingRule, {
    valid: [],
    invalid: [
      { text: 'Just set up on my own as a scaffolder, fully ticketed. Looking for any work you have, big or small.', errors: [{ rule: 'job-seeking', words: 'Looking for any work' }] },
      { text: 'If you ever need an extra pair of hands, send some work my way.', errors: [{ rule: 'job-seeking', words: 'work my way' }] },
    ],
  });
});

describe('a case study turned on the reader', () => {
  testRule(salesPitchRule, {
    valid: [
      'My neighbour was losing sleep over her damp wall. We fixed it together after watching your video. Thank you!',
      'I was spending hours a week on rotas. Your template changed that.',
    ],
    invalid: [
      {
        text: 'A bakery owner in Leith was losing two mornings a week to a broken oven. We replaced the board in an hour and it has not missed a bake since. Your ovens look about the same age.',
        errors: [{ rule: 'sales-pitch', words: 'bakery owner in Leith was losing two mornings a week to a broken oven. We replaced the board in an hour and it has not missed a bake since. Your ovens look about the same age' }],
      },
      {
        text: 'A clinic manager told me her team was spending five hours a week on referrals. Six weeks after moving to Triagely it was under one. Thought of your practice when I saw your post.',
        errors: [{ rule: 'sales-pitch' }],
      },
    ],
  });
});

describe('a give first, then a small ask both sides gain from', () => {
  testRule(askBeforeGive, {
    valid: [
      'If you want my revision notes for the audit module they are yours. Happy to do a call before your exam if it would help.',
      'You mentioned at the meetup that your team is stretched thin over Easter. If you need someone to cover a shift, I am free.',
    ],
    invalid: [
      {
        text: 'Here is the folder of our lab risk assessments: https://drive.google.com/drive/folders/1abcXYZ\nUse whatever you like. If you ever fancy a call to compare notes on the new syllabus, I am about.',
        errors: [{ rule: 'ask-before-give', words: 'a call', severity: 'info' }],
      },
      { text: 'Is your team still stretched thin over Easter?', errors: [{ rule: 'ask-before-give', words: 'still stretched' }] },
      { text: 'You mentioned you wanted a call, here is my calendar link.', errors: [{ rule: 'ask-before-give', words: 'my calendar' }] },
    ],
  });
});

describe('thanks and gifts the coach did not see', () => {
  testRule(offersValueRule, {
    valid: ['I would thank Bob for his time, but he never replied.'],
    invalid: [
      { text: 'The students are still talking about the dam visit. Please thank Imran for walking us round in the rain.', errors: [{ rule: 'offers-value', words: 'thank Imran for walking' }] },
      { text: 'I move to the Leeds trust next month and wanted to say it was a real pleasure working with you.', errors: [{ rule: 'offers-value', words: 'pleasure working with you' }] },
      { text: 'If the bilge alarm still chirps, bring her by. That one’s on me, should have caught it the first time.', errors: [{ rule: 'offers-value', words: 'That one’s on me' }] },
      { text: 'The Tamil version of your flood guide is ready. PDF is here: https://example.org/flood-guide-ta.pdf\nUse it however you like, no credit needed.', errors: [{ rule: 'offers-value', words: 'https://example.org/flood-guide-ta.pdf' }] },
    ],
  });
  testRule(pushyFollowUp, {
    valid: ['Following up on my last note only to say the Tamil version is ready. PDF is here: https://example.org/flood-guide-ta.pdf\nUse it however you like, no credit needed.'],
    invalid: [{ text: 'Following up on my last note, did you get a chance to look?', errors: [{ rule: 'pushy-follow-up' }] }],
  });
  testRule(specificDetail, {
    valid: [],
    invalid: [{ text: 'Your breakdown of the new capital rules was the clearest I have read.', errors: [{ rule: 'specific-detail', words: 'Your breakdown' }] }],
  });
});
