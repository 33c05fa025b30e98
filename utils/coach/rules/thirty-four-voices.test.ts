import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { offersValueRule } from './offers-value';
import { salesPitchRule } from './sales-pitch';

// Session 19 (issue 12, round 34): an Army signal officer turned IT project manager, a baker in Lyon,
// a civil engineer in Nairobi and a youth football coach in Glasgow. The shapes their notes showed,
// in our own words.

describe('their page looked at, not lent', () => {
  testRule(askBeforeGive, {
    valid: [
      'I saw on your page the pictures of the flooded workshop after Friday’s storm. So sorry. Tell me if we can do anything.',
      'Loved the photos of the harvest on your page, the rows of squash especially.',
    ],
    invalid: [
      { text: 'The episode goes out Monday. Would you mind sharing it on your page? It helps us a lot.', errors: [{ rule: 'ask-before-give', words: 'it on your page' }] },
      { text: 'Our raffle is this weekend: could you post us on your page and tag a few friends?', errors: [{ rule: 'ask-before-give', words: 'us on your page' }] },
    ],
  });
});

describe('the writer’s product put before the reader’s customers', () => {
  testRule(salesPitchRule, {
    valid: [
      'Your new terrace looks wonderful. Your guests will love it when the evenings get longer.',
      'Congratulations on the tenth year of the shop. Your customers clearly love the Saturday tastings.',
    ],
    invalid: [
      { text: 'We have just finished our spring rye loaves. It would be lovely if your customers could try them.', errors: [{ rule: 'sales-pitch', words: 'your customers could try them' }] },
      { text: 'I’d love to leave a stack of my seed calendars by your till; I think your shoppers would really enjoy them.', errors: [{ rule: 'sales-pitch', words: 'your shoppers would really enjoy them' }] },
    ],
  });
});

describe('"just wanted to say" that leads into an ask, and a wish that is no offer', () => {
  testRule(offersValueRule, {
    valid: ['Hope the fair went well! Just wanted to say if you ever want a florist for the next one, I would be around.'],
    invalid: [{ text: 'Just wanted to say your talk on river restoration stayed with me all week.', errors: [{ rule: 'offers-value', words: 'Just wanted to say' }] }],
  });
  testRule(askBeforeGive, {
    valid: ['If you ever want a second pair of eyes on the rota, I’d be glad to look it over.'],
    invalid: [
      { text: 'Hope the fair went well! Just wanted to say if you ever want a florist for the next one I’d love to be considered.', errors: [{ rule: 'ask-before-give', words: 'to be considered' }] },
    ],
  });
});
