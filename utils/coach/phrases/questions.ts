/** Words that open a question someone can only answer in their own words. */
export const OPEN_QUESTION_WORDS: ReadonlySet<string> = new Set([
  'how',
  "how's",
  'what',
  "what's",
  'whats',
  'why',
  'which',
  'where',
  "where's",
  'who',
  "who's",
  'when',
]);

/** "what you do": the verbs after "more about what you" that name nothing in particular. */
export const QUESTION_LEAD_IN: ReadonlySet<string> = new Set(['do', 'offer', 'sell', 'need']);
