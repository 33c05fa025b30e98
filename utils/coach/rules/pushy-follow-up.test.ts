import { testRule } from '../testing/rule-tester';
import { pushyFollowUp } from './pushy-follow-up';

testRule(pushyFollowUp, {
  valid: [
    'Following up on our chat at the Leeds meetup: here is the guide I mentioned.',
    'Thanks for the reply! I tried your checklist on our ward and it worked.',
    'I will follow up with the slides once they are ready.',
    'Good to hear back from you about the tracing talk.',
    // A follow-up that brings something is the journey, not a chase.
    'Hi Fatima, following up on my note: the write-up I mentioned is ready whenever it helps.',
    'Following up on my message: here is the dataset I promised, in case it helps.',
  ],
  invalid: [
    { text: 'Hi Sam, just following up on my message below about the role.', errors: [{ rule: 'pushy-follow-up', words: 'just following up' }] },
    { text: "Haven't heard back, so I'll assume freight is not a priority.", errors: [{ rule: 'pushy-follow-up', words: "Haven't heard back" }] },
    { text: 'Sorry to chase! Did you get a chance to read it?', errors: [{ rule: 'pushy-follow-up', words: 'Sorry to chase' }] },
    { text: 'Me again, circling back on the sponsorship.', errors: [{ rule: 'pushy-follow-up', words: 'Me again' }] },
    // A give inside the ask is its wrapping: still a chase.
    {
      text: 'Following up on my message. Happy to help, but can we book a call about my services?',
      errors: [{ rule: 'pushy-follow-up', words: 'Following up on my' }],
    },
  ],
});
