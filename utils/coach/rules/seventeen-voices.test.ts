import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { jobSeekingRule } from './job-seeking';
import { offersValueRule } from './offers-value';
import { pushyFollowUp } from './pushy-follow-up';
import { sharedContextRule } from './shared-context';
import { salesPitchRule } from './sales-pitch';

// Session 11, second round (issue 12): asks and sales tucked into warm, specific notes, with no
// "call" and no question mark, as a lecturer, a grants officer, an automotive engineer, an SRE, a
// heating engineer and a roofer wrote them; rewritten in our own words.

describe('the ask said as a wish or a condition', () => {
  testRule(askBeforeGive, {
    valid: [
      'If it is of interest I would be happy to introduce you to her, and if not, no harm done.',
      'The workshop you ran for our new staff last spring changed how they plan. No ask, just thanks.',
      'As promised, the test data is attached. If it is easier to go through the curves on a call, I am happy to do that too.',
    ],
    invalid: [
      { text: 'We have just finished a three-year study of peer tutoring and I would welcome the chance to present it to your members.', errors: [{ rule: 'ask-before-give', words: 'welcome the chance to' }] },
      { text: 'Your team would be a strong match for our consortium bid. Let me know if it is of interest.', errors: [{ rule: 'ask-before-give', words: 'if it is of interest' }] },
      { text: 'Our kits have sold well through your branches this year. Would you consider listing us on your recommended suppliers page?', errors: [{ rule: 'ask-before-give', words: 'Would you consider' }, { rule: 'ask-before-give', words: 'listing us' }, { rule: 'ask-before-give', words: 'recommended suppliers' }] },
      { text: 'If you ever fancy stocking the valve key I designed, I can leave a few at the counter.', errors: [{ rule: 'ask-before-give', words: 'fancy stocking' }] },
      { text: 'Your work on soft robotics is fascinating. We are starting a company in the same space and would value your input as an advisor.', errors: [{ rule: 'ask-before-give', words: 'value your input' }, { rule: 'ask-before-give', words: 'as an advisor' }] },
      { text: 'We are running a charity quiz for the hospice. Would Dunmore Joinery sponsor a table?', errors: [{ rule: 'ask-before-give', words: 'sponsor a table', severity: 'error' }] },
    ],
  });
});

describe('chasing a bid', () => {
  testRule(pushyFollowUp, {
    valid: [],
    invalid: [
      { text: 'Following up on the quote I sent for the school roof. Any word yet?', errors: [{ rule: 'pushy-follow-up', words: 'the quote I sent' }] },
    ],
  });
});

describe('looking for work, said sideways', () => {
  testRule(jobSeekingRule, {
    valid: ['Congrats on taking on the new challenge at the museum!'],
    invalid: [
      { text: 'Your post on on-call rotas was spot on. Quietly looking for my next thing in platform work.', errors: [{ rule: 'job-seeking', words: 'looking for my next' }] },
      { text: 'Since a few weeks I am open for a new challenge in battery testing.', errors: [{ rule: 'job-seeking', words: 'open for a new challenge' }] },
      { text: 'After twelve years in teaching I am exploring roles in learning design.', errors: [{ rule: 'job-seeking', words: 'exploring roles' }] },
      { text: 'Your keynote on coral genomics was wonderful. I am applying to PhD programmes this winter and your lab is my first choice.', errors: [{ rule: 'job-seeking', words: 'applying to PhD' }, { rule: 'job-seeking', words: 'is my first choice' }] },
    ],
  });
});

describe('the writer’s own book, and a vendor’s customers', () => {
  testRule(salesPitchRule, {
    valid: ['Your manual on load testing saved my team about $3k a month once we read it properly. Thank you!'],
    invalid: [
      { text: 'These worked cases are all in my new textbook, which four departments now use.', errors: [{ rule: 'sales-pitch', words: 'my new textbook' }] },
      { text: 'We have been helping landlords across the north side get boilers fixed the same day.', errors: [{ rule: 'sales-pitch' }] },
      { text: 'We saved our clients $4k a month on cloud bills.', errors: [{ rule: 'sales-pitch' }] },
      { text: 'How are you finding the new firmware? Our add-on tool fixes the sync bug.', errors: [{ rule: 'sales-pitch', words: 'Our add-on tool fixes' }] },
      { text: 'We have helped two bottling plants cut changeover time by a third.', errors: [{ rule: 'sales-pitch' }] },
    ],
  });
});

describe('the writer’s hands promised free, and thanks never said', () => {
  testRule(offersValueRule, {
    valid: ['We’ll install it free for the first month.', "I'll do your first audit free."],
    invalid: [
      { text: "If the shower still runs cold, I'll come round free and swap the cartridge.", errors: [{ rule: 'offers-value', words: "I'll come round free" }] },
      { text: 'You found my brother a flat when nobody else would. I never said thanks at the time.', errors: [{ rule: 'offers-value', words: 'never said thanks' }] },
    ],
  });

  test('a free trial promised is not a kindness', () => {
    expect(analyze({ text: 'We’ll install it free for the first month.' }).verdict).not.toBe('relational');
  });
});

describe('what veterans share and stand', () => {
  testRule(sharedContextRule, {
    valid: ['We both served our country in different ways.'],
    invalid: [{ text: 'We served together on the Ark Royal in 2004. Good to see you doing well.', errors: [{ rule: 'shared-context', words: 'We served' }] }],
  });
  testRule(offersValueRule, {
    valid: [],
    invalid: [
      { text: 'If you are ever in Plymouth, drinks are on me.', errors: [{ rule: 'offers-value', words: 'drinks are on me' }] },
      { text: 'Heard about your dad. If you need anything at all, I am ten minutes away.', errors: [{ rule: 'offers-value' }] },
    ],
  });
});
