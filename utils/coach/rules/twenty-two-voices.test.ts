import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { jobSeekingRule } from './job-seeking';
import { offersValueRule } from './offers-value';
import { salesPitchRule } from './sales-pitch';

// Session 13 (issue 12): an Edinburgh history lecturer and a Toronto bridge engineer, a Leeds plumber
// and a Marine veteran in construction, a Brazilian postdoc in Boston and a Wisconsin controls
// engineer. The veteran's kindnesses read as asks and pitches; their shapes, in our own words.

describe('help offered on the reader’s need, not sold', () => {
  testRule(salesPitchRule, {
    valid: [
      'Heard you are starting at the county roads office in May. I was in that seat years ago, if you ever want the unofficial tour I am around.',
      "If you need a reference for the Fort Lee job, I'm your guy.",
      "If you ever need someone to vent to about the transition, I'm your guy.",
    ],
    invalid: [{ text: "If you need a roofer in Macon after the storm, I'm your guy.", errors: [{ rule: 'sales-pitch', words: "I'm your guy" }] }],
  });
  testRule(jobSeekingRule, {
    valid: ["If you need a reference for the Fort Lee job, I'm your guy."],
    invalid: [{ text: "If you ever need a hand on a job, I'm your man.", errors: [{ rule: 'job-seeking', words: "I'm your man" }] }],
  });
});

describe('a link’s query and lowercase texting read as written', () => {
  testRule(askBeforeGive, {
    valid: [
      'You asked in the alumni group for a sample cover letter. Mine from last spring, names removed. Free to borrow any of it: https://docs.example.com/d/8XyZ/view?usp=sharing',
    ],
    invalid: [{ text: 'Free to compare notes on Thursday?', errors: [{ rule: 'ask-before-give', words: 'Free to' }] }],
  });
  testRule(offersValueRule, {
    valid: [],
    invalid: [
      {
        text: 'dug out the old parameter backup for that drive, sending it to your email now. if it’s easier ring me at the plant, no rush',
        errors: [{ rule: 'offers-value', words: 'sending it to your' }],
      },
    ],
  });
});
