import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REACT_DOM_PRODUCTION_BUILDS, REACT_PRODUCTION_BUILDS, reactProductionAliases } from '../../scripts/vite/react-production';

// The coaching UI's production build resolves React's entries straight to the builds they pick
// (scripts/vite/react-production.ts). That holds only while each entry is nothing but that choice.
const require = createRequire(import.meta.url);

/** An entry's code without comments or runs of spaces, and the relative path of the build it picks. */
function entryOf(name: string, build: string): { code: string; picked: string } {
  const entry = require.resolve(name);
  const picked = `./${relative(dirname(entry), join(dirname(require.resolve(`${name.split('/')[0]}/package.json`)), build.split('/').slice(1).join('/')))}`;
  const code = readFileSync(entry, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
  return { code, picked };
}

describe("React's entries, resolved to their production builds", () => {
  test.each(Object.entries(REACT_PRODUCTION_BUILDS))(
    '%s picks %s in production and does nothing else',
    (name, build) => {
      const { code, picked } = entryOf(name, build);
      expect(code).toBe(
        `'use strict'; if (process.env.NODE_ENV === 'production') { module.exports = require('${picked}'); } else { module.exports = require('${picked.replace('.production.', '.development.')}'); }`,
      );
    },
  );

  test.each(Object.entries(REACT_DOM_PRODUCTION_BUILDS))(
    '%s picks %s in production after only React DevTools’ minification check',
    (name, build) => {
      const { code, picked } = entryOf(name, build);
      const check = code.slice(code.indexOf('function checkDCE()'), code.lastIndexOf(" if (process.env.NODE_ENV === 'production')"));
      // The check does nothing without DevTools' hook, and with it only reports to DevTools.
      expect(check).toMatch(/^function checkDCE\(\) \{ if \( typeof __REACT_DEVTOOLS_GLOBAL_HOOK__ === 'undefined' \|\|/);
      expect(check.match(/__REACT_DEVTOOLS_GLOBAL_HOOK__\.(\w+)/g)).toEqual(['__REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE', '__REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE']);
      expect(code).toBe(
        `'use strict'; ${check} if (process.env.NODE_ENV === 'production') { checkDCE(); module.exports = require('${picked}'); } else { module.exports = require('${picked.replace('.production.', '.development.')}'); }`,
      );
    },
  );

  test('each alias matches the exact name and points at a file that exists', () => {
    const aliases = reactProductionAliases(process.cwd());
    for (const { replacement } of aliases) expect(existsSync(replacement), replacement).toBe(true);
    for (const name of ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime', 'scheduler'])
      expect(aliases.filter(({ find }) => find.test(name)), name).toHaveLength(1);
    for (const name of ['react/jsx-dev-runtime', 'react-dom/server', 'react-dom/client.js'])
      expect(aliases.filter(({ find }) => find.test(name)), name).toHaveLength(0);
  });
});
