import { testRule } from '../testing/rule-tester';
import { selfFocused } from './self-focused';

testRule(selfFocused, {
  valid: [
    'Hi Ana, your post on tracing helped me. How did you handle sampling?',
    'I I I — me.',
    { text: 'I am, I was, I will, my, me: you.', context: { strictness: 'gentle' } },
  ],
  invalid: [
    {
      text: 'I am a developer. I built my app and I want my network to grow. I think my work matters to me.',
    },
    { text: 'I’m a coach, I’ve helped many, I’d love my clients to meet you and I think my method works.' },
  ],
});
