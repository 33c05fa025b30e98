import { testRule } from '../testing/rule-tester';
import { massNetworkingRule } from './mass-networking';

const rule = 'mass-networking';

testRule(massNetworkingRule, {
  valid: [
    'Your post on network design for rural clinics was great.',
    'I like minded, careful reviews like yours.',
  ],
  invalid: [
    // Networking for its own sake (issue 12).
    { text: 'I think we could benefit from being connected.' },
    { text: 'I am reaching out to activate my professional network.' },

    { text: 'I am expanding my network.', errors: [{ rule, words: 'expanding my network' }] },
    {
      text: 'Keen to meet like-minded professionals!',
      errors: [{ rule, words: 'like-minded professionals' }],
    },
    { text: 'Looking to grow my\nnetwork.', errors: [{ rule, words: 'grow my\nnetwork' }] },
  ],
});
