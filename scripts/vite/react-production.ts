import { resolve } from 'node:path';

/**
 * React's entry files only choose a build by NODE_ENV: `react/index.js` is
 * `module.exports = require('./cjs/react.production.js')` in production, and so are
 * `react/jsx-runtime.js` and `scheduler/index.js`. Bundled, each entry stays a CommonJS wrapper of
 * its own around the build it picks; resolving the name straight to that build leaves the wrappers
 * out (61 bytes gzipped off the coaching UI, 2026-12-03). The same code runs, one copy of each, for
 * react-dom's `require('react')` too. react-dom's own entries are not skipped: before requiring
 * their build they ask React DevTools, when it is there, to check the page's React was minified.
 */
export const REACT_PRODUCTION_BUILDS: Readonly<Record<string, string>> = {
  react: 'react/cjs/react.production.js',
  'react/jsx-runtime': 'react/cjs/react-jsx-runtime.production.js',
  scheduler: 'scheduler/cjs/scheduler.production.js',
};

/** Vite aliases from each entry's exact name to its production build, for a production build. */
export function reactProductionAliases(root: string): { find: RegExp; replacement: string }[] {
  return Object.entries(REACT_PRODUCTION_BUILDS).map(([name, build]) => ({
    find: new RegExp(`^${name.replace('/', '\\/')}$`),
    replacement: resolve(root, 'node_modules', build),
  }));
}
