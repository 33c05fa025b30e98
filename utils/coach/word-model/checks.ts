import type { Rule } from '../rule';

// The second reading's own findings, described like rules so a person can switch them off where
// they switch off the rules (the options page lists them beside the rules; the panel can mute them).
// Apart from second-reading.ts so the options page does not load the model to list them.

type Check = Pick<Rule, 'id' | 'principle' | 'kind' | 'description'>;

export const OUTREACH_WORDING_CHECK: Check = {
  id: 'outreach-wording',
  principle: 'relationship',
  kind: 'concern',
  description: 'Praise for one detail in a note whose words read like outreach sent to many (the word model’s second reading).',
};

export const PERSONAL_WORDING_CHECK: Check = {
  id: 'personal-wording',
  principle: 'relationship',
  kind: 'strength',
  description:
    'A note with nothing wrong that names something particular, in words that read like a note to one person (the word model’s second reading).',
};

export const SECOND_READING_CHECKS: readonly Check[] = [OUTREACH_WORDING_CHECK, PERSONAL_WORDING_CHECK];
