import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { salesPitchRule } from './sales-pitch';
import { jobSeekingRule } from './job-seeking';
import { falseUrgency } from './false-urgency';
import { pushyFollowUp } from './pushy-follow-up';
import { linkPush } from './link-push';
import { specificDetail } from './specific-detail';

// Session 23 (issue 12): session 22's check set (a Bristol midwife and a Rajasthan solar installer;
// an Alberta rancher and a Warsaw developer advocate; a New Orleans chef and a Lisbon notary) read
// at last, and round 49 (a Marine six months from separation, a Kenyan poultry co-operative, a
// retired Army nurse, a Porto Alegre UX researcher, a Navy electrician who teaches, a Melbourne
// pharmacist). The shapes their notes showed, in our own words.

describe('a herd, a bill, a supplier, a funder and a prescriber sized up', () => {
  testRule(askBeforeGive, {
    valid: [],
    invalid: [
      { text: 'Congrats on the new barn. Curious how many head you run these days?', errors: [{ rule: 'ask-before-give', words: 'how many head' }] },
      { text: 'Thanks for connecting! What is your monthly power bill at the plant these days?', errors: [{ rule: 'ask-before-give', words: 'monthly power bill' }] },
      { text: 'Nice write-up in the farm paper. Who are you buying hay from this winter?', errors: [{ rule: 'ask-before-give', words: 'Who are you buying' }] },
      {
        text: 'Your foundation funds youth choirs, I read. Does a choir of forty fit, and what is the usual size of support?',
        errors: [{ rule: 'ask-before-give', words: 'usual size of' }],
      },
      {
        text: 'Appreciate the connect. How old are the boilers at your Leeds sites? Who’s servicing them now? Just curious.',
        errors: [{ rule: 'ask-before-give', words: 'Who’s servicing' }],
      },
      { text: 'Congrats on the promotion! Which lab does your practice send most samples to these days?', errors: [{ rule: 'ask-before-give', words: 'send most samples to' }] },
      {
        text: 'Congrats on the area manager job! Eleven years with you now, hope you remember the loyal shops 😉',
        errors: [{ rule: 'ask-before-give', words: 'remember the loyal' }],
      },
    ],
  });
});

describe('a shortfall, a name in their mouth, a letter, a gift in memory, a stage and a visit asked for', () => {
  testRule(askBeforeGive, {
    valid: [],
    invalid: [
      { text: 'Our robotics club is about $1,500 short this year. Your shop came to mind first.', errors: [{ rule: 'ask-before-give', words: 'short this year' }] },
      {
        text: 'Loved your panel on probate. It would be a joy to be the name you mention when clients ask about wills.',
        errors: [{ rule: 'ask-before-give', words: 'the name you mention' }],
      },
      {
        text: 'Good to meet you at the expo. If a builder ever needs a roofer, I’d count it a favour if my name came up.',
        errors: [{ rule: 'ask-before-give', words: 'my name came up' }],
      },
      {
        text: 'Since we both served, I figure you understand. I need one person inside to put my name in for the planner role.',
        errors: [{ rule: 'ask-before-give', words: 'put my name in' }],
      },
      {
        text: 'Thank you for visiting the site. We apply to the heritage fund in May, and a letter from your office would carry great weight with the panel.',
        errors: [{ rule: 'ask-before-give', words: 'carry great weight' }],
      },
      {
        text: 'Your dad’s story from the war stayed with me. A gift in his name would keep the pantry open for a week.',
        errors: [{ rule: 'ask-before-give', words: 'A gift in his name' }],
      },
      {
        text: 'Your garage has backed the county fair for years. Our spring 10K still needs a presenting partner.',
        errors: [{ rule: 'ask-before-give', words: 'presenting partner' }],
      },
      {
        text: 'I have followed the conference for years. If there is a slot on the autumn agenda, I would be glad to speak.',
        errors: [{ rule: 'ask-before-give', words: 'slot on the autumn agenda' }],
      },
      {
        text: 'Congratulations on the election, Councillor. Our tenants would love to walk you round the estate on a Sunday of your choosing.',
        errors: [{ rule: 'ask-before-give', words: 'of your choosing' }],
      },
    ],
  });
});

describe('free help, a gift to collect and leave to share ask nothing', () => {
  testRule(askBeforeGive, {
    valid: [
      'Congrats on opening the clinic! Happy to look over your lease for free, just send me the draft whenever.',
      'About the bylaws you mentioned: I can verify the new draft pro bono; send me the file when it suits. No fee, nothing after.',
      'Our allotment has a dozen spare seed trays and they are yours, free of charge. Kindly send me a time that suits you to collect. There is nothing to repay.',
      'I wrote the two-page guide on the new tax forms I promised. It is in plain English and you may share it with your staff freely.',
    ],
    invalid: [
      {
        text: 'Congrats on opening the clinic! I can look over your lease, send me the draft and I will quote.',
        errors: [{ rule: 'ask-before-give', words: 'send me' }],
      },
    ],
  });
});

describe('years laid out, a place that may open, an opening on their own team', () => {
  testRule(jobSeekingRule, {
    valid: ['Thanks for the mention in your paper. I have two years of our outage logs if you ever want them for the next one.'],
    invalid: [
      {
        text: 'Your blog on queue design is my favourite. I saw your data team grows. I have 7 years with Postgres and live nearby :)',
        errors: [{ rule: 'job-seeking', words: 'I have 7 years with' }],
      },
      {
        text: 'Been eating at your bistro since it opened. After eight years on the line I am ready for a kitchen like yours.',
        errors: [{ rule: 'job-seeking', words: 'ready for a kitchen like yours' }],
      },
      { text: 'Your bakery is the best in town. If a pastry spot ever opens, I would love to hear.', errors: [{ rule: 'job-seeking', words: 'spot ever opens' }] },
      {
        text: 'We were in the same cohort at Lund. I saw there is an opening for data analyst in your team, would the manager like to hear about an alumna?',
        errors: [{ rule: 'job-seeking', words: 'opening for data analyst in your' }],
      },
    ],
  });
});

describe('packages presented, a round at the table; a friend’s opening, spare coats, shift leads hired', () => {
  testRule(salesPitchRule, {
    valid: [
      'Hey Lee, my neighbour at the marina is hiring a deckhand, $22/hr with lunch. Thought of you after your sailing post.',
      'The food bank has forty spare winter coats and they are yours, free of charge, for the families on your street.',
      'Saw you are looking after the layoffs. My old sergeant runs the depot on 5th and they are hiring 3 shift leads. Want me to pass your resume to him? No pressure either way.',
    ],
    invalid: [
      {
        text: 'Welcome to Lyon! Newcomers often find the residence paperwork confusing. I would be glad to present you our packages.',
        errors: [{ rule: 'sales-pitch', words: 'present you our' }],
      },
      {
        text: 'Your tasting menu is a legend. I am opening a 30-seat place and a few names are at the table for round one already.',
        errors: [{ rule: 'sales-pitch', words: 'for round one' }],
      },
    ],
  });
});

describe('a season booking up fast presses', () => {
  testRule(falseUrgency, {
    valid: [],
    invalid: [{ text: 'Congrats on the new place. We do roofing too. Summer is booking up fast.', errors: [{ rule: 'false-urgency', words: 'booking up fast' }] }],
  });
});

describe('checking in on their first month, a line between', () => {
  testRule(pushyFollowUp, {
    valid: ['Just checking in. Today makes a month at the depot if I counted right. How are the night shifts treating you?'],
    invalid: [{ text: 'Just checking in. Did you see the proposal? How is the week going?', errors: [{ rule: 'pushy-follow-up', words: 'Just checking in' }] }],
  });
});

describe('someone else’s opening passed on by its link', () => {
  testRule(linkPush, {
    valid: ['saw your post that you are looking for work after the layoff, so sorry. my old teammate at Northwind is hiring a junior designer, remote. just pass the link: northwindstudio.com/jobs good luck!!'],
    invalid: [],
  });
});

// Round 50's second author, read (a National Guard chaplain in Georgia; a Seoul indie game developer).
describe('a bug video given by the link in my profile; a space asked for in a blessing', () => {
  testRule(askBeforeGive, {
    valid: ['Found a small bug in your beta: the map resets when you pause. I recorded a video, link in my profile, you can have it 🙂'],
    invalid: [
      {
        text: 'I have heard good things about your lodge. We are planning a retreat for nurses and praying for a place that might bless us with the space.',
        errors: [{ rule: 'ask-before-give', words: 'bless us with' }],
      },
    ],
  });
});

describe('a contract ending after an emoji is mine; a search since they got out is theirs', () => {
  testRule(jobSeekingRule, {
    valid: ['I know you’ve been looking for work since you got out. The county is hiring drivers, use my name if it helps.'],
    invalid: [
      {
        text: 'I like your posts about studio culture, you sound like a great lead 🙂 my contract is ending in May, and if your team ever needs a tools programmer, I am around',
        errors: [{ rule: 'job-seeking', words: 'my contract is ending' }],
      },
      {
        text: 'Loved the brickwork your crew finished. If you’ve got clients who need an architect, we’d love a referral!',
        errors: [{ rule: 'job-seeking', words: 'a referral' }],
      },
    ],
  });
});

describe('following up on the months since they got home', () => {
  testRule(pushyFollowUp, {
    valid: ['Just following up, Corporal. It has been about two months since you got home, and that is usually when it gets heavy. I am not checking a box.'],
    invalid: [{ text: 'Just following up, Dan. It has been two weeks since I sent my quote.', errors: [{ rule: 'pushy-follow-up', words: 'Just following up' }] }],
  });
});

describe('a heart anyone has is no detail; tables left unsponsored are asked of them', () => {
  testRule(specificDetail, {
    valid: ['Thank you for connecting. Your heart for this cause is so clear.'],
    invalid: [],
  });
  testRule(askBeforeGive, {
    valid: [],
    invalid: [{ text: 'Circling back on the gala, Mr. Hale. We still have four tables unsponsored.', errors: [{ rule: 'ask-before-give', words: 'unsponsored' }] }],
  });
});

// Round 51, read (a Montana woodworker who served; a Filipino ship's engineer; a Navy spouse placing
// spouses in jobs; an Izmir structural engineer; a wrestling coach who was a Marine; a Lagos product manager).
describe('a letter, a testimonial, a door, a sponsor and a prospect sized by its peers', () => {
  testRule(askBeforeGive, {
    valid: [],
    invalid: [
      {
        text: 'Your foundation’s work with rural vets is the real thing. We apply to the county fund in May, and a few lines from someone like you would carry weight with them.',
        errors: [{ rule: 'ask-before-give', words: 'carry weight' }],
      },
      {
        text: 'Best captain I sailed with. For my licence I need a testimonial from my last master, it would help me a lot.',
        errors: [
          { rule: 'ask-before-give', words: 'need a testimonial' },
          { rule: 'ask-before-give', words: 'would help me a lot' },
        ],
      },
      { text: 'Sir, if you can sign the sea-service form for me it would help very much.', errors: [{ rule: 'ask-before-give', words: 'if you can sign' }] },
      {
        text: 'Your keynote at the summit gave me chills! I have a story your audience would love. Who should I send it to?',
        errors: [{ rule: 'ask-before-give', words: 'Who should I send' }],
      },
      { text: 'Hi Rob! Would Harbor Bank be interested in sponsoring our career fair in May?', errors: [{ rule: 'ask-before-give', words: 'interested in sponsoring' }] },
      {
        text: 'Quick question, Dayo. Does your team offer staff any savings benefit? Just curious how companies your size handle it.',
        errors: [{ rule: 'ask-before-give', words: 'companies your size' }],
      },
      {
        text: 'Congrats on the harbour tower! Does your firm have its own assessment team, or do you use outside consultants?',
        errors: [{ rule: 'ask-before-give', words: 'do you use outside' }],
      },
    ],
  });
});

describe('services denied, a check-in that wants no reply, a search in their unit', () => {
  testRule(salesPitchRule, {
    valid: ['Ask for core sampling, some firms skip it. I am not offering my services, I am booked this year. I only want that you are not cheated.'],
    invalid: [],
  });
  testRule(pushyFollowUp, {
    valid: ['Just checking in. You said last month was rough. No need to write back.'],
    invalid: [],
  });
  testRule(jobSeekingRule, {
    valid: ['Hope the new job is treating you well! If anyone in your unit is job hunting, tell them to DM me, the clinic is free.'],
    invalid: [{ text: 'Hi Ana, I am a nurse who is looking for work in Leeds.', errors: [{ rule: 'job-seeking', words: 'looking for work' }] }],
  });
});

describe('their clients as my market', () => {
  testRule(salesPitchRule, {
    valid: [],
    invalid: [
      {
        text: 'Saw the barn you restored outside Bozeman, beautiful work. If your clients ever want cabinets to match, I am an hour from most of your jobs.',
        errors: [{ rule: 'sales-pitch', words: 'your clients ever want' }],
      },
    ],
  });
});

describe('a check-in that wants no reply still chases when it names the quote', () => {
  testRule(pushyFollowUp, {
    valid: [],
    invalid: [{ text: 'Just checking in. Any thoughts on the quote? No need to write back if it is a no.', errors: [{ rule: 'pushy-follow-up', words: 'Just checking in' }] }],
  });
});
