import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { jobSeekingRule } from './job-seeking';
import { offersValueRule } from './offers-value';
import { salesPitchRule } from './sales-pitch';
import { sharedContextRule } from './shared-context';

// Session 13 (issue 12): an Edinburgh history lecturer and a Toronto bridge engineer, a Leeds plumber
// and a Marine veteran in construction, a Brazilian postdoc in Boston and a Wisconsin controls
// engineer. The veteran's kindnesses read as asks and pitches; their shapes, in our own words.

describe('help offered on the reader’s need, not sold', () => {
  testRule(salesPitchRule, {
    valid: [
      'Heard you are starting at the county roads office in May. I was in that seat years ago, if you ever want the unofficial tour I am around.',
      "If you need a reference for the Fort Lee job, I'm your guy.",
      "If you ever need someone to vent to about the transition, I'm your guy.",
    ],
    invalid: [{ text: "If you need a roofer in Macon after the storm, I'm your guy.", errors: [{ rule: 'sales-pitch', words: "I'm your guy" }] }],
  });
  testRule(jobSeekingRule, {
    valid: ["If you need a reference for the Fort Lee job, I'm your guy."],
    invalid: [{ text: "If you ever need a hand on a job, I'm your man.", errors: [{ rule: 'job-seeking', words: "I'm your man" }] }],
  });
});

describe('a link’s query and lowercase texting read as written', () => {
  testRule(askBeforeGive, {
    valid: [
      'You asked in the alumni group for a sample cover letter. Mine from last spring, names removed. Free to borrow any of it: https://docs.example.com/d/8XyZ/view?usp=sharing',
    ],
    invalid: [{ text: 'Free to compare notes on Thursday?', errors: [{ rule: 'ask-before-give', words: 'Free to' }] }],
  });
  testRule(offersValueRule, {
    valid: [],
    invalid: [
      {
        text: 'dug out the old parameter backup for that drive, sending it to your email now. if it’s easier ring me at the plant, no rush',
        errors: [{ rule: 'offers-value', words: 'sending it to your' }],
      },
    ],
  });
});

describe('a case study with its figure, a trial, a book for their readers, a career step', () => {
  testRule(salesPitchRule, {
    valid: [
      'I worked with a mentor who had the patience of a saint. We met monthly for two years. Your post on mentoring brought her to mind.',
      'A friend had a rough year after the move. We talked most Sundays and he is doing fine now. Your post reminded me of him.',
    ],
    invalid: [
      {
        text: 'Good to meet you, Priya. A bakery in Oshkosh had its oven line down twice a week. We rewired the interlocks and they have not lost a shift in 9 months. Your plant came to mind.',
        errors: [{ rule: 'sales-pitch', words: 'A bakery in Oshkosh had its oven line down twice a week. We rewired the interlocks and they have not lost a shift in 9 months. Your plant came to mind' }],
      },
      {
        text: 'Thanks for connecting. Last spring I worked with a cider farm that had forty years of invoices in shoeboxes. We indexed the lot and bookings went up 30%. Your mill has the same kind of story.',
        errors: [{ rule: 'sales-pitch', words: 'I worked with a cider farm that had forty years of invoices in shoeboxes. We indexed the lot and bookings went up 30%. Your mill has the same kind of story' }],
      },
      { text: 'Our crew app is out. 14-day trial, no credit card needed.', errors: [{ rule: 'sales-pitch', words: '14-day trial' }, { rule: 'sales-pitch', words: 'no credit card' }] },
      { text: 'My debut novel comes out in March. I think it would resonate with your readers.', errors: [{ rule: 'sales-pitch', words: 'resonate with your readers' }] },
    ],
  });
  testRule(jobSeekingRule, {
    valid: [],
    invalid: [
      {
        text: 'I am ready for the next step in my career, and your firm is where I see myself.',
        errors: [{ rule: 'job-seeking', words: 'next step in my career' }, { rule: 'job-seeking', words: 'where I see myself' }],
      },
    ],
  });
});

describe('a call offered for their need, a state told, a talk already had', () => {
  testRule(askBeforeGive, {
    valid: [
      'You coached my apprentice through her portfolio at the open day. She passed. If your students ever need a real site to look round, give me a call, happy to host.',
      'Your gran’s stopcock is seized solid. Any handyman can swap it in 20 mins. Give me a call if you want me to talk them through where it is.',
      'You said you are new in Leeds and don’t know anyone in the brewing crowd yet. A few of us meet at the Grove on Fridays, you are very welcome.',
    ],
    invalid: [
      {
        text: 'I do a lot of fiddly stonework so if your clients ever need someone fussy on the install, give me a call, happy to send over my portfolio.',
        errors: [{ rule: 'ask-before-give', words: 'a call' }, { rule: 'ask-before-give', words: 'send over my portfolio' }],
      },
      { text: 'Do you know anyone at Halvern who hires fitters?', errors: [{ rule: 'ask-before-give', words: 'know anyone' }] },
    ],
  });
  testRule(sharedContextRule, {
    valid: ['It would be good talking with you sometime, are you free next week?'],
    invalid: [
      {
        text: 'we were both stuck in the coffee queue at RoboExpo forever 😂 good talking shop with you',
        errors: [{ rule: 'shared-context', words: 'good talking' }],
      },
    ],
  });
});

describe('a veteran’s help: questions invited, a walk through my papers, their search as a condition', () => {
  testRule(askBeforeGive, {
    valid: [
      'Send me your DD-214 questions anytime, I processed hundreds as an admin chief.',
      'Saw your post about the claim denial. A VSO helped me for free. Happy to walk you through my packet.',
    ],
    invalid: [
      { text: 'Loved your panel. Happy to walk you through the listing options if you are keen.', errors: [{ rule: 'ask-before-give', words: 'walk you through' }] },
      { text: 'Send me your résumé and a time that works.', errors: [{ rule: 'ask-before-give', words: 'Send me your' }] },
    ],
  });
  testRule(jobSeekingRule, {
    valid: ['Welcome home. If the job search gets heavy, call me. I mean it.'],
    invalid: [
      {
        text: 'I’m job hunting, so if the job search drags on, any openings on your team would be great to hear about.',
        errors: [{ rule: 'job-seeking', words: 'job hunting' }, { rule: 'job-seeking', words: 'any openings' }],
      },
    ],
  });
});

describe('an academic’s product news, a beta tester wanted, a discount', () => {
  testRule(salesPitchRule, {
    valid: [],
    invalid: [
      { text: 'Your EGU talk was excellent. We have just launched an open-source toolbox for the same analysis.', errors: [{ rule: 'sales-pitch', words: 'We have just launched' }] },
      { text: 'Great to see your new paper. Our core facility offers discounted imaging time to academic labs.', errors: [{ rule: 'sales-pitch', words: 'discounted' }] },
    ],
  });
  testRule(askBeforeGive, {
    valid: [],
    invalid: [{ text: 'Loved your thread on sediment models. We would welcome you as a beta tester.', errors: [{ rule: 'ask-before-give', words: 'as a beta tester' }] }],
  });
});

describe('a trade’s spare hands on offer', () => {
  testRule(salesPitchRule, {
    valid: [
      'My lads are free this Saturday to help with the community garden clean-up, no charge.',
      'Are your guys free next week for the chapel job? We are volunteering.',
    ],
    invalid: [
      { text: 'Clean work on the Elm St job. We have got a couple of guys free next month if you are ever short.', errors: [{ rule: 'sales-pitch', words: 'guys free next' }] },
      { text: 'We did first fix on the Kirkstall scheme, on time, no snags. Two vans, both free from April.', errors: [{ rule: 'sales-pitch', words: 'vans, both free from' }] },
    ],
  });
});

describe('thanks for help at a time they share, in a second language', () => {
  testRule(offersValueRule, {
    valid: ['Thank you for your help.', 'Thanks in advance for your help during the review.'],
    invalid: [
      { text: 'Dear Mr. Okafor, thank you very much for your kind help during my internship at the port. I learn a lot from you.', errors: [{ rule: 'offers-value', words: 'thank you very much for your kind' }] },
      { text: 'Thank you for your support through my first year on the ward.', errors: [{ rule: 'offers-value', words: 'Thank you for your support' }] },
    ],
  });
});

describe('an academic’s code asked for, our podcast offered as their interest', () => {
  testRule(askBeforeGive, {
    valid: ['Could you share the story of how the lab started? I am writing the department history.'],
    invalid: [{ text: 'I enjoyed your paper on reef bleaching. Could you share the code used for the heat stress analysis?', errors: [{ rule: 'ask-before-give', words: 'Could you share' }] }],
  });
  testRule(salesPitchRule, {
    valid: ['You might enjoy our department’s open lecture on Thursday, it is on your topic.'],
    invalid: [{ text: 'As a fellow ecologist I thought you might enjoy our new podcast on field methods.', errors: [{ rule: 'sales-pitch', words: 'might enjoy our new' }] }],
  });
});

describe('a call after something handed over, people taken on', () => {
  testRule(askBeforeGive, {
    valid: [
      'found the parameter backup from our old drive, sending it to your email now. if it’s easier give me a call at the plant, no rush',
      'I have room for two more mentees this spring. Send me the ones nobody else wants.',
    ],
    invalid: [
      { text: 'If it’s easier, give me a call this week.', errors: [{ rule: 'ask-before-give', words: 'a call' }] },
      { text: 'We have a new referral scheme. Send me anyone who needs a roof.', errors: [{ rule: 'ask-before-give', words: 'Send me' }] },
    ],
  });
});

describe('a résumé read for them', () => {
  testRule(askBeforeGive, {
    valid: ['Brother, send me your resume and I’ll put eyes on it tonight. No charge, no catch.', 'Send over your draft and I will read it this weekend.'],
    invalid: [
      { text: 'Send me your CV and I’ll pass it to the hiring manager.', errors: [{ rule: 'ask-before-give', words: 'Send me your' }] },
      { text: 'Send me your resume and I’ll take a look at which of our openings fit.', errors: [{ rule: 'ask-before-give', words: 'Send me your' }] },
    ],
  });
  testRule(salesPitchRule, {
    valid: ['Brother, send me your resume and I’ll put eyes on it tonight. No charge, no catch.'],
    invalid: [{ text: 'Send me your resume and I’ll take a look at which of our openings fit.', errors: [{ rule: 'sales-pitch', words: 'Send me your resume' }] }],
  });
});

describe('a review promised is a give', () => {
  testRule(offersValueRule, {
    valid: ['Send me your resume and I’ll take a look at which of our openings fit.'],
    invalid: [
      {
        text: 'Brother, send me your resume and I’ll put eyes on it tonight.',
        errors: [{ rule: 'offers-value', words: 'send me your resume and I’ll put eyes on it tonight' }],
      },
    ],
  });
});

describe('a veteran’s gifts: a packet by email, a mentor for their search, a free clinic', () => {
  testRule(askBeforeGive, {
    valid: [
      'PM me your email and I’ll send the SkillBridge packet I put together.',
      'If you’re still looking for a mentor through the partners programme, I just signed up as one.',
    ],
    invalid: [
      { text: 'Could you drop me your personal email so I can send through some roles?', errors: [{ rule: 'ask-before-give', words: 'drop me your' }] },
      { text: 'I’m still looking for a mentor in cloud security.', errors: [{ rule: 'ask-before-give', words: 'looking for a mentor' }] },
    ],
  });
  testRule(salesPitchRule, {
    valid: ['Free résumé reviews for vets every Thursday at the Legion post on 5th. I run it. No catch.'],
    invalid: [{ text: 'Free résumé reviews this month with our premium career package.', errors: [{ rule: 'sales-pitch' }] }],
  });
});
