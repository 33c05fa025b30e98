import { defineConfig } from 'vitest/config';
import base from './vitest.config';

// The unit-test config narrowed to the test files one mutation group names (scripts/mutate.ts
// passes them in CULTIVATE_MUTATE_TESTS), so each mutant runs only the tests about its module.
const tests = process.env.CULTIVATE_MUTATE_TESTS?.split(',').filter(Boolean);

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: tests && tests.length > 0 ? tests : base.test?.include,
    reporters: ['default'],
  },
});
