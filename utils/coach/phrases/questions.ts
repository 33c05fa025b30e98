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

/**
 * What a question about their organisation's present state asks after when it qualifies a buyer:
 * "How much budget does your team have…?", "What does your roadmap look like…?", "What is your
 * process for onboarding new suppliers?". Curiosity asks how they did something, not what they will buy.
 */
export const BUYING_STATE_WORDS: ReadonlySet<string> = new Set([
  'budget',
  'budgets',
  'roadmap',
  'roadmaps',
  'process',
  'processes',
  'plans',
  'priorities',
  'stack',
  'tools',
  'tooling',
  'vendor',
  'vendors',
  'supplier',
  'suppliers',
  'provider',
  'providers',
  'positions',
  'openings',
  'vacancies',
  'requirements',
  'needs',
  'spend',
  'headcount',
  'procurement',
  'pipeline',
]);

/** The reader, in a question about their organisation. */
export const SECOND_PERSON: ReadonlySet<string> = new Set(['you', 'your', "you're", 'yours']);

/** The writer, in a question about what the writer would gain. */
export const SELF_WORDS: ReadonlySet<string> = new Set(['i', 'me', 'my', "i'm"]);

/** What a job-seeker or applicant gains: "what do you think I need to get hired…?", "how I can get an internship". */
export const GAIN_WORDS: ReadonlySet<string> = new Set([
  'hired',
  'internship',
  'job',
  'position',
  'placement',
  'referral',
  'join',
  'apply',
  'considered',
  'role',
  'interview',
]);
