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

/**
 * react-dom's entries choose their build the same way, after one call: `checkDCE()`, which returns at
 * once unless React DevTools has put its hook on the page, and then only asks DevTools to check the
 * build was minified, a warning for the developer. Our builds are minified, and the coaching UI runs
 * in the content script's own world, where DevTools' hook never is. Skipping the check leaves out
 * the check and the wrappers (146 bytes gzipped off the coaching UI, 2026-12-03).
 */
export const REACT_DOM_PRODUCTION_BUILDS: Readonly<Record<string, string>> = {
  'react-dom': 'react-dom/cjs/react-dom.production.js',
  'react-dom/client': 'react-dom/cjs/react-dom-client.production.js',
};

/** Vite aliases from each entry's exact name to its production build, for a production build. */
export function reactProductionAliases(root: string): { find: RegExp; replacement: string }[] {
  return Object.entries({ ...REACT_PRODUCTION_BUILDS, ...REACT_DOM_PRODUCTION_BUILDS }).map(([name, build]) => ({
    find: new RegExp(`^${name.replace('/', '\\/')}$`),
    replacement: resolve(root, 'node_modules', build),
  }));
}
