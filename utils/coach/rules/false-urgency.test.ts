import { testRule } from '../testing/rule-tester';
import { falseUrgency } from './false-urgency';

const rule = 'false-urgency';

testRule(falseUrgency, {
  valid: [
    'Your thread on urgent care wait times was eye-opening.',

    'Loved your talk this week on tracing.',
    'Saw your post today about the launch — congrats!',
    'Let’s keep in touch.',
  ],
  invalid: [
    { text: 'Please reply ASAP.', errors: [{ rule, words: 'ASAP' }] },
    { text: 'This is urgent, sorry.', errors: [{ rule, words: 'urgent' }] },
    { text: 'Can we do a quick call this week?', errors: [{ rule, words: 'this week' }] },
  ],
});
