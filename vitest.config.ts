import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and component tests. Components opt into a DOM with `// @vitest-environment happy-dom`.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [
      'utils/**/*.test.{ts,tsx}',
      'components/**/*.test.{ts,tsx}',
      'entrypoints/**/*.test.{ts,tsx}',
      'tests/unit/**/*.test.{ts,tsx}',
    ],
    environment: 'node',
    // Lint probes, property tests and the real store take seconds on a loaded 2-core machine; a
    // timeout here is a hang guard, not a speed check (speed is `npm run bench*`).
    testTimeout: 30_000,
    // vitest's default is one worker fewer than the cores: one worker on this 2-core machine, whose
    // files then mostly wait on imports one by one. Two keep both cores busy.
    maxWorkers: 2,
    reporters: ['default', ['json', { outputFile: '.cache/test-results/unit.json' }]],
  },
});
