import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { pushyFollowUp } from './pushy-follow-up';
import { salesPitchRule } from './sales-pitch';
import { specificDetail } from './specific-detail';
import { jobSeekingRule } from './job-seeking';

// Session 20 (issue 12, the check set round 37 left unread: a Leeds maths teacher and a coffee
// roaster in Addis Ababa writing English as a second language). The shapes their notes showed, in
// our own words.

describe('a referral asked as a hope, a product asked onto their menu', () => {
  testRule(askBeforeGive, {
    valid: [
      'Your bakery closing is a loss for the whole street. I want to send you a kilo of our beans, only for you. There is nothing to buy after.\n\nIf you accept, please send me the address.',
      'I rang the archive for you and they will hold the box until Friday. No need to send me anything, it is done.',
    ],
    invalid: [
      {
        text: 'Lovely to see the bakery open at last. If anyone at the chamber asks for a caterer, I’d be thrilled if my name came to mind.',
        errors: [{ rule: 'ask-before-give', words: 'my name came to' }],
      },
      {
        text: 'Thank you for the kind review last spring. If you know other shop owners who like our honey, please share my name with them.',
        errors: [{ rule: 'ask-before-give', words: 'share my name' }],
      },
      {
        text: 'Congratulations on the new taproom! Perhaps our pear cider could find a place on your menu this summer?',
        errors: [{ rule: 'ask-before-give', words: 'a place on your' }],
      },
      {
        text: 'No need for a long reply. Could you send me the buyer’s email?',
        errors: [{ rule: 'ask-before-give' }],
      },
    ],
  });
});

describe('places counted in a trip for sale, a reward for each buyer, prices someone else publishes', () => {
  testRule(salesPitchRule, {
    valid: [
      'As promised, here are the figures for your article. I put the link to the official price list below so you can check them yourself.',
      'Our Saturday cupping is free and still has 3 places, nothing to buy. Just come and taste with us.',
    ],
    invalid: [
      {
        text: 'Your hiking photos are wonderful. Our October trek in the Simien mountains still has 4 places, guides and meals included.',
        errors: [{ rule: 'sales-pitch', words: 'still has 4 places' }],
      },
      {
        text: 'Thanks again for the kind words! For every friend who orders from our shop, I will send you a bag as a thank-you.',
        errors: [{ rule: 'sales-pitch', words: 'For every friend who orders' }],
      },
    ],
  });
});

// Round 38, read this session after its first run: a hospice nurse in Cork and a São Paulo payments
// product manager; a Lagos event planner and a retired submarine officer who teaches JROTC in Georgia.

describe('asks for a decision-maker, a benefit sized up, money for a cause, a post, advice', () => {
  testRule(askBeforeGive, {
    valid: [
      'Our unit has two extra tickets to the winter gala, free of charge. We would be honoured to have you as our guests. Dinner at 7, the Armory. A reply here is all the RSVP we need.',
      'I remember you wanted to move into hospital admin. My cousin at St Luke’s is hiring a coordinator. Happy to send your CV to her directly.',
    ],
    invalid: [
      {
        text: 'Your appeal for the hospice was wonderful. How does Brennan Foods pick its charity partner? Does it go through one person or a committee?',
        errors: [{ rule: 'ask-before-give' }],
      },
      {
        text: 'Thanks for connecting. I run a free taster session on resilience for nurses. Would your ward managers benefit?',
        errors: [{ rule: 'ask-before-give', words: 'Would your ward managers benefit' }],
      },
      {
        text: 'Loved your post on the marathon! My cycle page is pinned on my profile if you fancied throwing a few quid at it.',
        errors: [{ rule: 'ask-before-give', words: 'a few quid at' }],
      },
      {
        text: 'We both served on the Tucson. I am looking at the same move and would value your perspective on how you got there.',
        errors: [{ rule: 'ask-before-give', words: 'value your perspective' }],
      },
      {
        text: 'Should the deputy head post open next term, I would be honoured to have my name in the mix.',
        errors: [{ rule: 'ask-before-give', words: 'my name in the mix' }],
      },
    ],
  });
});

describe('a free sample of a paid course, savings, what a vendor sees; tickets to spare', () => {
  testRule(salesPitchRule, {
    valid: ['Our squadron has four extra tickets to the ball, free of charge, if you and your wife would like to join us.'],
    invalid: [
      {
        text: 'Congratulations on your new post! As a welcome, I’d be glad to offer your staff a sampler of our full 10-week leadership course.',
        errors: [{ rule: 'sales-pitch', words: 'a sampler of our' }],
      },
      {
        text: 'Cool profile! If you ever want to pay less on card fees, I know some people, just say the word.',
        errors: [{ rule: 'sales-pitch', words: 'want to pay less' }],
      },
      {
        text: 'Congrats on the raise! This is usually when teams revisit their payroll setup.',
        errors: [{ rule: 'sales-pitch', words: 'teams revisit their' }],
      },
    ],
  });
});

describe('checking in on them is care; checking in on my proposal chases', () => {
  testRule(pushyFollowUp, {
    valid: [
      'Just checking in after Saturday. The first night shift like that is a lot, and you were so calm with him.',
      'Just checking in on you after the funeral. Thinking of you all.',
    ],
    invalid: [
      { text: 'Just checking in after my email on Monday.', errors: [{ rule: 'pushy-follow-up', words: 'Just checking in' }] },
      { text: 'Just checking in on the proposal from last week.', errors: [{ rule: 'pushy-follow-up', words: 'Just checking in' }] },
    ],
  });
});

describe('the people and the kind of place a seller would serve are no detail; what that place did is', () => {
  testRule(specificDetail, {
    valid: [
      'Fellow machinist here. Think your crews would like our new insulated tool bags.',
      'I think your buyers will find our new twill very interesting.',
    ],
    invalid: [
      {
        text: 'Your store still donated 40 sheets of ply to our ramp build last spring. Never got to thank you in person.',
        errors: [{ rule: 'specific-detail', words: 'Your store still donated' }],
      },
    ],
  });
});

// Round 39, read this session after its first run: a large-animal vet in New South Wales and a
// programme officer at a Nairobi NGO.

describe('a check-in that asks after them, a funder’s call, a move made; their team as my audience', () => {
  testRule(pushyFollowUp, {
    valid: ['Dear Amina, just checking in. How is the little one? The office misses you.'],
    invalid: [{ text: 'Just checking in. How is the proposal looking on your side?', errors: [{ rule: 'pushy-follow-up' }] }],
  });
  testRule(askBeforeGive, {
    valid: ['The Harambee Trust has just opened a call for women-led farming projects, deadline 30 June. Your co-op fits it well.'],
    invalid: [
      {
        text: 'Good to see you doing well at the co-op. I have built a herd-records app. Would be great to get it in front of your field team.',
        errors: [{ rule: 'ask-before-give', words: 'get it in front of' }],
      },
    ],
  });
  testRule(specificDetail, {
    valid: [],
    invalid: [{ text: 'I saw you have moved to Mombasa, I hope the heat is kind to you.', errors: [{ rule: 'specific-detail', words: 'you have moved to Mombasa' }] }],
  });
});

// Round 39's second author: a Scottish golf club professional and a freelance mobile developer in Kraków.

describe('a rate for their members, a seller’s probe, free capacity, who will decide; a ticket offered', () => {
  testRule(salesPitchRule, {
    valid: ['Growing at a steady pace, the club has room for six more juniors this season.'],
    invalid: [
      {
        text: 'Congratulations on the new clubhouse! Should your members want lessons, I’d put something together at a members’ rate.',
        errors: [{ rule: 'sales-pitch', words: 'at a members’ rate' }],
      },
      { text: 'Congrats on the seed round! I have eight years with Flutter and free capacity from May.', errors: [{ rule: 'sales-pitch', words: 'free capacity' }] },
    ],
  });
  testRule(askBeforeGive, {
    valid: ['I have a free ticket for the mobile summit on Friday and I cannot go. Would you like it? No strings.'],
    invalid: [
      { text: 'I see you took up golf this year. Is it something you’d want to get down before next season?', errors: [{ rule: 'ask-before-give' }] },
      { text: 'Lovely to meet you at the expo last week. Who will decide on the new booking system?', errors: [{ rule: 'ask-before-give' }] },
    ],
  });
});

// Round 39's third author: a New Orleans chef-owner and a bilingual Ottawa librarian.

describe('a free meal for people laid off, a farm passed on with no affiliation; early-bird prices, a vendor list', () => {
  testRule(jobSeekingRule, {
    valid: ['We are doing a free family meal for everybody laid off when the mill closed, Monday 3pm at the hall.'],
    invalid: [{ text: 'I was laid off in March.', errors: [{ rule: 'job-seeking', words: 'laid off' }] }],
  });
  testRule(salesPitchRule, {
    valid: [
      'Free family meal Monday 3pm at the union hall, no cost, no sign-up, kids welcome.',
      'You asked where to get whole hogs at a fair price: Bertrand Farm in Opelousas. No affiliation, I just love them.',
      'Our conversation circles are free for everyone, no card needed.',
    ],
    invalid: [{ text: 'My 8-week mentorship starts March 3, early-bird’s $450 through Friday.', errors: [{ rule: 'sales-pitch' }] }],
  });
  testRule(askBeforeGive, {
    invalid: [
      { text: 'We are updating our vendor list. Please accept my invitation and send your current catalogue.', errors: [{ rule: 'ask-before-give', words: 'send your current catalogue' }] },
      { text: 'Whoever ends up catering the conference, I’d love for it to be us.', errors: [{ rule: 'ask-before-give', words: 'for it to be us' }] },
    ],
    valid: [],
  });
});

// Round 38's unread third author (a Pittsburgh union electrician, an Osaka-born architect in
// Vancouver) and round 40's second (a Saskatchewan wheat farmer, a Madrid PR consultant), read together.

describe('when they book, agency or in-house, a fee to be listed, a name remembered, a quote offered', () => {
  testRule(askBeforeGive, {
    valid: [],
    invalid: [
      { text: 'Saw you took over buying at the mill. Congrats. When do you start booking next year?', errors: [{ rule: 'ask-before-give' }] },
      { text: 'Quick question, only curiosity: you manage the press with an agency or internal?', errors: [{ rule: 'ask-before-give' }] },
      { text: 'Loved your soil article. If you ever need a farmer to quote, I don’t mind being named.', errors: [{ rule: 'ask-before-give', words: 'need a farmer to quote' }, { rule: 'ask-before-give', words: 'don’t mind being named' }] },
      { text: 'It would be an honour if our studio’s name were remembered when the shortlist is made.', errors: [{ rule: 'ask-before-give', words: 'name were remembered' }] },
    ],
  });
  testRule(salesPitchRule, {
    valid: [],
    invalid: [
      { text: 'Would be an honour to include you in our experts list! Only we ask a small contribution of 300€ for the management.', errors: [{ rule: 'sales-pitch', words: 'a small contribution' }] },
      { text: 'I run safety training on the side. OSHA 10 and 30, group rates.', errors: [{ rule: 'sales-pitch', words: 'group rates' }] },
    ],
  });
});

describe('asked after or grieved with: something in their life is a detail', () => {
  testRule(specificDetail, {
    valid: ['How was your day? Hope all is well.', 'So sorry for your time on hold, the line is busy.'],
    invalid: [
      { text: 'How’d the knee surgery go? Take your time, the shop is not going anywhere.', errors: [{ rule: 'specific-detail', words: 'How’d the knee' }] },
      { text: 'Sorry to hear about your dad. He helped us fix a combine in ’98 and wouldn’t take a dime.', errors: [{ rule: 'specific-detail' }] },
    ],
  });
});
