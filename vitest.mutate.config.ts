import { defineConfig } from 'vitest/config';
import base from './vitest.config';

// The unit-test config narrowed to the test files one mutation group names (scripts/mutate.ts
// passes them in CULTIVATE_MUTATE_TESTS, as JSON), so each mutant runs only the tests about its module.
// JSON, not a comma list: globs such as `{a,b}.test.ts` hold commas.
const tests = process.env.CULTIVATE_MUTATE_TESTS
  ? (JSON.parse(process.env.CULTIVATE_MUTATE_TESTS) as string[])
  : undefined;

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: tests && tests.length > 0 ? tests : base.test?.include,
    reporters: ['default'],
    // A mutation run is not about speed, and the machine is shared: a slow test must not fail the dry run.
    testTimeout: 30_000,
  },
});
