import { testRule } from '../testing/rule-tester';
import { falseUrgency } from './false-urgency';

const rule = 'false-urgency';

testRule(falseUrgency, {
  valid: [
    'Your thread on urgent care wait times was eye-opening.',

    'Loved your talk this week on tracing.',
    'Saw your post today about the launch — congrats!',
    'Let’s keep in touch.',
    // The writer telling what they did at once presses nobody.
    'I read your guide on the train and immediately changed how we run stand-ups.',
    'We urgently rebuilt our intake form after your talk, thank you.',
  ],
  invalid: [
    { text: 'Please reply ASAP.', errors: [{ rule, words: 'ASAP' }] },
    { text: 'This is urgent, sorry.', errors: [{ rule, words: 'urgent' }] },
    { text: 'Could you send it over immediately?', errors: [{ rule, words: 'immediately' }] },
    { text: 'Can we do a quick call this week?', errors: [{ rule, words: 'this week' }] },
  ],
});
