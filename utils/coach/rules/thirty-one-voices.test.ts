import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { genuineQuestion } from './genuine-question';
import { jobSeekingRule } from './job-seeking';
import { offersValueRule } from './offers-value';
import { salesPitchRule } from './sales-pitch';

// Session 18 (issue 12, round 31): a retired firefighter who teaches free CPR classes and a sports
// physiotherapist in Porto, a VA peer-support specialist and a cocoa exporter in Accra, a retired Navy
// corpsman who runs fishing days for veterans and a dentist in Spokane. The shapes their notes
// showed, in our own words.

describe('thanks said in the writer’s first language', () => {
  testRule(offersValueRule, {
    valid: ['We named the café Grazie after my grandmother, who loved Rome.'],
    invalid: [
      { text: 'Gracias for the lift to the airport last week, Tom. I made my flight because of you.', errors: [{ rule: 'offers-value', words: 'Gracias for the lift' }] },
      { text: 'Asante for your kind comment on my post about the school garden. My students read it twice.', errors: [{ rule: 'offers-value', words: 'Asante for your kind' }] },
    ],
  });
});

describe('someone else’s opening passed on, with its pay', () => {
  testRule(salesPitchRule, {
    valid: [
      'A friend of mine is hiring a weekend baker, $16/hr plus tips. Thought of you after your post.',
      'One of our volunteers is hiring an apprentice electrician, $22/hr. You said your nephew was looking.',
    ],
    invalid: [
      { text: 'We’re hiring two line cooks, $21/hr. Great kitchen.', errors: [{ rule: 'sales-pitch', words: 'We’re hiring' }] },
      { text: 'Our clinic is hiring a receptionist, $19/hr. Send me anyone good.', errors: [{ rule: 'sales-pitch', words: '19' }] },
      { text: 'A client is hiring a finance controller, $70/hr. Open to hearing more?', errors: [{ rule: 'sales-pitch', words: '70' }] },
    ],
  });
});

describe('places left in a free thing, "no cost, no catch" in the same breath', () => {
  testRule(salesPitchRule, {
    valid: [
      'Heard you just moved to Leeds. Free first-aid morning at the scout hut, Saturday 10 to 12. 8 spots left, no cost, no catch. Text me if you want one.',
    ],
    invalid: [
      { text: 'Free strategy session this week: 3 spots left, no cost, no catch.', errors: [{ rule: 'sales-pitch', words: 'no cost' }] },
      { text: 'Our bootcamp starts Monday. 5 spots left, grab yours.', errors: [{ rule: 'sales-pitch', words: 'spots left' }] },
    ],
  });
});

describe('a free thing, passed on if it helps others', () => {
  testRule(askBeforeGive, {
    valid: [
      'Our free tax help evening for seniors is Tuesday 6pm at the Elm Street library. No appointment needed. Please share if useful!',
      'The hall is running free bike repairs on Sunday morning. Please forward it if it helps anyone on your team.',
    ],
    invalid: [
      { text: 'I wrote a post on hiring juniors last week. Please share it if useful.', errors: [{ rule: 'ask-before-give', words: 'Please share it' }] },
      { text: 'I am looking for a junior analyst role. Please share my profile if useful.', errors: [{ rule: 'ask-before-give', words: 'Please share my' }] },
      { text: 'Our shelter needs £2,000 by Friday. Please share our appeal if it helps.', errors: [{ rule: 'ask-before-give', words: 'Please share our' }] },
    ],
  });
});

describe('questions that look for the buyer, the budget or the make-or-buy', () => {
  testRule(askBeforeGive, {
    valid: [
      'Your post on the night the river came up was a lesson. Who makes the bread at your shelter, by the way? It looked amazing.',
      'How did your team decide what to cut when the budget shrank last year?',
    ],
    invalid: [
      { text: 'Quick one: do your couples bring their own florist? And roughly what budget do they work with?', errors: [{ rule: 'ask-before-give' }] },
      { text: 'How many of your drivers are certified this year? And do you run refreshers in house or send them out?', errors: [{ rule: 'ask-before-give' }, { rule: 'ask-before-give' }] },
    ],
  });
});

describe('the buyer sought is no curiosity', () => {
  testRule(genuineQuestion, {
    valid: ['Loved your piece on lifeguard training at the county pools. What do your pools have in place today, and who makes that call?'],
    invalid: [
      { text: 'Loved your piece on lifeguard training at the county pools. What made you start training teenagers as instructors?', errors: [{ rule: 'genuine-question' }] },
    ],
  });
});

describe('a sale said without a figure, a sponsor asked as a need, a supplier asked after', () => {
  testRule(salesPitchRule, {
    valid: ['Our co-op posts a free price sheet every month; happy to forward it, not tied to buying from us.'],
    invalid: [
      { text: 'I can keep one box for you at the neighbours’ price. Shall I put your name down?', errors: [{ rule: 'sales-pitch', words: 'at the neighbours’ price' }] },
      { text: 'Our spring lambs are in, would be perfect for your Sunday menu.', errors: [{ rule: 'sales-pitch', words: 'would be perfect for your' }] },
    ],
  });
  testRule(askBeforeGive, {
    valid: ['Congrats on the new marina wing. Our class used your ramp last spring and loved it.'],
    invalid: [
      { text: 'Congrats on the new marina wing. My safety classes could use a sponsor. Something to think about.', errors: [{ rule: 'ask-before-give', words: 'could use a sponsor' }] },
      { text: 'Just curious: which importer do you buy your cocoa from today?', errors: [{ rule: 'ask-before-give' }] },
    ],
  });
});

describe('an offer asked as a bare question, then how to take it up', () => {
  testRule(askBeforeGive, {
    valid: [
      'Heard your yard is short of hands for the herring run. Two lads from my night class would do well. Want their names? Text me.',
      'Good talk at the harbour meeting. Want the tide tables I mentioned? DM me.',
    ],
    invalid: [
      { text: 'Want a free roof inspection this month? DM me.', errors: [{ rule: 'ask-before-give', words: 'DM me' }] },
      { text: 'Loved your talk. Can you review my deck? DM me.', errors: [{ rule: 'ask-before-give', words: 'review my' }, { rule: 'ask-before-give', words: 'DM me' }] },
    ],
  });
});

describe('their job search, told back from further away', () => {
  testRule(jobSeekingRule, {
    valid: ['Saw your post that you are looking for a dispatcher role again after the layoffs at Brenner Freight. My cousin runs dispatch at Ostby and needs one.'],
    invalid: [
      { text: 'I have been out of work since the layoffs at Brenner Freight, so I am reaching out to dispatch managers I admire.', errors: [{ rule: 'job-seeking', words: 'since the layoffs' }] },
    ],
  });
});

describe('"no need to buy" said with "no cost"', () => {
  testRule(salesPitchRule, {
    valid: ['Two free places left at the cheese tasting on the farm, Saturday 10am. If you are near Wensleydale, come! No cost, no need to buy anything.'],
    invalid: [{ text: 'Book your free tasting today. No cost, just pick a date.', errors: [{ rule: 'sales-pitch', words: 'No cost' }] }],
  });
});

describe('places counted in a free thing, nothing else sold: said gently', () => {
  testRule(salesPitchRule, {
    valid: [],
    invalid: [
      {
        text: 'Since you just moved to Porto: I lead a free sketching walk every Sunday at 7, from the cathedral steps, coffee after. 3 spots left this week. Message me and I will add you.',
        errors: [{ rule: 'sales-pitch', words: 'spots left', severity: 'warning' }],
      },
      {
        text: 'Free masterclass on Sunday, then our 8-week programme opens at $499. 3 spots left.',
        errors: [{ rule: 'sales-pitch', words: 'spots left', severity: 'error' }],
      },
    ],
  });
});

describe('a rate without a figure, a favour named as theirs to do, a prospect sized', () => {
  testRule(salesPitchRule, {
    valid: ['Saw your post about the cracked trailer hitch. Been there. The rates at the county yard went up too, sadly.'],
    invalid: [{ text: 'Saw your post about the cracked trailer hitch. I do mobile repair on weekends. Fair rates for farm folks.', errors: [{ rule: 'sales-pitch', words: 'Fair rates' }] }],
  });
  testRule(askBeforeGive, {
    valid: ['Your mother ran the Harbour Café for thirty years. She did us all a favour every winter.'],
    invalid: [
      { text: 'Your mother ran the Harbour Café. My niece needs a summer job. You’d be doing an old neighbour a favour.', errors: [{ rule: 'ask-before-give', words: 'be doing an old neighbour a favour' }] },
      { text: 'How many vans in your fleet, and when’s your next MOT due?', errors: [{ rule: 'ask-before-give' }] },
    ],
  });
});

describe('help on their need, said to be free', () => {
  testRule(salesPitchRule, {
    valid: ['Loved your Lisbon street series. If you’re ever shooting in Jaipur and need someone to call about a wedding running late, I’m your guy. Free of charge, photographer to photographer.'],
    invalid: [{ text: 'If you ever need a roofer in Leeds, I’m your guy. Quick quotes.', errors: [{ rule: 'sales-pitch', words: 'I’m your guy' }] }],
  });
  testRule(jobSeekingRule, {
    valid: ['If you’re ever in Jaipur for a wedding and need someone to call, I’m your guy. Free of charge, photographer to photographer.'],
    invalid: [{ text: 'If you’re hiring second shooters this season, I’m your guy.', errors: [{ rule: 'job-seeking', words: 'I’m your guy' }] }],
  });
});

describe('round 33, read: sponsorships, a rate, a tip about someone else’s sale, a reply that takes an offer', () => {
  testRule(salesPitchRule, {
    valid: [
      'Heads up for your art class: Hartley’s on Bold Street is clearing canvas offcuts at £2 a bag this week. No affiliation, just a tip!',
      'Congrats on the new licence! If VisaScreen is next, happy to send you the checklist our study group made, free to copy. Just reply yes and I’ll send it.',
    ],
    invalid: [
      { text: 'Our sponsor deadline is Friday and there’s still one Gold spot left with your name on it.', errors: [{ rule: 'sales-pitch', words: 'sponsor deadline' }, { rule: 'sales-pitch', words: 'spot left' }] },
      { text: 'Sent you a note about first-aid cover for your camps. Rate’s $250 a day plus mileage.', errors: [{ rule: 'sales-pitch', words: '250' }] },
      { text: 'Our studio did similar work for two banks in Frankfurt. Maybe we could be useful in your next phase?', errors: [{ rule: 'sales-pitch', words: 'we could be useful' }] },
      { text: 'Open to hearing about a side business? Reply YES and I’ll send the details.', errors: [{ rule: 'sales-pitch', words: 'Reply YES' }] },
    ],
  });
  testRule(askBeforeGive, {
    valid: ['Thanks for the kit you donated in spring, the kids still wear it.'],
    invalid: [{ text: 'Hey! Does your shop do in-kind donations? We need four motors before January.', errors: [{ rule: 'ask-before-give', words: 'in-kind donations' }] }],
  });
});

describe('a price list, a crew counted, the supplier they have now', () => {
  testRule(salesPitchRule, {
    valid: ['My first camera cost $40 at a car boot sale, the second was $300, and the lens I saved for was $900. Your post on starting cheap was spot on.'],
    invalid: [
      { text: 'Offering a free walk-through of your lodge this month. Most owners find gaps.', errors: [{ rule: 'sales-pitch', words: 'free walk' }] },
      {
        text: 'Here’s what I do for agents:\nPhotos — $150\nDrone — $90\nFloor plan — $120\nWant me to book your next listing?',
        errors: [{ rule: 'sales-pitch', words: '150' }, { rule: 'sales-pitch', words: '90' }, { rule: 'sales-pitch', words: '120' }],
      },
    ],
  });
  testRule(askBeforeGive, {
    valid: ['Your piece on mountain rescue volunteers was moving. How many of them did you train that first winter?'],
    invalid: [
      { text: 'Quick question. How many guides do you run in a season, and who does their first-aid certs now?', errors: [{ rule: 'ask-before-give' }] },
    ],
  });
});

describe('round 33, read: a start that is no price, help offered free two sentences on, their open-to-work post', () => {
  testRule(salesPitchRule, {
    valid: [
      'Thank you for the mentor night last spring. One of my seniors starts at Georgia Tech in the fall because of it!',
      'Thanks for bringing your crew Saturday. If your group wants a hands-on run-through before the season, let me know. Tuesday evenings, 7pm, at the village hall. No cost.',
    ],
    invalid: [
      { text: 'Our coaching plan starts at just $49 a month.', errors: [{ rule: 'sales-pitch', words: 'starts at' }] },
      { text: 'If your roof needs looking at, let me know. Tuesday afternoons work. No cost for the quote.', errors: [{ rule: 'sales-pitch', words: 'No cost' }] },
    ],
  });
  testRule(jobSeekingRule, {
    valid: ['Saw your open to work post. Not pitching: Halden Foods are hiring two maintenance engineers direct. Ask for Gareth at the gatehouse.'],
    invalid: [{ text: 'I am open to work after ten years in maintenance. Any leads welcome.', errors: [{ rule: 'job-seeking', words: 'open to work' }] }],
  });
});
