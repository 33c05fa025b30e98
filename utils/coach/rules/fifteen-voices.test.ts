import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { jobSeekingRule } from './job-seeking';
import { linkPush } from './link-push';
import { pushyFollowUp } from './pushy-follow-up';
import { salesPitchRule } from './sales-pitch';
import { specificDetail } from './specific-detail';

// Session 10 (issue 12): what twelve more voices (a historian, a lab postdoc, an HVAC tech, a joiner,
// second-language writers from Monterrey, Cairo, Bangalore, Pune and a Dutch PhD, a USAF veteran and a
// guardsman) showed, rewritten in our own words.

describe('asks said politely are still asks', () => {
  testRule(askBeforeGive, {
    valid: [
      'Your feedback on my job talk was the most useful thing anyone told me this year. Thank you!',
      'You bought me a coffee at the job fair and spent half an hour fixing my resume. I start Monday. Thanks.',
    ],
    invalid: [
      { text: 'We run an independent pharmacy in town. Please consider us for your staff flu jabs!', errors: [{ rule: 'ask-before-give', words: 'Please consider' }] },
      { text: 'My working paper is close to your 2020 one, so kindly cite it in your next work.', errors: [{ rule: 'ask-before-give', words: 'kindly cite' }] },
      { text: 'Congratulations on the chair! I am applying this year, could you please accept me as your student?', errors: [{ rule: 'ask-before-give', words: 'could you please accept' }] },
      { text: 'We both came through the same robotics club. Can I send you a calendar link for next week?', errors: [{ rule: 'ask-before-give', words: 'calendar link' }] },
      { text: 'Loved your piece on the wool trade. I have added you to the email list for my newsletter, hope that is ok!', errors: [{ rule: 'ask-before-give', words: 'added you to the email list' }] },
    ],
  });

  testRule(pushyFollowUp, {
    valid: [],
    invalid: [
      { text: 'Hope the new workshop is settling in! Just checking if you had a look at the price list I sent?', errors: [{ rule: 'pushy-follow-up', words: 'checking if you' }] },
    ],
  });
});

describe('the reader sized up as a fit is a pitch; my students put forward are not', () => {
  testRule(salesPitchRule, {
    valid: ['I passed your internship on to two of my students who I think would be a great fit. Nothing needed from you.'],
    invalid: [
      { text: 'We are opening a paid beta next month and your team at Norfield would be a perfect fit.', errors: [{ rule: 'sales-pitch', words: 'would be a perfect fit' }] },
    ],
  });
});

describe('a link that answers them or shows them their own thing is no push', () => {
  testRule(linkPush, {
    valid: [
      'The pallets arrived in Dallas complete, the receiver sent photos: https://photos.example.com/a1b2 . Thank you for your patience with customs.',
      'Checked your architectural guidelines for the heat pumps, they are allowed. Page 14 here: https://www.example-hoa.org/docs/rules-2024.pdf',
    ],
    invalid: [
      { text: 'Our new price list for heat pumps is up: https://www.north-air.com/prices', errors: [{ rule: 'link-push', words: 'https://www.north-air.com/prices' }] },
      { text: 'Loved your article on reviews. I wrote one on the same topic: medium.com/@someone/reviews-for-humans', errors: [{ rule: 'link-push', words: 'medium.com/@someone/reviews-for-humans' }] },
    ],
  });
});

describe('what they did, remembered, is specific', () => {
  testRule(specificDetail, {
    valid: [],
    invalid: [
      { text: 'Hi Marcus, you drove forty minutes in the snow to bring us insulin in January. Thank you.', errors: [{ rule: 'specific-detail', words: 'you drove' }] },
    ],
  });
});

describe('capacity and availability on offer sell', () => {
  testRule(salesPitchRule, {
    valid: [],
    invalid: [
      { text: 'Saw your firm won the school contract. We run a drylining crew of six and have capacity from March.', errors: [{ rule: 'sales-pitch', words: 'have capacity' }] },
    ],
  });
  testRule(jobSeekingRule, {
    valid: [],
    invalid: [
      { text: 'Plasterer, 20 years in, own van. Available for work across the Midlands.', errors: [{ rule: 'job-seeking', words: 'Available for work' }] },
    ],
  });
});

describe('a wish for their yes, or a place on their work', () => {
  testRule(askBeforeGive, {
    valid: ['Loved the garden wall you built. I would love a chance to see the lime mortar mix one day, no rush at all.'],
    invalid: [
      { text: 'Your series on event sourcing taught me a lot. I am writing a book on it and would be thrilled if you’d write the foreword.', errors: [{ rule: 'ask-before-give', words: 'would be thrilled if you’d' }] },
      { text: 'Loved the brick wall you shared. I am starting out and would really appreciate a chance to labour for you.', errors: [{ rule: 'ask-before-give', words: 'would really appreciate a chance to' }] },
    ],
  });
});

describe('courtesies of other Englishes and of texting', () => {
  test('"Dear Mr. Halvorsen, Greetings of the day" names him: the formula is no warning', () => {
    const analysis = analyze({
      text: 'Dear Mr. Halvorsen, Greetings of the day. As promised at go-live, I have written up the known issues for your support team.',
      recipient: { firstName: 'Erik' },
    });
    expect(analysis.findings.filter((f) => f.rule === 'generic-greeting').map((f) => f.severity)).toEqual(['info']);
    expect(analysis.findings.some((f) => f.rule === 'missing-name')).toBe(false);
  });

  test('"Dear Sir/Madam" names nobody', () => {
    const analysis = analyze({ text: 'Dear Sir/Madam, Greetings of the day. I would like to connect with you.' });
    expect(analysis.findings.filter((f) => f.rule === 'generic-greeting').map((f) => f.severity)).toEqual(['warning', 'warning']);
  });

  test('"great meeting u at the bootcamp" reads as "you"', () => {
    expect(analyze({ text: 'hi tomás, great meeting u at the leiden bootcamp. good luck on flyouts!' }).verdict).toBe('relational');
  });
});

describe('a call offered on their wish is no ask, however long the wish', () => {
  testRule(askBeforeGive, {
    valid: [
      'If you ever want someone to listen to a practice run before your next talk, I’m happy to get on a call. No pressure at all.',
    ],
    invalid: [
      { text: 'If you want to hear how we cut onboarding time for teams like yours before next quarter, let’s get on a call.', errors: [{ rule: 'ask-before-give', words: 'get on a call' }] },
    ],
  });
});

describe('who they were to me, and their work praised to their face, are specific', () => {
  testRule(specificDetail, {
    valid: ['Great post!', 'If you were my manager I would be lucky.', 'Great talk on resilience.'],
    invalid: [
      { text: 'You’re the one who fixed the walk-in freezer at the trade night with a paper clip. Legend.', errors: [{ rule: 'specific-detail', words: 'You’re the one who fixed' }] },
      { text: 'Ma’am, you were my flight chief at Lakenheath back in 2009. Hope retirement is kind to you.', errors: [{ rule: 'specific-detail', words: 'you were my flight chief' }] },
      { text: 'Brilliant talk at the Lighthouse on Thursday. Cheers!', errors: [{ rule: 'specific-detail', words: 'Brilliant talk at the Lighthouse' }] },
      { text: 'Great keynote at DevConf yesterday!', errors: [{ rule: 'specific-detail', words: 'Great keynote at DevConf' }] },
    ],
  });
});

describe('prices and results that are not the writer’s to sell', () => {
  testRule(salesPitchRule, {
    valid: [
      'I don’t sell this, but to help you compare: in Laredo brokers normally charge $45 to $90 per entry.',
      'The parking I told you about is on the ring road, it cost only $12 a night. Save it for next time.',
      'Your thesis on recycled aggregate helped me in a value engineering bid, we saved nearly 12% on the subbase.',
      'Your charity got my friend housed and employed within 90 days of leaving the service. Thank you.',
      'Your talk on accessibility was practical. I tried the audit trick on our client portal the next day and found 14 issues!',
    ],
    invalid: [
      { text: 'Congratulations on the Series B! Your app is smooth 😊 We have helped 3 D2C brands cut their cloud bill by 35%.', errors: [{ rule: 'sales-pitch', words: 'We have helped 3 D2C brands' }] },
      { text: 'We service rooftop units across Dayton, only $89 per visit this month.', errors: [{ rule: 'sales-pitch', words: '89' }] },
    ],
  });
});

describe('asks and trades found by probing in trade and engineering voices', () => {
  testRule(askBeforeGive, {
    valid: ['I was wondering what you thought of the new building regs on ventilation.'],
    invalid: [
      { text: 'Great answer on the Go channels thread. I am learning Go and wondering if you offer mentoring? Happy to pay.', errors: [{ rule: 'ask-before-give', words: 'wondering if you offer' }] },
      { text: 'You did a cracking job on the chapel roof in Ripon. I have a similar job and wondered what you’d charge for a survey.', errors: [{ rule: 'ask-before-give', words: 'wondered what you’d charge' }] },
      { text: 'Enjoyed your review comments on the provider module. I wondered if your team has headcount this spring.', errors: [{ rule: 'ask-before-give', words: 'wondered if your team has headcount' }] },
    ],
  });
  testRule(salesPitchRule, {
    valid: ['I install heat pumps too, and your post on defrost cycles saved me a callback last week. Cheers.'],
    invalid: [
      { text: 'I supply reclaimed York stone and cobbles to landscapers across the county.', errors: [{ rule: 'sales-pitch', words: 'I supply' }] },
      { text: 'Thanks again for sending Mrs Shaw our way. By the way, we’ve just started doing loft conversions.', errors: [{ rule: 'sales-pitch', words: 'we’ve just started' }] },
    ],
  });
});

describe('five older escapes of the main corpus, in new words', () => {
  testRule(askBeforeGive, {
    valid: ['Your team could use the spare sensors, they are yours if you want them.'],
    invalid: [
      { text: 'Loved your episode on ward handovers. We would love you on our panel. Would your hospital be able to cover your travel?', errors: [{ rule: 'ask-before-give', words: 'Would your hospital be able' }] },
    ],
  });
  testRule(salesPitchRule, {
    valid: [],
    invalid: [
      { text: 'Our co-op just launched a tool library for small farms and I think you’d be a great fit.', errors: [{ rule: 'sales-pitch', words: 'you’d be a great fit' }] },
      { text: 'Congrats on the second shop! If a third is on the cards, I represent several landlords with corner units in Leith.', errors: [{ rule: 'sales-pitch', words: 'I represent' }] },
    ],
  });
});

describe('flattery and collecting, however they are worded', () => {
  test('"your profile is seriously impressive, clearly a leader in the industry" is flattery that fits anyone', () => {
    const analysis = analyze({ text: 'Your profile is seriously impressive, you are clearly a leader in the industry. Would be great to connect!' });
    expect(analysis.findings.filter((f) => f.rule === 'generic-flattery').length).toBe(2);
    expect(analysis.verdict).not.toBe('relational');
  });
  test('"connecting with as many alumni as possible" collects', () => {
    const analysis = analyze({ text: 'Hi Sarah! I am connecting with as many Larkspur alumni as possible to grow our community here.' });
    expect(analysis.findings.some((f) => f.rule === 'mass-networking')).toBe(true);
  });
});

describe('a gift sent so that they promote it carries the ask', () => {
  testRule(askBeforeGive, {
    valid: [
      'Our paths crossed at the Lisbon workshop. I’d be happy to send you our Algarve measurements if you’d like to test your model on them.',
      'It might be worth you checking the fuse box first, saves a callout.',
    ],
    invalid: [
      { text: 'Your plumbing videos are brilliant. I am launching a tool brand and would love to send you some kit to feature in a video.', errors: [{ rule: 'ask-before-give', words: 'send you some kit to feature' }] },
    ],
  });
});

describe('a place on their team or their stage, wished for', () => {
  testRule(askBeforeGive, {
    valid: ['It would be lovely to have you over for dinner when you are next in Leeds.'],
    invalid: [
      { text: 'Congrats on the ERC grant! If you are building a team, I would love to be part of it.', errors: [{ rule: 'ask-before-give', words: 'would love to be part of' }] },
      { text: 'Saw your post from the Lisbon meeting. I am organising one in Porto and it would be amazing to have you speak.', errors: [{ rule: 'ask-before-give', words: 'would be amazing to have you' }] },
      { text: 'Loved your post on the hospital rebuild. Our firm did the pipework on a similar job, good to catch up on future projects.', errors: [{ rule: 'ask-before-give', words: 'on future projects' }] },
    ],
  });
  testRule(jobSeekingRule, {
    valid: [],
    invalid: [{ text: 'Your kitchen refit post was class. If you ever need a hand on a job, I’m your man.', errors: [{ rule: 'job-seeking', words: 'I’m your man' }] }],
  });
});

describe('a lab’s and a trade’s pitches dressed as collaboration', () => {
  testRule(askBeforeGive, {
    valid: ['I could help you move the boxes on Saturday if you like.'],
    invalid: [
      { text: 'Loved your lecture on sediment budgets. I run a drone survey firm; maybe there is scope for a collaboration?', errors: [{ rule: 'ask-before-give', words: 'scope for a collaboration' }] },
      { text: 'Your river restoration paper is the one I cite most. I am at a consultancy now, would be great to explore how we might work with your group.', errors: [{ rule: 'ask-before-give', words: 'how we might work with' }] },
    ],
  });
  testRule(salesPitchRule, {
    valid: ['Here is the supplier template I promised at the meetup, I hope it can help your team too.'],
    invalid: [
      { text: 'Read your paper on slope monitoring. We make cheap tiltmeters and they could really help your fieldwork.', errors: [{ rule: 'sales-pitch', words: 'could really help your' }] },
      { text: 'Enjoyed your post on the mezzanine job. We’re a steel fabricator in Sheffield, always happy to quote on jobs like that.', errors: [{ rule: 'sales-pitch', words: 'We’re a steel fabricator' }, { rule: 'sales-pitch', words: 'happy to quote' }] },
    ],
  });
  testRule(jobSeekingRule, {
    valid: [],
    invalid: [{ text: 'I see you run sites for a big contractor. I am a dryliner with my own team, happy to send references.', errors: [{ rule: 'job-seeking', words: 'happy to send references' }] }],
  });
});

describe('the sale deferred is still the sale', () => {
  testRule(askBeforeGive, {
    valid: [],
    invalid: [
      { text: 'Congrats on the Series B! We run engineering teams in Kraków for growing startups. Let me know when you’re ready to scale.', errors: [{ rule: 'ask-before-give', words: 'Let me know when you’re ready' }] },
    ],
  });
});

describe('a price is the writer’s own unless someone else set it or it was paid', () => {
  testRule(salesPitchRule, {
    valid: [],
    invalid: [
      { text: 'Our Saturday course is great value, it costs only $45 this month.', errors: [{ rule: 'sales-pitch', words: '45' }] },
      { text: 'We’re bidding on the school job next week, our price for the roof is only $4,000.', errors: [{ rule: 'sales-pitch', words: '4,000' }] },
    ],
  });
});
