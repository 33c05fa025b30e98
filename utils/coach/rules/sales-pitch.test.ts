import { testRule } from '../testing/rule-tester';
import { salesPitchRule } from './sales-pitch';

const rule = 'sales-pitch';

testRule(salesPitchRule, {
  valid: [
    'Loved your post on lead generation for nonprofits.',
    'Your talk on the ROI of accessibility work was great.',
    'I help run the Leeds JS meetup.',

    'Loved your talk on usage-based pricing at SaaStr.',
    'Your thread on how you qualify leads for the food bank was useful.',
    'Happy to help if you need a second pair of eyes.',
  ],
  invalid: [
    // Results promised to a stranger, and prices (issue 12).
    { text: 'We have a method that brings you leads in 24 hours.', errors: [{ rule: 'sales-pitch', words: 'a method that' }, { rule: 'sales-pitch', words: 'leads in' }] },
    { text: 'Let me run a quick test on your account, no charge.' },
    { text: 'Our starter package starts at $499 per month.', errors: [{ rule: 'sales-pitch', words: 'starts at' }, { rule: 'sales-pitch', words: 'per month' }] },

    {
      text: 'Our solution boosts ROI by 30%.',
      errors: [
        { rule, words: 'Our solution' },
        { rule, words: 'ROI' },
      ],
    },
    {
      text: 'We help companies like yours get more leads.',
      errors: [
        { rule, words: 'We help companies' },
        { rule, words: 'more leads' },
      ],
    },
    {
      text: 'I offer web design at affordable prices.',
      errors: [
        { rule, words: 'I offer' },
        { rule, words: 'affordable prices' },
      ],
    },
    { text: 'Start a FREE TRIAL today!', errors: [{ rule, words: 'FREE TRIAL' }] },
  ],
});
