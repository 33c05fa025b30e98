import type { Rule } from '../rule';

/**
 * The second reading's own strength, described like a rule so a person can switch it off where they
 * switch off the rules (the options page lists it beside them).
 */
export const PERSONAL_WORDING_CHECK: Pick<Rule, 'id' | 'principle' | 'kind' | 'description'> = {
  id: 'personal-wording',
  principle: 'relationship',
  kind: 'strength',
  description:
    'A note with nothing wrong that names something particular, in words that read like a note to one person (the word model’s second reading).',
};
