import type { ContextInput } from '../schema';
import { testRule } from '../testing/rule-tester';
import { followsThrough } from './follows-through';

const rule = 'follows-through';
const offered = (...offers: string[]): ContextInput => ({ relationship: { stage: 'connected', firstMessageAfterAcceptance: true, offered: offers } });

testRule(followsThrough, {
  valid: [
    // Nothing was offered before, or there is no history.
    'Here is the cleaned tide-gauge dataset.',
    { text: 'Here is the cleaned tide-gauge dataset.', context: { relationship: { stage: 'connected' } } },
    // Only the offering words, not what was offered.
    { text: 'Happy to share anything useful.', context: offered('Happy to share my cleaned tide-gauge dataset') },
    // One word of three is not delivering it.
    { text: 'Thanks for connecting! Any dataset you would recommend?', context: offered('Happy to share my cleaned tide-gauge dataset') },
  ],
  invalid: [
    {
      text: 'Thanks for connecting, Wei! As promised, here is my cleaned tide-gauge dataset.',
      context: offered('Happy to share my cleaned tide-gauge dataset'),
      errors: [{ rule, words: 'cleaned tide-gauge dataset' }],
    },
    {
      text: 'Good to be connected. Here are the irrigation notes from our Lisbon pilot, as I said.',
      context: offered('I could send you our irrigation notes from the Lisbon pilot', 'Happy to introduce you to our soil lab'),
      errors: [{ rule, words: 'irrigation notes from our Lisbon pilot' }],
    },
  ],
});
