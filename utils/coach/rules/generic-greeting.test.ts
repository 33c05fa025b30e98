import { testRule } from '../testing/rule-tester';
import { genericGreeting } from './generic-greeting';

const rule = 'generic-greeting';

testRule(genericGreeting, {
  valid: [
    'Hi Ana, there is a lot in your post.',
    'Hello Friedrich, thanks for the talk.',
    'Dear Dr. Adeyemi, I read your paper.',
  ],
  invalid: [
    { text: 'Dear Sir/Madam, I am writing to connect.', errors: [{ rule, words: 'Dear Sir' }] },
    { text: 'Hi there! Hope you are well.', errors: [{ rule, words: 'Hi there' }] },
    { text: 'hello   friend,\nlet us talk', errors: [{ rule, words: 'hello   friend' }] },
    { text: 'To whom it may concern: hello.', errors: [{ rule, words: 'To whom it may concern' }] },
  ],
});
