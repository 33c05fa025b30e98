import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { specificDetail } from './specific-detail';
import { salesPitchRule } from './sales-pitch';
import { jobSeekingRule } from './job-seeking';
import { offersValueRule } from './offers-value';
import { pushyFollowUp } from './pushy-follow-up';

// Session 21 (issue 12): the two check sets session 20 left unread (a Manchester paramedic and a
// Singapore HR partner; an Alabama owner-operator trucker and a PhD student in Eindhoven), read at
// last. The shapes their notes showed, in our own words.

describe('what they need not do asks nothing of them', () => {
  testRule(askBeforeGive, {
    valid: [
      'The bike racks behind the library are free again and nobody checks. You don’t need to join my club to use them, just lock up well.',
      'Slides are attached. You do not have to share them with my name on, use them however helps.',
    ],
    invalid: [
      { text: 'New route guide is out. You need to join my group to see it, link below.', errors: [{ rule: 'ask-before-give' }] },
    ],
  });
});

describe('backing, a job and an employer sized up, asked sideways', () => {
  testRule(askBeforeGive, {
    valid: [],
    invalid: [
      {
        text: 'Your piece on night-shift fatigue was spot on. I am writing to the board about rotas, and I want to put your name to the letter.',
        errors: [{ rule: 'ask-before-give', words: 'put your name to' }],
      },
      {
        text: 'Eight years on the wards and theatre admin is where I want to be next. If there’s ever a word in an ear going at your hospital, I’d be grateful.',
        errors: [{ rule: 'ask-before-give', words: 'a word in an ear' }],
      },
      {
        text: 'Hope the new rig is running sweet! Roughly what are you grossing a month these days?',
        errors: [{ rule: 'ask-before-give', words: 'you grossing' }],
      },
      {
        text: 'May I ask, does your lab sponsor the skilled worker visa for people finishing a doctorate?',
        errors: [{ rule: 'ask-before-give', words: 'sponsor the skilled worker visa' }],
      },
    ],
  });
});

describe('a question in quotes is no memory of theirs', () => {
  testRule(specificDetail, {
    valid: [
      'This spring I run a short ‘are you covered?’ check for anyone who asks.',
      'Were you told about the new rota? Either way it starts Monday.',
    ],
    invalid: [
      { text: 'The rota you drew up for the winter saved our Christmas.', errors: [{ rule: 'specific-detail', words: 'you drew' }] },
    ],
  });
});

// Round 42 (an imam in Detroit and a Berlin UX researcher; a Sydney nanny opening a day care and a
// Mumbai quant; a west Texas ranch-insurance agent and a Montreal poet and translator).

describe('a building fund, fear of finding out too late, their bill to be beaten, a referee asked for', () => {
  testRule(salesPitchRule, {
    valid: ['The hall was rebuilt with the naming of the rooms left to the children. Come see it.'],
    invalid: [
      { text: 'Join us for supper on Friday; afterwards we walk through the new wing and its naming opportunities.', errors: [{ rule: 'sales-pitch', words: 'naming opportunities' }] },
      { text: 'Most families never check their flood cover until it’s too late. Worth a look at yours?', errors: [{ rule: 'sales-pitch', words: 'until it’s too late' }] },
      { text: 'Knew your uncle from the county fair. Happy to go over what you’re paying on the barn and see if I can’t do you better.', errors: [{ rule: 'sales-pitch', words: 'what you’re paying' }, { rule: 'sales-pitch', words: 'can’t do you better' }] },
      { text: 'Loved your piece on toddler sleep! I held a place for little ones nearby, want me to flick you our enrolment form?', errors: [{ rule: 'sales-pitch', words: 'flick you our enrolment' }] },
    ],
  });
  testRule(askBeforeGive, {
    valid: [],
    invalid: [
      { text: 'We chatted at the school gate once. The licensing office needs two referees and you seemed lovely, ok if I put your name down?', errors: [{ rule: 'ask-before-give', words: 'put your name down' }] },
    ],
  });
});

describe('money after its figure, a little asked for, a book sold from my site', () => {
  testRule(salesPitchRule, {
    valid: [
      'Thank you for the interview on Tuesday. The 40 € voucher should arrive by email this week.',
      'You asked how I set my day rate. Honestly, it was 450 € when I started and I felt shy saying it.',
    ],
    invalid: [
      { text: 'Your essay on winter stayed with me. My chapbook needs printing money, even 15$ helps.', errors: [{ rule: 'sales-pitch', words: '15' }] },
      { text: 'I wrote a little book of lullabies. It is 22 € on my site if you like.', errors: [{ rule: 'sales-pitch', words: '22' }] },
    ],
  });
});

describe('a price told to someone stuck on what to charge; a fee denied', () => {
  testRule(salesPitchRule, {
    valid: [
      'You said you were stuck on what to charge. For what it is worth I ask $16/hr and a half-day rate for babies.',
      'Saw your thread on volatility. The university has a public talk on it Thursday at six. No registration fee, just turn up.',
    ],
    invalid: [{ text: 'The workshop has a registration fee, payable on the day.', errors: [{ rule: 'sales-pitch', words: 'registration fee' }] }],
  });
});

describe('their advice on my CV, told back; what they read, told', () => {
  testRule(askBeforeGive, {
    valid: [
      'Your advice to cut the adjectives from my CV and show the numbers changed everything. Rewritten already.',
      'I only now found your review of my book. You read it so closely, even the notes at the back.',
    ],
    invalid: [
      { text: 'I would love your advice on my CV before Friday.', errors: [{ rule: 'ask-before-give' }] },
      { text: 'Would you read it and tell me what you think?', errors: [{ rule: 'ask-before-give' }] },
    ],
  });
});

describe('a funder\'s call for people is no phone call', () => {
  testRule(askBeforeGive, {
    valid: ['The arts council has a call for literary translators, deadline in March. Thought of you!'],
    invalid: [{ text: 'Could we set up a call for next week?', errors: [{ rule: 'ask-before-give' }] }],
  });
});

describe('a layoff that dates something else is no job search', () => {
  testRule(jobSeekingRule, {
    valid: [
      'You were so kind to me when I was laid off. I think of it often. Hope the garden is thriving.',
      'We sat next to each other until the layoffs in May. Never got to say goodbye. Hope you are well.',
    ],
    invalid: [{ text: 'I was laid off last week and would love to hear about roles on your team.', errors: [{ rule: 'job-seeking' }] }],
  });
});

describe('asked after or back in town, after a greeting; congratulations in the writer\'s language', () => {
  testRule(specificDetail, {
    valid: ['Hi Ana, how was your week?'],
    invalid: [
      { text: 'Hello Ruth, how was the residency in Tromsø? I hope the fjords were good to your poems.', errors: [{ rule: 'specific-detail', words: 'how was the residency' }] },
      { text: 'Cody, heard you’re back in Abilene. Old crew meets at the diner Sundays, come by.', errors: [{ rule: 'specific-detail', words: 'you’re back in Abilene' }] },
    ],
  });
  testRule(offersValueRule, {
    valid: [],
    invalid: [
      { text: 'Félicitations pour le prix, Noor! Your story made me miss my stop.', errors: [{ rule: 'offers-value', words: 'Félicitations' }] },
      { text: 'Parabéns on the new clinic, Lúcia!', errors: [{ rule: 'offers-value', words: 'Parabéns' }] },
    ],
  });
});

describe('words any reader has are no detail: a reply waited for, a summer holiday, the county of a county', () => {
  testRule(specificDetail, {
    valid: [
      'Writing again about my last message. I would appreciate your reply at your earliest convenience.',
      'Looking forward to your answer. Thanks in advance.',
      'I hope your summer holiday was restful. I have one small request about the internship.',
      { text: 'Our county crews are stretched this spring, like everyone.', recipient: { company: 'Harlow County Roads' } },
    ],
    invalid: [
      { text: 'Your reply to my question on the forum fixed my build.', errors: [{ rule: 'specific-detail', words: 'Your reply' }] },
      { text: 'The Harlow bridge crews did great work this spring.', recipient: { company: 'Harlow County Roads' }, errors: [{ rule: 'specific-detail', words: 'Harlow' }] },
    ],
  });
});

// Round 44 (a Louisiana storm-crew lineman and an Arusha tour operator; a Welsh farm bookkeeper and a
// Bali yoga-studio owner; a Tel Aviv CTO and a Cape Town archivist).

describe('the way in, a testimonial, money for the cause and time, asked in other words', () => {
  testRule(askBeforeGive, {
    valid: ['Thank you for any contribution you made to the auction last year, it bought the new shelving.'],
    invalid: [
      { text: 'Saw your crew on the news after the ice storm, sharp work. Who does the hiring for your outfit?', errors: [{ rule: 'ask-before-give', words: 'Who does the hiring' }] },
      { text: 'We have six trucks free next month. Tell me who I need to talk to at the co-op.', errors: [{ rule: 'ask-before-give', words: 'who I need to talk to' }] },
      { text: 'It has been a joy doing your accounts. Could you write a few words about me on here?', errors: [{ rule: 'ask-before-give', words: 'a few words about me' }] },
      { text: 'The river museum is seeking donations for its new roof.', errors: [{ rule: 'ask-before-give', words: 'seeking donations' }] },
      { text: 'I would value your impression of our new search page; it takes a quarter of an hour.', errors: [{ rule: 'ask-before-give', words: 'value your impression' }, { rule: 'ask-before-give', words: 'a quarter of an hour' }] },
      { text: 'Curious, how many engineers are on your data team these days?', errors: [{ rule: 'ask-before-give' }] },
    ],
  });
  testRule(salesPitchRule, {
    valid: [],
    invalid: [
      { text: 'Greetings from the lodge! We give a special price for agents this season.', errors: [{ rule: 'sales-pitch', words: 'special price' }] },
      { text: 'Three farms near you moved their books to me last year. Come April it might be worth comparing.', errors: [{ rule: 'sales-pitch', words: 'worth comparing' }] },
    ],
  });
});

describe('a friend\'s trade passed on with nothing in it for me; a loan of what I have; a job lead for their people', () => {
  testRule(salesPitchRule, {
    valid: ['You asked about a quiet venue. My cousin has a farmhouse with six rooms, good price, kind people. I get nothing from it, just want your retreat to go well.'],
    invalid: [],
  });
  testRule(offersValueRule, {
    valid: [],
    invalid: [{ text: 'Heard the storm hit your street. We have a spare generator, it is yours as long as you need it.', errors: [{ rule: 'offers-value', words: 'yours as long as' }] }],
  });
  testRule(jobSeekingRule, {
    valid: ['So sorry the company is closing. If any of your drivers need work, the depot in Moshi is taking on four.'],
    invalid: [{ text: 'If anyone at your company is hiring, I need work before the winter.', errors: [{ rule: 'job-seeking' }] }],
  });
  testRule(jobSeekingRule, {
    valid: ['Mrs Owen rang to say you’d told her to hire me for her books. Thank you, truly.'],
    invalid: [],
  });
});

describe('free bait with a duration and a kind before its noun', () => {
  testRule(salesPitchRule, {
    valid: ['The library runs a free 20-minute story session on Saturdays; my two love it.'],
    invalid: [
      { text: 'This month I am offering a free 30-minute site safety walk-through to new lodges. Most find gaps.', errors: [{ rule: 'sales-pitch', words: 'free 30-minute site safety walk' }] },
    ],
  });
});

// Round 43, read as a check set's last use (an Ohio hygienist turned dental-supply rep; a Seoul
// game-studio producer hiring). It had measured 17/20 · 27/32 · 0 at its first run; after round 44's
// mends, 17/20 · 26/32 · 1: the free-bait reach had made "a free key, no review needed" bait.

describe('a bait word denied is no bait; samples and a visit offered to a stranger sell', () => {
  testRule(salesPitchRule, {
    valid: ['You said your thesis is on level pacing. I can send a free Steam key, no review or feedback needed.'],
    invalid: [
      { text: 'Hi Dr. Okafor! New rep for the area here, I’d love to drop off some samples for your practice.', errors: [{ rule: 'sales-pitch', words: 'drop off some samples' }] },
    ],
  });
  testRule(askBeforeGive, {
    valid: [],
    invalid: [
      { text: 'When is a good day for me to come by with the new catalogue?', errors: [{ rule: 'ask-before-give', words: 'a good day for me to' }] },
      { text: 'Your friend at the label, is she person who decide new signings?', errors: [{ rule: 'ask-before-give', words: 'person who decide' }] },
      { text: 'Loved your review! If you can put us in same email thread with your editor, I prepare everything.', errors: [{ rule: 'ask-before-give', words: 'in same email thread' }] },
    ],
  });
});

describe('checking in with the question in the same breath is care', () => {
  testRule(pushyFollowUp, {
    valid: ['Just checking in — how did the first week on the new ward go?'],
    invalid: [{ text: 'Just checking in - how did my proposal land with the board?', errors: [{ rule: 'pushy-follow-up' }] }],
  });
});

describe('pricing put together for their sites: the sites are no detail, the pricing sells', () => {
  testRule(specificDetail, {
    valid: ['Did you see the catalogue I sent? Happy to cost it out for both of your locations.'],
    invalid: [],
  });
  testRule(salesPitchRule, {
    valid: [],
    invalid: [{ text: 'Happy to put together pricing for your two clinics whenever you are ready!', errors: [{ rule: 'sales-pitch', words: 'put together pricing' }] }],
  });
});

// Round 45's first author (a Newfoundland fisherman on a harbour board; a Lima dentist opening a
// second clinic). Its second author stays unread, the session's check set.

describe('a board vote and a practice sized, asked; a lift given and a price told because they asked, not sold', () => {
  testRule(askBeforeGive, {
    valid: [],
    invalid: [
      { text: 'Meeting is Thursday. Need your vote on the mooring fees, read the paper and vote yes.', errors: [{ rule: 'ask-before-give', words: 'Need your vote' }, { rule: 'ask-before-give', words: 'vote yes' }] },
      { text: 'Curious, Dr. Vega: do you place the crowns yourself? And roughly how many a month?', errors: [{ rule: 'ask-before-give', words: 'how many a month' }] },
    ],
  });
  testRule(salesPitchRule, {
    valid: [
      'If you ever want to meet old Tom, he knows every shoal off the point. I can drive you out some Sunday.',
      'You asked what the scanner cost. I paid 17,000 with training, and the dealer gives another 10% discount if you ask. Only to help.',
    ],
    invalid: [{ text: 'Our software can drive your bookings up by 30% in a quarter.', errors: [{ rule: 'sales-pitch', words: 'Our software' }, { rule: 'sales-pitch', words: 'can drive your' }] }],
  });
  testRule(offersValueRule, {
    valid: [],
    invalid: [{ text: 'Heard the storm took your nets. Got two spare in the shed, DM me and they’re yours.', errors: [{ rule: 'offers-value', words: 'and they’re yours' }] }],
  });
});

describe('a detail before a pivot to the ask ("By the way", "I have one request", "Because of this") is the way in', () => {
  testRule(specificDetail, {
    valid: [
      'Loved your talk on flaky tests at DevOpsDays. By the way, could we grab a virtual coffee?',
      'Your photos from the Dolomites are stunning! I have one request: could you look over my application?',
      'I enjoyed your review of Moss Lantern. Because of this I think you would love our game. Could you write a review?',
    ],
    invalid: [
      { text: 'Loved your talk on flaky tests at DevOpsDays. Could we grab a virtual coffee sometime?', errors: [{ rule: 'specific-detail', words: 'your talk' }] },
      { text: 'Loved your talk on flaky tests at DevOpsDays. By the way, the slides link in the abstract is broken.', errors: [{ rule: 'specific-detail', words: 'your talk' }] },
    ],
  });
});

describe('a call asked so the writer can tell what they saw', () => {
  testRule(askBeforeGive, {
    valid: ['Ice is loose past the cape, growlers close in off the point. If you’re heading out Thursday give me a call on 16 and I’ll tell you what I seen.'],
    invalid: [{ text: 'Give me a call this week and I’ll tell you more about our gear.', errors: [{ rule: 'ask-before-give' }] }],
  });
});
