import { testRule } from '../testing/rule-tester';
import { nothingSpecific } from './nothing-specific';

testRule(nothingSpecific, {
  valid: [
    '',
    'Hi Ana, loved your talk on eBPF tracing.',
    'We met at the Lisbon meetup last week, good to stay in touch.',
    'How did you get the on-call load down so fast?',
    'Thank you for the recommendation on my profile last week.',
    'Loved the Kafka migration write-up.',
  ],
  invalid: [
    { text: 'Hi, I would like to connect with you.' },
    { text: 'Hi Ana, hope you are doing well. Let’s connect!', recipient: { firstName: 'Ana' } },
    { text: "I'd like to add you to my professional network on LinkedIn." },
    // Sharing a job title with their headline is overlap, not a detail of theirs: a gentle nudge.
    { text: 'Hi Ana, fellow data engineer here.', recipient: { headline: 'Data engineer at Acme' } },
  ],
});
