import { testRule } from '../testing/rule-tester';
import { tooShort } from './too-short';

testRule(tooShort, {
  valid: [
    '',
    'Loved your KubeCon keynote!',
    'Hi Ana, hope the new team is treating you well.',
    { text: 'Thanks, Ana!', surface: 'message' },
    { text: 'Hi, connect?', context: { strictness: 'gentle' }, surface: 'message' },
  ],
  invalid: [
    { text: 'Hi, connect?' },
    { text: "Let's connect!" },
    { text: 'Hi Ana, nice.', context: { strictness: 'strict' } },
  ],
});
