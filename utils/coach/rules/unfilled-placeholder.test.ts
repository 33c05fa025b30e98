import { testRule } from '../testing/rule-tester';
import { unfilledPlaceholder } from './unfilled-placeholder';

const rule = 'unfilled-placeholder';

testRule(unfilledPlaceholder, {
  valid: [
    // Prose in brackets and ordinary capitalised words stay quiet (issue 12).
    "Loved the one you wrote [the one on tracing], thanks.",
    "Hi Ana (the PyData organiser), great to meet you.",
    "Congrats on the ABC News feature, Sam!",
    "Our meetup is #1 on Meetup — see #leeds.",
    "Thanks, Name Day wishes to you too!",

    'Hi Ana, loved your talk [at KubeCon] on tracing.',
    'Your post made me smile <3',
    '100% agree with your 50% point.',
    'Great post — the xxx-large dataset part was fun.',
  ],
  invalid: [
    // Placeholders in other shapes (issue 12).
    { text: 'Hi there, ideal for [insert brand of your choice] lovers.', errors: [{ rule, words: '[insert brand of your choice]' }] },
    { text: 'Hi [ insert name ], quick hello.', errors: [{ rule, words: '[ insert name ]' }] },
    { text: 'As the (title) of (business), you know this.', errors: [{ rule, words: '(title)' }, { rule, words: '(business)' }] },
    { text: 'Hi First Name, hope all is well.', errors: [{ rule, words: 'First Name' }] },
    { text: 'I noticed you work at COMPANY NAME.', errors: [{ rule, words: 'COMPANY NAME' }] },
    { text: 'Hi FIRSTNAME, quick one.', errors: [{ rule, words: 'FIRSTNAME' }] },
    { text: 'Teams like ABC Ltd and XYZ saved a lot.', errors: [{ rule, words: 'ABC' }, { rule, words: 'XYZ' }] },
    { text: 'We cut costs by ## percent.', errors: [{ rule, words: '##' }] },
    { text: 'Watch it here: [Loom link]', errors: [{ rule, words: '[Loom link]' }] },
    { text: 'Hi [Business Owner], would you support us?', errors: [{ rule, words: '[Business Owner]' }] },

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
