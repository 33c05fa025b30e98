// What `npm run mutate -- <group>` mutates, and which test files may kill its mutants. Each group
// is small enough to run in about 15 minutes on a shared 2-core machine: the tests are the ones
// about the module (not every test that happens to import it), narrowed per mutant by Stryker's
// per-test coverage.

export interface MutationGroup {
  /** Source files whose code is mutated (never tests). */
  mutate: string[];
  /** Test files (globs) that run against the mutants. */
  tests: string[];
  why: string;
}

const COACH_TESTS = ['utils/coach/**/*.test.ts', 'tests/unit/corpus.test.ts'];
/**
 * A rule's group runs the test files that name the rule and the ones that run every rule (analyze,
 * language, renames, the registry, which holds every rule to a description), not the corpus test: that one analyses every corpus note while its tests are
 * collected, so Stryker saw the whole coach as run outside any test ("static") and re-ran every test,
 * module reload included, for nearly every mutant (unfilled-placeholder: 242 of 273 static, a 5-minute
 * dry run and an estimated 2 h 20 min at load 24); the whole coach suite without it still took 4½
 * minutes to collect at load 25. The corpus test's thresholds are shares of verdicts, not a rule's
 * exact findings.
 */
const ruleTests = (...files: string[]) => [
  ...files.map((file) => `utils/coach/${file}.test.ts`),
  'utils/coach/{analyze,language,rule-renames,rules/registry}.test.ts',
];
const LINKEDIN_TESTS = ['utils/linkedin/**/*.test.ts'];

export const MUTATION_GROUPS: Record<string, MutationGroup> = {
  scoring: {
    mutate: ['utils/coach/scoring.ts'],
    tests: COACH_TESTS,
    why: 'principle meters, the verdict and the overall score',
  },
  'ask-before-give': {
    mutate: ['utils/coach/rules/ask-before-give.ts'],
    tests: ruleTests('rules/ask-before-give*', 'rules/disguised-asks'),
    why: 'an ask before any give',
  },
  'unfilled-placeholder': {
    mutate: ['utils/coach/rules/unfilled-placeholder.ts'],
    tests: ruleTests('rules/unfilled-placeholder*'),
    why: 'template placeholders left in',
  },
  'specific-detail': {
    mutate: ['utils/coach/rules/specific-detail.ts'],
    tests: ruleTests('rules/specific-detail*', 'rules/disguised-asks'),
    why: 'praise for a specific detail',
  },
  'template-reuse': {
    mutate: ['utils/coach/rules/template-reuse.ts'],
    tests: ruleTests('rules/template-reuse*'),
    why: 'the same note sent to many',
  },
  'your-data-import': {
    mutate: ['utils/your-data/json-problems.ts', 'utils/your-data/transfer.ts'],
    tests: [
      'utils/your-data/{json-problems,transfer*,your-data}.test.ts',
      'entrypoints/options/DataSection.test.tsx',
    ],
    why: 'reading an export file: every refusal and its message',
  },
  'history-store': {
    mutate: ['utils/history/weeks.ts', 'utils/history/stats.ts', 'utils/history/contact-key.ts'],
    tests: ['utils/history/*.test.ts'],
    why: 'the store’s own arithmetic: weeks, this week against the goals, who a contact is',
  },
  settings: {
    mutate: ['utils/settings/migrations.ts'],
    tests: ['utils/settings/**/*.test.ts'],
    why: 'stored settings brought up to date and repaired',
  },
  invitation: {
    mutate: ['utils/linkedin/invitation.ts'],
    tests: LINKEDIN_TESTS,
    why: 'finding the dialog, its buttons, the limits',
  },
  recipient: {
    mutate: ['utils/linkedin/recipient.ts', 'utils/linkedin/top-card.ts'],
    tests: LINKEDIN_TESTS,
    why: 'who the invitation is for',
  },
};

/** The modules issue 18 measured, in its order: `npm run mutate -- issue-18` runs these groups. */
export const ISSUE_18_GROUPS = [
  'scoring',
  'ask-before-give',
  'unfilled-placeholder',
  'specific-detail',
  'template-reuse',
  'your-data-import',
  'settings',
  'invitation',
  'recipient',
];
