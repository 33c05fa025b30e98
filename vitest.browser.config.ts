import { defineConfig } from 'vitest/config';

// Real-Chromium tests of the production build (`npm run test:browser` builds it first).
// One browser at a time: the machines have two cores.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A shared two-core machine: a poll without its own timeout waits this long, not vitest's 1 s.
    expect: { poll: { timeout: 10_000, interval: 50 } },
    reporters: ['default', ['json', { outputFile: '.cache/test-results/browser.json' }]],
  },
});
