import { testRule } from '../testing/rule-tester';
import { selfFocused } from './self-focused';

testRule(selfFocused, {
  valid: [
    'Hi Ana, your post on tracing helped me. How did you handle sampling?',
    'I I I — me.',
    { text: 'I am, I was, I will, my, me: you.', context: { strictness: 'gentle' } },
    // Telling what I did for them says "I" often and still centres them.
    'As I promised, here is the reading list I keep. I also rang my old manager at the port authority, I told her about your project, and she said to write to her directly. I hope it helps.',
  ],
  invalid: [
    {
      text: 'I am a developer. I built my app and I want my network to grow. I think my work matters to me.',
    },
    { text: 'I’m a coach, I’ve helped many, I’d love my clients to meet you and I think my method works.' },
    // Something given does not excuse a note about me that also asks.
    { text: 'Here is my guide, I wrote it. I am a founder, I built my company and I need my first customers. Could we talk?' },
  ],
});
