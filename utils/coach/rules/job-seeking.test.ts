import { testRule } from '../testing/rule-tester';
import { jobSeekingRule } from './job-seeking';

const rule = 'job-seeking';

testRule(jobSeekingRule, {
  valid: [
    'Your article about job hunting after 50 was moving.',

    'Congrats on the new job, Sam!',
    'Your post about building a referral program was thoughtful.',
    'Loved the hiring guide your team published.',
    // The reader speaking openly about a hard time is their story, not my job search.
    'Thank you for being so candid about the layoffs at your studio last spring.',
    'You wrote about being between jobs at 52 and it gave me courage.',
  ],
  invalid: [
    {
      text: "I'm between jobs and looking for a new role.",
      errors: [
        { rule, words: 'between jobs' },
        { rule, words: 'looking for a new role' },
      ],
    },
    { text: 'Any openings on your team?', errors: [{ rule, words: 'Any openings' }] },
    // My own story stays mine: only the reader speaking makes it a topic.
    {
      text: 'I have been honest about the layoffs: I am between jobs now.',
      errors: [
        { rule, words: 'the layoffs' },
        { rule, words: 'between jobs' },
      ],
    },
    { text: 'Could you give me a referral?', errors: [{ rule, words: 'a referral' }] },
    { text: 'I’m open-to-work and would love to chat.', errors: [{ rule, words: 'open-to-work' }] },
  ],
});
