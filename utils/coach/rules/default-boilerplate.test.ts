import { testRule } from '../testing/rule-tester';
import { defaultBoilerplate } from './default-boilerplate';

const rule = 'default-boilerplate';

testRule(defaultBoilerplate, {
  valid: [
    'Hi Ana, I would like to hear how you scaled the support team.',
    'I’d like to add you to the list of speakers I recommend to our meetup.',
  ],
  invalid: [
    {
      text: "I'd like to add you to my professional network on LinkedIn.",
      errors: [{ rule, words: 'like to add you to my professional network', severity: 'error' }],
    },
    {
      text: 'Hi Marco, I’d like to add you to my professional\nnetwork on LinkedIn. - Ravi',
      errors: [{ rule, words: 'like to add you to my professional\nnetwork' }],
    },
    {
      text: "I'D LIKE TO JOIN YOUR LINKEDIN NETWORK",
      errors: [{ rule, words: 'LIKE TO JOIN YOUR LINKEDIN NETWORK' }],
    },
  ],
});
