import { testRule } from '../testing/rule-tester';
import { unfilledPlaceholder } from './unfilled-placeholder';

const rule = 'unfilled-placeholder';

testRule(unfilledPlaceholder, {
  valid: [
    'Hi Ana, loved your talk [at KubeCon] on tracing.',
    'Your post made me smile <3',
    '100% agree with your 50% point.',
    'Great post — the xxx-large dataset part was fun.',
  ],
  invalid: [
    { text: 'Hi {firstName}, great to connect!', errors: [{ rule, words: '{firstName}' }] },
    {
      text: 'Hi [Name], I saw {{company}} is growing.',
      errors: [
        { rule, words: '[Name]' },
        { rule, words: '{{company}}' },
      ],
    },
    { text: 'Dear <NAME>, hello.', errors: [{ rule, words: '<NAME>' }] },
    { text: 'Hi XXX, how are you?', errors: [{ rule, words: 'XXX' }] },
    { text: 'Hello %FIRST_NAME%!', errors: [{ rule, words: '%FIRST_NAME%' }] },
    { text: 'Hi {{ first_name }}, hi.', errors: [{ rule, words: '{{ first_name }}' }] },
    { text: 'I loved your work at [Company Name].', errors: [{ rule, words: '[Company Name]' }] },
  ],
});
