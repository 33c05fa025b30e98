import { testRule } from '../testing/rule-tester';
import { longTermIntentRule } from './long-term-intent';

const rule = 'long-term-intent';

testRule(longTermIntentRule, {
  valid: ['Can we talk this week?', 'I follow the rules.'],
  invalid: [
    { text: 'I’ve been following your posts for a year.', errors: [{ rule, words: 'been following your' }] },
    { text: "Let's keep in touch!", errors: [{ rule, words: 'keep in touch' }] },
    { text: 'Would be great to reconnect.', errors: [{ rule, words: 'reconnect' }] },
  ],
});
