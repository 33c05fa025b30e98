import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REACT_PRODUCTION_BUILDS, reactProductionAliases } from '../../scripts/vite/react-production';

// The coaching UI's production build resolves React's entries straight to the builds they pick
// (scripts/vite/react-production.ts). That holds only while each entry is nothing but that choice.
const require = createRequire(import.meta.url);

describe("React's entries, resolved to their production builds", () => {
  test.each(Object.entries(REACT_PRODUCTION_BUILDS))(
    '%s picks %s in production and does nothing else',
    (name, build) => {
      const entry = require.resolve(name);
      const picked = `./${relative(dirname(entry), join(dirname(require.resolve(`${name.split('/')[0]}/package.json`)), build.split('/').slice(1).join('/')))}`;
      const code = readFileSync(entry, 'utf8')
        .replace(/\/\/.*$/gm, '')
        .replace(/\s+/g, ' ')
        .trim();
      expect(code).toBe(
        `'use strict'; if (process.env.NODE_ENV === 'production') { module.exports = require('${picked}'); } else { module.exports = require('${picked.replace('.production.', '.development.')}'); }`,
      );
    },
  );

  test('each alias matches the exact name and points at a file that exists', () => {
    for (const { find, replacement } of reactProductionAliases(process.cwd())) {
      expect(existsSync(replacement), replacement).toBe(true);
      expect(find.test('react-dom')).toBe(false);
      expect(find.test('react/jsx-dev-runtime')).toBe(false);
    }
    expect(reactProductionAliases(process.cwd()).filter(({ find }) => find.test('react'))).toHaveLength(1);
  });
});
