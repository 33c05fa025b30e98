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
    // A company's sentences are found by their shape, and only a company's (issue 12).
    'We both work with early-stage founders in Leeds, so I would love to swap notes.',
    'Your post on caching helped us cut our build time by 40%, thank you.',
    'I built a small tool that scrapes council minutes; happy to share it.',
    'We ran a repair cafe in Ghent for two years and learned a lot from your guide.',
    'Your paper changed how we design our whole survey.',
    'Your checklist can save you an hour if you share it with new volunteers.',
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
        { rule, words: 'We help' },
        { rule, words: 'companies like yours' },
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

    // A pitch without a catch-phrase: what a company makes, whom it serves, what it promises (issue 12).
    { text: 'Loved your post on remote work. We built a tool that makes async standups painless.', errors: [{ rule, words: 'We built a tool' }] },
    { text: "How does your team run compliance training? We've recently built a platform that automates it.", errors: [{ rule, words: "We've recently built a platform" }] },
    { text: "We're working with several companies similar to yours on cloud spend.", errors: [{ rule, words: "We're working with several companies" }] },
    { text: 'We cut fuel costs for fleets of your size by 18% last year.', errors: [{ rule, words: 'We cut fuel costs for fleets of your size by 18' }] },
    { text: "I'm the founder of Brightly, an AI platform for HR teams.", errors: [{ rule, words: 'platform for HR teams' }] },
    { text: 'Great talk! I work at Dockly, we automate dock scheduling.', errors: [{ rule, words: 'we automate dock' }] },
    { text: 'Meet Dockly: it could save your team hours each week.', errors: [{ rule, words: 'could save your' }] },
  ],
});
