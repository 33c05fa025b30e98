import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and component tests. Components opt into a DOM with `// @vitest-environment happy-dom`.
// The pure coach and the language helpers keep no state between tests (no DOM, no storage, no
// timers), so their files share one module graph per worker instead of importing the coach afresh
// for each of a hundred files: on the 2-core machine that took the coach's files from 56 s to 12 s
// (2026-12-02). Everything that touches storage, a DOM or fake timers stays isolated.
const SHARED_MODULES = ['utils/coach/**/*.test.{ts,tsx}', 'utils/language/**/*.test.{ts,tsx}'];

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    // Lint probes, property tests and the real store take seconds on a loaded 2-core machine; a
    // timeout here is a hang guard, not a speed check (speed is `npm run bench*`).
    testTimeout: 30_000,
    // vitest's default is one worker fewer than the cores: one worker on this 2-core machine, whose
    // files then mostly wait on imports one by one. Two keep both cores busy.
    maxWorkers: 2,
    reporters: ['default', ['json', { outputFile: '.cache/test-results/unit.json' }]],
    projects: [
      { extends: true, test: { name: 'pure', include: SHARED_MODULES, isolate: false } },
      {
        extends: true,
        test: {
          name: 'isolated',
          include: [
            'utils/**/*.test.{ts,tsx}',
            'components/**/*.test.{ts,tsx}',
            'entrypoints/**/*.test.{ts,tsx}',
            'tests/unit/**/*.test.{ts,tsx}',
          ],
          exclude: SHARED_MODULES,
        },
      },
    ],
  },
});
