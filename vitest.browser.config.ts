import { defineConfig } from 'vitest/config';

// Real-Chromium tests of the production build (`npm run test:browser` builds it first).
// Two files at a time, one per core: the suite took 13 min one by one and 9¾ min two by two on the
// 2-core machine (2026-11-30, all 223 passing both ways, load 2–3 then 7–8), which keeps the whole
// CI run well under its 20 minutes. Every wait in the drivers and scenarios is sized for that load.
// Three at a time was tried (2026-11-30, load 16–30, 231 tests): 3 timed out, so two it stays; at
// two, `time` counted the suite at roughly 0.6 of a core over its run (load 5–16), so three may pay on
// a quiet machine: measure there first. The accessibility audits have files of their own so
// the two longest files (chromium, firefox) no longer hold them and the two workers pack evenly.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A shared two-core machine: a poll without its own timeout waits this long, not vitest's 1 s.
    expect: { poll: { timeout: 10_000, interval: 50 } },
    reporters: ['default', ['json', { outputFile: '.cache/test-results/browser.json' }]],
  },
});
