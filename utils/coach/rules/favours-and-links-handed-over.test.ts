import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { jobSeekingRule } from './job-seeking';
import { linkPush } from './link-push';
import { offersValueRule } from './offers-value';
import { pushyFollowUp } from './pushy-follow-up';
import { salesPitchRule } from './sales-pitch';
import { specificDetail } from './specific-detail';

// Session 9 (issue 12): what ten more voices' notes showed, written in our own words. A favour asked
// by the sentence's shape, a link that hands something over, thanks in advance, and words that only
// looked like a pitch.

describe('a favour asked by its shape is an ask', () => {
  testRule(askBeforeGive, {
    valid: [
      'Let me know if you could use the spare tickets, no pressure either way.',
      'How could you tell the survey was biased? I keep missing it in mine.',
      'Could you believe the queue for the keynote? Glad we got seats.',
      'Remember you asked about grant templates for small charities? Here is the one we used.',
    ],
    invalid: [
      {
        text: 'Loved your piece on cycle lanes. Could you get me a slot on your next panel?',
        errors: [{ rule: 'ask-before-give', words: 'Could you get' }],
      },
      {
        text: 'Our petition to keep the library open closes Monday. Could you possibly sign and pass the page round?',
        errors: [{ rule: 'ask-before-give', words: 'Could you possibly sign' }],
      },
      {
        text: 'My bakery is up for Best New Business. Would you mind voting before Sunday?',
        errors: [{ rule: 'ask-before-give', words: 'Would you mind voting' }],
      },
      {
        text: 'Can you get me on the guest list for the spring forum?',
        errors: [{ rule: 'ask-before-give', words: 'Can you get' }],
      },
    ],
  });
});

describe('a link that hands something over is a give, not a push', () => {
  testRule(linkPush, {
    valid: [
      'Lovely to meet at the bus-priority workshop. Happy to share my notes if useful: https://notes.example.org/bus-lanes',
      'The council finally published its parking review, thought of our argument in the break: https://example.gov/parking',
      'Dug out the paper on hand hygiene audits we talked about: https://journal.example.com/hygiene-audits',
    ],
    invalid: [
      {
        text: 'Congrats on the new clinic! Our booking software is at https://bookly.example.com',
        errors: [{ rule: 'link-push', words: 'https://bookly.example.com' }],
      },
    ],
  });
  testRule(offersValueRule, {
    valid: [
      // Sales material stays sales material, however it is handed over.
      'As promised, here is the pricing deck: https://acme.example.com/deck',
      // The link answers the ask before it.
      'Would you mind voting for our garden? Takes a second, here it is: https://vote.example.org/garden',
    ],
    invalid: [
      {
        text: 'Here is the inspection checklist I mentioned at study club: https://docs.example.com/checklist',
        errors: [{ rule: 'offers-value', words: 'https://docs.example.com/checklist' }],
      },
    ],
  });
  testRule(pushyFollowUp, {
    valid: [
      'Following up on our chat at the depot: the training log I mentioned is at https://files.example.net/log',
    ],
    invalid: [
      { text: 'Following up on my last message, did you get a chance to read it?', errors: [{ rule: 'pushy-follow-up' }] },
    ],
  });
});

describe('thanks in advance is part of the ask, not a give', () => {
  testRule(offersValueRule, {
    valid: [
      "I'm shortlisted for Young Engineer of the Year and I'd be so grateful for your vote.",
      'We would really appreciate your support at the council meeting.',
    ],
    invalid: [
      {
        text: 'Thank you for the feedback on my thesis chapter, it changed the whole argument.',
        errors: [{ rule: 'offers-value' }],
      },
    ],
  });
});

describe('words that only look like a pitch', () => {
  testRule(salesPitchRule, {
    valid: [
      "Sorry it's taken me a week to reply. Yes, of course you can shadow on Thursday.",
      'Your interview guide is great, though question 4 reads as a leading question to me.',
      'The March counts are low because a sensor froze, so I would discount those.',
    ],
    invalid: [
      { text: 'Reply YES and I will send the details.', errors: [{ rule: 'sales-pitch' }] },
      { text: 'We are a leading provider of payroll software.', errors: [{ rule: 'sales-pitch' }] },
      { text: "Hi Dana, what's keeping you up at night on data security these days?", errors: [{ rule: 'sales-pitch' }] },
    ],
  });
});

describe('asks the lists missed: a meeting on a day, sponsors, mentors, "dm me"', () => {
  testRule(askBeforeGive, {
    valid: [
      'Great to meet you at the depot open day. DM me if you want the timetable spreadsheet.',
      'Coffee was lovely on Tuesday, thanks for the tips on the grant form.',
      "I'm passing your street on Thursday and can clear the gutters for free. Just text me.",
    ],
    invalid: [
      {
        text: 'Congrats on the award, so well deserved! Your talk on rural clinics was superb. Free for a quick coffee next week?',
        errors: [{ rule: 'ask-before-give', severity: 'error' }],
      },
      {
        text: 'Congrats on the new site in Leeds! We would love your firm on board as a silver sponsor of our summit.',
        errors: [{ rule: 'ask-before-give', severity: 'error' }],
      },
      {
        text: 'Your panel on career changes was brilliant. Would you be my mentor this year?',
        errors: [{ rule: 'ask-before-give', severity: 'error' }],
      },
      { text: 'got a roof that needs fixing? dm me', errors: [{ rule: 'ask-before-give' }] },
      { text: 'We cut freight costs for importers. Lets talk?', errors: [{ rule: 'ask-before-give' }] },
      {
        text: 'Loved your game jam entry. Could you write a few lines on Underthaw for the newsletter?',
        errors: [{ rule: 'ask-before-give', words: 'Could you write' }],
      },
    ],
  });
});

describe('a price made small, and an offer for the first few, are selling', () => {
  testRule(salesPitchRule, {
    valid: [
      'We only had 5 companies turn up to the first meetup, now it is 60.',
      'The bake sale raised just over €300 for the ward, thank you all!',
    ],
    invalid: [
      { text: 'Our weekend pass is only €39, want one?', errors: [{ rule: 'sales-pitch' }] },
      {
        text: 'This month I am giving a free stock diagnostic to only 5 companies.',
        errors: [
          { rule: 'sales-pitch', words: 'free stock diagnostic' },
          { rule: 'sales-pitch', words: 'only 5 companies' },
        ],
      },
    ],
  });
});

describe('a favour asked outright with "please" or "kindly"', () => {
  testRule(askBeforeGive, {
    valid: [
      'The hampers from your team reached 40 families. Please pass on a big thank you to everyone.',
      'Here is the rota template we use, please adapt it however suits your ward.',
      'If you ever need a second pair of eyes on a grant, please call on me.',
    ],
    invalid: [
      {
        text: "Hello! Please vote for Rosie's Bakery in the city awards, voting closes Sunday.",
        errors: [{ rule: 'ask-before-give', words: 'Please vote' }],
      },
      {
        text: 'Dear Sir, kindly share your updated CV and notice period.',
        errors: [{ rule: 'ask-before-give', words: 'kindly share' }],
      },
    ],
  });
});

describe('more asks by shape, and links handed over in a second language', () => {
  testRule(askBeforeGive, {
    valid: ["I've left a spare copy of the handbook at reception for you to keep."],
    invalid: [
      {
        text: 'Great talk at the chamber breakfast. Can I drop off some flyers for you to hand out?',
        errors: [{ rule: 'ask-before-give', words: 'for you to hand' }],
      },
      {
        text: 'I wondered whether you could put me in touch with your head of estates.',
        errors: [{ rule: 'ask-before-give', words: 'put me in touch', severity: 'error' }],
      },
      {
        text: 'Loved your post on the new fire regs. Would you look over the first drawings as a favour?',
        errors: [{ rule: 'ask-before-give', words: 'as a favour', severity: 'error' }],
      },
    ],
  });
  testRule(linkPush, {
    valid: [
      'Thanks for connect. As I said at the booth, the guide is here: https://guides.example.org/tender',
      'Here is simple example sheet for landed cost: https://sheets.example.com/landed / free to copy :)',
    ],
    invalid: [],
  });
  testRule(offersValueRule, {
    valid: ["Here's our capability statement: https://roofs.example.co.uk/capability.pdf"],
    invalid: [],
  });
});

describe('something free is bait only in a note that sells', () => {
  testRule(salesPitchRule, {
    valid: [
      "We're running a free workshop on night-shift rights on 14 March, no membership needed.",
      'Our lab licence sits idle in summer, happy to get your students free access.',
    ],
    invalid: [
      {
        text: 'We help clinics cut no-shows by 30%. Grab a seat at our free webinar on Thursday!',
        errors: [
          { rule: 'sales-pitch', words: 'We help' },
          { rule: 'sales-pitch', words: 'free webinar' },
        ],
      },
      { text: 'Happy to set you up with free early access to the app.', errors: [{ rule: 'sales-pitch' }] },
    ],
  });
});

describe('help left for them to take', () => {
  testRule(offersValueRule, {
    valid: [],
    invalid: [
      {
        text: "You've just moved into estimating, congrats. If you ever want help reading a spec, ping me.",
        errors: [{ rule: 'offers-value', words: 'congrats' }, { rule: 'offers-value', words: 'If you ever want help' }],
      },
    ],
  });
  testRule(askBeforeGive, {
    valid: ["Did the boiler settle down? If not, give me a call and I'll talk you through bleeding it yourself."],
    invalid: [
      {
        text: "If you're interested, give me a call and I'll walk you through our packages.",
        errors: [{ rule: 'ask-before-give', words: 'a call' }],
      },
    ],
  });
});

describe('a time proposed, a trade named, and possessives that fit anyone', () => {
  testRule(askBeforeGive, {
    valid: ['Lovely to meet you at the depot on Thursday, thanks again for the tour.'],
    invalid: [
      {
        text: "When's good for a 20 minute Teams call about your roof?",
        errors: [{ rule: 'ask-before-give', severity: 'error' }],
      },
      { text: 'Great to connect! Does Tuesday at 3 work?', errors: [{ rule: 'ask-before-give', severity: 'error' }] },
    ],
  });
  testRule(salesPitchRule, {
    valid: ['We were a tiny agency once too, so I know how that first hire feels.'],
    invalid: [
      {
        text: "We're a small family-run cleaning company in Leeds.",
        errors: [{ rule: 'sales-pitch', words: "We're a small family-run cleaning company" }],
      },
      {
        text: 'We are a payment solutions provider for logistics firms.',
        errors: [{ rule: 'sales-pitch', words: 'We are a payment solutions provider' }],
      },
    ],
  });
  testRule(specificDetail, {
    valid: [
      'We would love to become your partner for collections.',
      'Happy to talk through your upcoming projects.',
    ],
    invalid: [],
  });
});

describe('a meeting or a favour wished for, however it is worded', () => {
  testRule(askBeforeGive, {
    valid: [
      "A few of us would love to come and help next time, if you need more hands.",
      "I'd love to hear from you when things calm down.",
      'Was it a good call with the council in the end?',
    ],
    invalid: [
      { text: "I'm hiring Go engineers at Parcelly, interested in a chat?", errors: [{ rule: 'ask-before-give', words: 'a chat' }] },
      {
        text: "I'm writing a book on flood resilience and would love a foreword from you.",
        errors: [{ rule: 'ask-before-give', words: 'would love a foreword from you' }],
      },
      {
        text: 'I read your paper on aquifer recharge and would be grateful to join your group as a PhD student.',
        errors: [{ rule: 'ask-before-give', words: 'would be grateful to join your' }],
      },
    ],
  });
  testRule(salesPitchRule, {
    valid: [],
    invalid: [{ text: 'Happy to offer you a complimentary pension review.', errors: [{ rule: 'sales-pitch' }] }],
  });
});

describe('asks a trade, a lab or a conference makes in its own words', () => {
  testRule(askBeforeGive, {
    valid: [
      'Would it be worth comparing our two rota templates sometime? Mine is attached either way.',
      // Interest sought on their behalf may be an offer as well as an ask: left to the other rules.
      'We have six spare places on the field course, would your students be interested?',
    ],
    invalid: [
      {
        text: "I'm organising a tech day and we're looking for sponsors.",
        errors: [{ rule: 'ask-before-give', words: 'looking for sponsors', severity: 'error' }],
      },
    ],
  });
  testRule(salesPitchRule, {
    valid: [],
    invalid: [
      {
        text: "Let me know if your company needs any electrical work, we're certified and insured.",
        errors: [
          { rule: 'sales-pitch', words: 'if your company needs' },
          { rule: 'sales-pitch', words: 'certified and insured' },
        ],
      },
    ],
  });
  testRule(jobSeekingRule, {
    valid: [],
    invalid: [
      {
        text: 'I read your groundwater papers and hope to do a PhD under your supervision.',
        errors: [{ rule: 'job-seeking', words: 'under your supervision' }],
      },
    ],
  });
});

describe('a paper we talked about, and sympathy for their layoffs', () => {
  testRule(linkPush, {
    valid: ['Great to meet at the summer school. I found the paper on sediment fingerprinting we talked about: doi.org/10.1000/xyz123'],
    invalid: [],
  });
  testRule(jobSeekingRule, {
    valid: ['So sorry to hear about the layoffs at Tarn. I know two teams hiring, happy to introduce you.'],
    invalid: [{ text: 'Since the layoffs I have been looking for a new role in QA.', errors: [{ rule: 'job-seeking' }, { rule: 'job-seeking' }] }],
  });
});

describe("the writer's own time offered, and data that is open", () => {
  testRule(askBeforeGive, {
    valid: [
      'I ran the same pilot last year and made every mistake going. If a 15-min call would save you some of them, happy to.',
      "If the file format is a pain, give me a call and I'll walk you through it.",
    ],
    invalid: [],
  });
  testRule(salesPitchRule, {
    valid: [
      'If a quick call would save you a week of trial and error, say the word.',
      'Would it help if I sent you the software discount list our association keeps?',
    ],
    invalid: [{ text: 'If our platform would save you hours, I can show you.', errors: [{ rule: 'sales-pitch' }, { rule: 'sales-pitch' }] }],
  });
  testRule(linkPush, {
    valid: ["We digitised the 1950-1990 gauge records and they're open: https://data.example.ac.uk/gauges"],
    invalid: [],
  });
});

describe('a trade’s and a ward’s notes: gives in plain words, visits on a day', () => {
  testRule(offersValueRule, {
    valid: [],
    invalid: [
      { text: 'I still owe you a brew for sorting that isolator last minute!', errors: [{ rule: 'offers-value' }] },
      {
        text: 'The merchant with 22mm fittings in stock is Mercer in Dudley, ask for Kev, tell him I sent you.',
        errors: [{ rule: 'offers-value', words: 'tell him I sent you' }],
      },
      {
        text: 'If you ever want a second pair of eyes on the care home ventilation, just shout.',
        errors: [{ rule: 'offers-value', words: 'a second pair of eyes' }],
      },
    ],
  });
  testRule(askBeforeGive, {
    valid: [
      'From our experience LCL to Sydney is about 50 USD per cbm this month, but please check two or three forwarders.',
      'If it would help, I can do a call with your ward leads before go-live to talk through what went wrong for us.',
    ],
    invalid: [
      {
        text: 'Congrats on the school contract! Could I pop in with a brochure next week?',
        errors: [{ rule: 'ask-before-give', words: 'pop in', severity: 'error' }],
      },
      { text: 'Our rate is valid until Friday, pls advise soon.', errors: [{ rule: 'ask-before-give', words: 'pls advise' }] },
    ],
  });
  testRule(salesPitchRule, {
    valid: [
      'When we started ours the venue costs were €400 a night and nearly sank it.',
      'Your article changed how I approach our staffing project.',
    ],
    invalid: [],
  });
  testRule(linkPush, {
    valid: ['Following up from last week: I found the go-live checklist we used, https://docs.example.com/golive'],
    invalid: [
      {
        text: 'I wrote an article on the same topic, maybe you find it interesting: medium.com/@someone/reviews',
        errors: [{ rule: 'link-push' }],
      },
    ],
  });
});

describe('showing up for your own launch is not a give', () => {
  testRule(linkPush, {
    valid: [
      "I've just published our salary benchmark, free and ungated. You were quoted in it, so I thought you'd like to see it: https://bench.example.com",
      'Spotted a typo in your readme so I opened a PR: https://github.com/example/repo/pull/41',
    ],
    invalid: [
      {
        text: "Big fan of your work. I've just launched a newsletter on backend design, thought you'd enjoy it: backendweekly.io",
        errors: [{ rule: 'link-push', words: 'backendweekly.io' }],
      },
    ],
  });
  testRule(askBeforeGive, {
    valid: ["Hope you'll like the slides, they're attached."],
    invalid: [
      {
        text: "Your talk was great! I'm speaking there next year, hope you'll come to my session.",
        errors: [{ rule: 'ask-before-give', words: "hope you'll come" }],
      },
    ],
  });
});

describe('big asks after a warm opening, put softly', () => {
  testRule(jobSeekingRule, {
    valid: ['Your team has room in its rota for one more volunteer on Saturdays, the coordinator told me.'],
    invalid: [
      {
        text: "Loved your post on incident reviews. I'd love to learn more about opportunities on your platform team.",
        errors: [{ rule: 'job-seeking', words: 'opportunities on your' }],
      },
      {
        text: "Your flood-mapping paper is brilliant. I finish my MSc in June and would love to know if there's room in your group.",
        errors: [{ rule: 'job-seeking', words: 'room in your' }],
      },
    ],
  });
  testRule(askBeforeGive, {
    valid: [],
    invalid: [
      {
        text: 'Thanks for your talk at the breakfast, it helped. Any chance you could pass my CV to the hiring manager?',
        errors: [
          { rule: 'ask-before-give', words: 'Any chance you could' },
          { rule: 'ask-before-give', words: 'pass my CV', severity: 'error' },
        ],
      },
      {
        text: 'Congrats on the new wing! I would value any advice or introductions you could offer.',
        errors: [{ rule: 'ask-before-give', words: 'would value any advice' }],
      },
      {
        text: "Enjoyed your Kafka talk. I'm building a lag monitor and would love your feedback on an early version.",
        errors: [{ rule: 'ask-before-give', words: 'feedback on an early' }],
      },
    ],
  });
  testRule(salesPitchRule, {
    valid: ['Our team covers weekends, so happy to help if your rota is short.'],
    invalid: [
      {
        text: 'Thanks for your post on customs changes. My company provides customs brokerage.',
        errors: [{ rule: 'sales-pitch', words: 'My company provides' }],
      },
    ],
  });
});

describe('a place on their books, a mentor, their time: asked however politely', () => {
  testRule(askBeforeGive, {
    valid: ['Thank you so much for the 20 minutes on Friday, it helped more than you know.'],
    invalid: [
      {
        text: "Great to see your firm growing. I'd really like to get on your approved installer list.",
        errors: [{ rule: 'ask-before-give', words: 'on your approved', severity: 'error' }],
      },
      {
        text: 'I enjoyed your article on consolidation. I am looking for a mentor, it would be my honour if you agree.',
        errors: [{ rule: 'ask-before-give', words: 'looking for a mentor' }],
      },
      {
        text: 'I enjoyed your article on consolidation. It would be my honour if you agree to advise me.',
        errors: [{ rule: 'ask-before-give', words: 'would be my honour if you' }],
      },
      {
        text: "I admire your move from nurse to CNIO. I'd be so grateful for 20 minutes of your time.",
        errors: [{ rule: 'ask-before-give', words: '20 minutes' }],
      },
    ],
  });
  testRule(jobSeekingRule, {
    valid: [],
    invalid: [
      {
        text: 'Your wetland work inspired my dissertation. Is your lab taking on any research assistants this summer?',
        errors: [{ rule: 'job-seeking', words: 'taking on any' }],
      },
    ],
  });
  testRule(salesPitchRule, {
    valid: [],
    invalid: [
      { text: "We've just started offering solar PV installs across the county.", errors: [{ rule: 'sales-pitch' }] },
    ],
  });
});

describe('customers by another name, and a trade with room to sell', () => {
  testRule(askBeforeGive, {
    valid: [],
    invalid: [
      {
        text: 'We are developing a river-gauging sensor and are looking for pilot partners.',
        errors: [{ rule: 'ask-before-give', words: 'pilot partners' }],
      },
    ],
  });
  testRule(salesPitchRule, {
    valid: ["We both volunteer with Code for Lima. If your team ever needs another pair of hands, count me in."],
    invalid: [
      {
        text: "We're a local electrical contractor with spare capacity next month.",
        errors: [
          { rule: 'sales-pitch', words: "We're a local electrical contractor" },
          { rule: 'sales-pitch', words: 'spare capacity' },
        ],
      },
      { text: "I'm starting a consultancy helping teams move to Go.", errors: [{ rule: 'sales-pitch' }] },
    ],
  });
});

describe('questions that qualify a buyer or a way in, and counts of customers served', () => {
  testRule(askBeforeGive, {
    valid: ['How did your team handle the failover drill in the end? I keep thinking about your write-up.'],
    invalid: [
      {
        text: 'Hi Kim, how is your team currently handling database failover?',
        errors: [{ rule: 'ask-before-give', words: 'is your team currently' }],
      },
      {
        text: "What's the best way to get onto the tender list for your big projects?",
        errors: [{ rule: 'ask-before-give', words: 'best way to get onto' }],
      },
    ],
  });
  testRule(jobSeekingRule, {
    valid: [],
    invalid: [
      { text: 'How do you find working at DHL? I am thinking to apply there.', errors: [{ rule: 'job-seeking', words: 'thinking to apply' }] },
      { text: "I'm curious what it takes to land a role on your SRE team?", errors: [{ rule: 'job-seeking', words: 'land a role' }] },
    ],
  });
  testRule(salesPitchRule, {
    valid: ['Our team has supported each other through two reorgs, so I get it.'],
    invalid: [
      {
        text: 'How are you finding the EHR rollout? Our consultancy has supported 12 trusts through it.',
        errors: [{ rule: 'sales-pitch', words: 'Our consultancy has supported 12' }],
      },
      { text: "We've seen a lot of teams struggle with exactly this.", errors: [{ rule: 'sales-pitch' }] },
    ],
  });
});

describe('a trade sizing up a prospect, and an intro to their people', () => {
  testRule(askBeforeGive, {
    valid: ['How many of the sites made it through the storm? Thinking of your crews.'],
    invalid: [
      {
        text: 'How did you find your first civilian job? I would appreciate an intro to your recruiter.',
        errors: [{ rule: 'ask-before-give', words: 'an intro to your', severity: 'error' }],
      },
      {
        text: 'How many sites are you running at the moment? Always looking for main contractors to partner with.',
        errors: [
          { rule: 'ask-before-give', words: 'How many sites' },
          { rule: 'ask-before-give', words: 'to partner with' },
        ],
      },
    ],
  });
  testRule(salesPitchRule, {
    valid: ['You asked which device farm is cheapest. We compared three, about $250 a month was the best price we found.'],
    invalid: [
      { text: 'My company can support with full customs service at good price.', errors: [{ rule: 'sales-pitch' }, { rule: 'sales-pitch' }] },
      { text: "We've got two crews free from March.", errors: [{ rule: 'sales-pitch', words: 'crews free' }] },
    ],
  });
  testRule(jobSeekingRule, {
    valid: [],
    invalid: [{ text: 'I would also love to know if your department has any postdoc plans.', errors: [{ rule: 'job-seeking' }] }],
  });
});

describe('a question first is attention, not a give that licenses the ask', () => {
  testRule(askBeforeGive, {
    valid: [],
    invalid: [
      {
        text: "Hi Sam, what drew you to project management after the army? I'd love to pick your brain over a call sometime soon.",
        errors: [
          { rule: 'ask-before-give', words: 'pick your brain', severity: 'warning' },
          { rule: 'ask-before-give', words: 'a call', severity: 'warning' },
        ],
      },
      {
        text: 'Hi Lars, what are you working on these days? Would love to find ways to collaborate.',
        errors: [{ rule: 'ask-before-give', words: 'ways to collaborate' }],
      },
      {
        text: "What's your take on the new building regs? Keen to see if there's a fit between our firms.",
        errors: [{ rule: 'ask-before-give', words: "if there's a fit" }],
      },
    ],
  });
  testRule(salesPitchRule, {
    valid: [],
    invalid: [{ text: "We're about to launch a managed service for exactly that.", errors: [{ rule: 'sales-pitch' }] }],
  });
});

describe('congratulations cost nothing: they do not license the ask after them', () => {
  testRule(askBeforeGive, {
    valid: ['Saw your first client announcement, congrats! A rep on my team used your opening line in a demo and it landed.'],
    invalid: [
      {
        text: 'Loved your talk on pricing at ProductCon, and congrats on the new role! Could I pick your brain about breaking into product?',
        errors: [{ rule: 'ask-before-give', severity: 'warning' }],
      },
      {
        text: "Your replication paper is out, congratulations! I've shared it with our journal club. Would you be open to us sending questions?",
        errors: [{ rule: 'ask-before-give', severity: 'info' }],
      },
    ],
  });
});

describe("a recruiter's mandate, rates to discuss, dates left, a culture transformed", () => {
  testRule(askBeforeGive, {
    valid: [],
    invalid: [
      { text: 'We run daily trucks from the port to Venlo, shall we discuss rates?', errors: [{ rule: 'ask-before-give', words: 'discuss rates' }] },
      { text: "I have an idea for your team I'd love to run by you.", errors: [{ rule: 'ask-before-give', words: 'run by you' }] },
    ],
  });
  testRule(salesPitchRule, {
    valid: [],
    invalid: [
      { text: 'Ten years at Straits, rare loyalty! I have a COO mandate you might like.', errors: [{ rule: 'sales-pitch', words: 'a COO mandate' }] },
      { text: 'Our garden terrace has a few winter Saturdays left.', errors: [{ rule: 'sales-pitch', words: 'Saturdays left' }] },
      { text: 'Mindful leadership can transform your team culture.', errors: [{ rule: 'sales-pitch', words: 'can transform your' }] },
    ],
  });
});

describe('a job search after a friendly question', () => {
  testRule(jobSeekingRule, {
    valid: ['Our team has six old phones for testing, free to give. If you need, please tell me.'],
    invalid: [
      { text: 'How is your new position? I am searching new opportunity in warehouse field.', errors: [{ rule: 'job-seeking', words: 'searching new opportunity' }] },
      { text: "What inspired your drainage work? I'm applying for the lecturer post in your school.", errors: [{ rule: 'job-seeking', words: 'post in your' }] },
      { text: "I'm a nurse from Manila hoping to move to your trust.", errors: [{ rule: 'job-seeking', words: 'hoping to move to your' }] },
    ],
  });
  testRule(askBeforeGive, {
    valid: [],
    invalid: [
      { text: "I'm writing a book on serverless and looking for reviewers.", errors: [{ rule: 'ask-before-give', words: 'looking for reviewers' }] },
      { text: "I'm out in six weeks and still haven't landed anything, any help appreciated.", errors: [{ rule: 'ask-before-give', words: 'any help appreciated' }] },
    ],
  });
});

describe('sales material by its usual names, and a formal chase', () => {
  testRule(salesPitchRule, {
    valid: ['Your case studies on flood response were the best part of the course.'],
    invalid: [
      { text: "I've attached our company profile in case it is of interest.", errors: [{ rule: 'sales-pitch', words: 'our company profile' }] },
      { text: "We're rolling out battery systems, happy to share a case study if useful.", errors: [{ rule: 'sales-pitch', words: 'share a case study' }] },
    ],
  });
  testRule(askBeforeGive, {
    valid: [],
    invalid: [
      { text: 'I have sent you an email about the studentship, kindly check when you have time.', errors: [{ rule: 'ask-before-give', words: 'kindly check' }] },
    ],
  });
});
