import type { Rule } from '../rule';

/**
 * The second reading's own concern, described like a rule so a person can switch it off where they
 * switch off the rules (the options page lists it beside them; the panel can mute it).
 */
export const OUTREACH_WORDING_CHECK: Pick<Rule, 'id' | 'principle' | 'kind' | 'description'> = {
  id: 'outreach-wording',
  principle: 'relationship',
  kind: 'concern',
  description: 'Praise for one detail in a note whose words read like outreach sent to many (the word model’s second reading).',
};
