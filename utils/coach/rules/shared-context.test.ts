import { testRule } from '../testing/rule-tester';
import { sharedContextRule } from './shared-context';

const rule = 'shared-context';

testRule(sharedContextRule, {
  valid: ['I like your post.', 'We help companies grow.'],
  invalid: [
    { text: 'We met at the PyData dinner.', errors: [{ rule, words: 'We met at' }] },
    { text: 'Fellow Ohio State grad here!', errors: [{ rule, words: 'Fellow' }] },
    { text: 'Our mutual friend Tom said hi.', errors: [{ rule, words: 'Our mutual' }] },
    { text: 'We’re both on the netball board.', errors: [{ rule, words: 'We’re both' }] },
  ],
});
