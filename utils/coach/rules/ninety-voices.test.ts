import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { defaultBoilerplate } from './default-boilerplate';
import { genericGreeting } from './generic-greeting';
import { pushyFollowUp } from './pushy-follow-up';
import { salesPitchRule } from './sales-pitch';

// Session 32 (issue 12): the good notes of the corpus read "needs work" most often on a price waived
// ("no cost"), and the funnels that price hid sold in other words too. Their shapes, in our words.

describe('a price waived is a give unless the thing sold stands beside it', () => {
  testRule(salesPitchRule, {
    valid: [
      'Reunion page is up: Oct 17–19 at the post hall. No cost. Just tell me if you are coming so I know how much chili to make.',
      'If the family would like a bugler at the service, our post will send one. There is no cost.',
      'I looked it up: the recall covers your serial range, so the dealer has to replace the coupler at no cost.',
      'I have a second copy of the field guide. I can put it in the box with our next shipment. No cost of course.',
      'Van leaves the school loop at 0600 Saturday and I have one seat left. No cost.',
    ],
    invalid: [
      { text: 'We run payroll audits for clinics. The first one is at no cost.', errors: [{ rule: 'sales-pitch', words: 'no cost' }] },
      { text: 'No cost for the valuation, just reply with your address.', errors: [{ rule: 'sales-pitch', words: 'No cost' }] },
      { text: 'Our coworking desks are free of charge for the first month.', errors: [{ rule: 'sales-pitch', words: 'free of charge' }] },
      { text: 'Book a walkthrough of the new showroom. No cost.', errors: [{ rule: 'sales-pitch', words: 'No cost' }] },
      { text: 'Could you spare 15 minutes this week so I can look over your plan? No cost.', errors: [{ rule: 'sales-pitch', words: 'No cost' }] },
    ],
  });
});

describe('the funnel behind a free offer, said in its own words', () => {
  testRule(salesPitchRule, {
    valid: ['The new role is a wonderful fit for you, congratulations.'],
    invalid: [
      { text: 'Forward me last quarter’s freight bills and I will tell you how much you could save.', errors: [{ rule: 'sales-pitch', words: 'how much you could save' }] },
      { text: 'Our team has trained forty hospitals and I think Halvern would be a wonderful fit.', errors: [{ rule: 'sales-pitch', words: 'would be a wonderful fit' }] },
    ],
  });
  testRule(askBeforeGive, {
    valid: ['All I need is a nap after that conference, honestly. Your talk was the best part of it.'],
    invalid: [
      { text: 'I would love to run a free safety lunch for your crew. All I need is your OK and a room for an hour.', errors: [{ rule: 'ask-before-give' }] },
    ],
  });
});

describe('a word back and a distance are no asks', () => {
  testRule(askBeforeGive, {
    valid: [
      'The clinic opens Saturday, free, no paperwork. Send me a message if your dad has questions and I will pass them to the nurse.',
      'Loved the photos from the flight. Send me a picture from the memorial if you get one!',
      'Your grandfather flew with mine in 1944. If the family has one, send me a photograph of him in uniform and I will add it to the crew album.',
      'Vietnam vets are a six-month wait right now. Send me his name once the claim is in and I’ll keep an eye on it.',
      'The post pays the tuition in full. If you know a junior who should go, please send me his name.',
      'Thanks for going easy on my apprentice. He learned more from your 10 min walkthrough than from a week with me.',
      'Call me if you need a trailer for the move, I am 10 min off post and my Saturday is yours.',
      'My friend Rhea just left a logistics role and lives 15 minutes away. Happy to introduce her if that would help.',
    ],
    invalid: [
      { text: 'Great profile. Send me your CV and the best time for a call.', errors: [{ rule: 'ask-before-give' }, { rule: 'ask-before-give' }] },
      { text: 'Could you send me a copy of your supplier list?', errors: [{ rule: 'ask-before-give' }, { rule: 'ask-before-give' }] },
      { text: 'Congrats on the new role. Do you have 10 minutes this week?', errors: [{ rule: 'ask-before-give' }] },
    ],
  });
});

describe('a favour asked for someone else, the writer gaining nothing, is a give of its own', () => {
  testRule(askBeforeGive, {
    valid: [],
    invalid: [
      {
        text: 'My neighbour’s boy wants to climb poles for a living. Could you spare a twenty-minute call with him? I gain nothing from it and will not be on the call.',
        errors: [{ rule: 'ask-before-give', severity: 'info' }],
      },
      {
        text: 'My intern finishes in August and wants to go into compliance. Would you give him 20 minutes? He will not work for me after, so zero benefit for me.',
        errors: [{ rule: 'ask-before-give', severity: 'info' }],
      },
      {
        text: 'I write with a request for your residents, not for us. Could we have 30 minutes in your common room on Veterans Day?',
        errors: [{ rule: 'ask-before-give', severity: 'info' }],
      },
      // Said of nobody else, the ask is the writer's own.
      { text: 'Could you spare a twenty-minute call this week?', errors: [{ rule: 'ask-before-give', severity: 'error' }] },
    ],
  });
});

describe('a buyer sized by volume is a qualifying question, whatever it calls itself', () => {
  testRule(askBeforeGive, {
    valid: [],
    invalid: [
      { text: 'Hi Ana, nice profile! How many pallets per month does your warehouse ship? Just for my small research.', errors: [{ rule: 'ask-before-give' }] },
      { text: 'Curious, roughly how many tonnes of cocoa a year do you buy?', errors: [{ rule: 'ask-before-give' }] },
    ],
  });
});

describe('the silence held against them is a chase', () => {
  testRule(pushyFollowUp, {
    valid: ['I have not heard from you since the flood, and I keep thinking of your shop. Are you and the kids dry?'],
    invalid: [
      { text: 'Hello again Julie, I did not hear from you about the catalogue translation. My rate stays the same until the end of the month.', errors: [{ rule: 'pushy-follow-up' }] },
      { text: 'Not to be a pest, but the trailer goes to the next buyer Friday if I don’t hear from you.', errors: [{ rule: 'pushy-follow-up' }] },
      { text: 'Just a nudge on the gutter quote from the 3rd.', errors: [{ rule: 'pushy-follow-up' }] },
      { text: 'This is my third letter to you, and I have yet to receive the courtesy of a reply.', errors: [{ rule: 'pushy-follow-up' }] },
    ],
  });
});

describe('LinkedIn’s default line is reported once, as the default', () => {
  testRule(askBeforeGive, {
    valid: ["I'd like to join your professional network on LinkedIn. Dear Sir, your father and I shared a bunker near Kumhwa in 1952."],
    invalid: [{ text: "I'd like to join your book club, if it still meets on Thursdays?", errors: [{ rule: 'ask-before-give' }] }],
  });
  testRule(defaultBoilerplate, {
    valid: [],
    invalid: [{ text: "I'd like to join your professional network on LinkedIn.", errors: [{ rule: 'default-boilerplate' }] }],
  });
});

describe('a favour asked for someone the note speaks of is not the writer’s own door', () => {
  testRule(askBeforeGive, {
    valid: [],
    invalid: [
      {
        text: 'One of our residents, Ida, is 97 and flew medevac out of Korea. Would you maybe do a ten-minute video call with her some Sunday?',
        errors: [{ rule: 'ask-before-give', severity: 'warning' }],
      },
      { text: 'If he is still living, I would be grateful if you would pass on my regards.', errors: [{ rule: 'ask-before-give', severity: 'warning' }] },
      {
        text: 'I see you know Anita Sharma. Would you be willing to introduce me to her?',
        errors: [{ rule: 'ask-before-give', severity: 'error' }, { rule: 'ask-before-give', severity: 'error' }],
      },
      { text: 'Could you spare 20 minutes so I can speak with him about our budget?', errors: [{ rule: 'ask-before-give', severity: 'error' }] },
    ],
  });
});

describe('"Dear Madam" before something of theirs is a formal manner; a price told from where it starts is a sale', () => {
  testRule(genericGreeting, {
    valid: [],
    invalid: [
      {
        text: 'Dear Madam, I read your article on the Chosin reunion and it brought back that winter. Thank you for writing it.',
        errors: [{ rule: 'generic-greeting', severity: 'info' }],
      },
      { text: 'Dear Sir/Madam, I am looking for new opportunity. Please inform me of any vacancy.', errors: [{ rule: 'generic-greeting', severity: 'warning' }] },
    ],
  });
  testRule(salesPitchRule, {
    valid: ['Our Scouts packed 200 care packages for the troops, $4 of postage each, and the kids wrote every card.'],
    invalid: [{ text: 'Saw you are in real estate. I do drone photos for listings, packages from $150.', errors: [{ rule: 'sales-pitch' }] }],
  });
});

describe('a lead form, a trial month and a lease asked about are the seller’s', () => {
  testRule(askBeforeGive, {
    valid: ['The VA claim form is 21-526EZ; I filled out mine in an hour at the post with Ray’s help.'],
    invalid: [
      { text: 'To get your copy just fill out the little form at our site with your name and phone.', errors: [{ rule: 'ask-before-give' }] },
      { text: 'Congrats on the Series A, Sophie! And when does your lease end at the Galleria?', errors: [{ rule: 'ask-before-give' }] },
      { text: 'Hey mate, quick q: roughly what is your quarterly power bill sitting at?', errors: [{ rule: 'ask-before-give' }] },
    ],
  });
  testRule(salesPitchRule, {
    valid: [],
    invalid: [
      { text: 'We have private rooms for ten people with the first month free.', errors: [{ rule: 'sales-pitch' }] },
      { text: 'My memoir of the convoy years is out now. May I send you an order form?', errors: [{ rule: 'sales-pitch' }] },
    ],
  });
});
