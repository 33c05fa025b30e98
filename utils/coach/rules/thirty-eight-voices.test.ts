import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { salesPitchRule } from './sales-pitch';

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
