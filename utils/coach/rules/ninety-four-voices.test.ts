import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { salesPitchRule } from './sales-pitch';

// Session 33 (issue 12), from round 94's first read: a trading mentor's course priced under its own
// name, a retired teacher posting a photograph on, a chaplain's free retreat with few seats left,
// practice accounts that are not sales demos. Their shapes, in our words.

describe('the writer’s own product, priced under its name, is a sale', () => {
  testRule(salesPitchRule, {
    valid: [
      'Anna’s Python Basics course is $40 and worth every cent, she taught my nephew.',
      'My friend’s pottery course is $50 a term; I took it after my divorce and it helped.',
    ],
    invalid: [
      { text: 'My Forex Mastery course is ₦75,000 this week only.', errors: [{ rule: 'sales-pitch', words: '75,000' }] },
      { text: 'Our Spring Pottery Intensive course is $180.', errors: [{ rule: 'sales-pitch', words: '180' }] },
    ],
  });
});

describe('places counted in a thing the writer says they gain nothing from are news, not scarcity', () => {
  testRule(salesPitchRule, {
    valid: [
      'The credit union is paying for a résumé clinic at the union hall on Saturday. Only 10 seats left. I don’t get anything from it, I just know you were looking.',
      'The county pays for the first-aid course in full. Only 8 seats remain, so tell your crew soon. Nothing in it for me.',
    ],
    invalid: [
      { text: 'Our leadership retreat has only 12 seats left. Reserve yours today.', errors: [{ rule: 'sales-pitch', words: 'only 12 seats' }] },
      { text: 'Only 12 seats remain for the masterclass. No catch!', errors: [{ rule: 'sales-pitch', words: 'Only 12 seats' }] },
    ],
  });
});

describe('an address asked for to post on what the writer offered is the gift’s, not an ask', () => {
  testRule(askBeforeGive, {
    valid: [
      'I found the programme from your father’s retirement dinner in a drawer. I would be glad to post it to you. Just send me an address whenever suits.',
      'I still have two of the regiment’s yearbooks and I would happily ship them to you. Send me your address when it is convenient.',
    ],
    invalid: [
      { text: 'Loved your post. Send me your email and phone number.', errors: [{ rule: 'ask-before-give' }] },
    ],
  });
});

describe('a practice account and a demo day are not a sales demo', () => {
  testRule(askBeforeGive, {
    valid: [
      'Please practise on a demo account for three months before you put in a single naira of your own.',
      'I saw you present at a demo day in Leeds last spring and still think about your robot arm.',
    ],
    invalid: [
      { text: 'Happy to set you up with a demo account this week.', errors: [{ rule: 'ask-before-give', words: 'with a demo' }] },
      { text: 'Loved the launch. A demo of our scheduler might help your team.', errors: [{ rule: 'ask-before-give', words: 'A demo' }] },
    ],
  });
});
