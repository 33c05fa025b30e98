import { testRule } from '../testing/rule-tester';
import { offersValueRule } from './offers-value';

const rule = 'offers-value';

testRule(offersValueRule, {
  valid: [
    'Can we hop on a call?',
    'Thanks for connecting!',
    'Thank you for your time.',
    'I help companies grow.',
  ],
  invalid: [
    { text: 'Congrats on the launch!', errors: [{ rule, words: 'Congrats' }] },
    { text: 'Happy to share our checklist.', errors: [{ rule, words: 'Happy to share' }] },
    { text: 'I could introduce you to our head of data.', errors: [{ rule, words: 'I could introduce' }] },
    {
      text: 'Thank you for the recommendation last week.',
      errors: [{ rule, words: 'Thank you for the recommendation' }],
    },
    {
      text: 'In case it’s useful, here’s the link.',
      errors: [
        { rule, words: 'In case it’s useful' },
        { rule, words: 'here’s the link' },
      ],
    },
  ],
});
