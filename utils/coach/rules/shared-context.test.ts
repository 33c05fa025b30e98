import { testRule } from '../testing/rule-tester';
import { sharedContextRule } from './shared-context';

const rule = 'shared-context';

testRule(sharedContextRule, {
  valid: [
    // Negative table (issue 12): the mere fact of mutual connections, groups or a city.
    "We have a mutual connection, so I thought I'd reach out.",
    "LinkedIn suggests we may know each other.",
    "LinkedIn suggested I connect with you.",
    "We're in the same LinkedIn groups.",
    "We're both based in the Bay Area!",
    "We're both in Leeds so I thought I'd connect.",
    "As a fellow community-minded professional, let's connect.",
    // Membership of a large group says nothing of how the two met (issue 12, session 6).
    'Fellow Ohio State grad here!',
'I like your post.', 'We help companies grow.'],
  invalid: [
    { text: 'We met at the PyData dinner.', errors: [{ rule, words: 'We met at' }] },
    { text: 'Our mutual friend Tom said hi.', errors: [{ rule, words: 'Our mutual' }] },
    { text: 'We’re both on the netball board.', errors: [{ rule, words: 'We’re both' }] },
  ],
});
