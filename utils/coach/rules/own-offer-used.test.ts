import { testRule } from '../testing/rule-tester';
import { ownOfferUsed } from './own-offer-used';

const rule = 'own-offer-used';
const offers = ['reviewing grant applications', 'intros to climate investors'];

testRule(ownOfferUsed, {
  valid: [
    { text: 'Loved your talk on soil carbon.', context: { offers } },
    'Happy to review your grant application.',
    { text: 'Happy to help with your grant.', context: { offers } },
  ],
  invalid: [
    {
      text: 'If useful, I review grant applications for a living and could look at yours.',
      context: { offers },
      errors: [{ rule, words: 'grant applications' }],
    },
    {
      text: 'I know a few climate investors; happy to make intros.',
      context: { offers },
      errors: [{ rule, words: 'climate investors; happy to make intros' }],
    },
  ],
});
