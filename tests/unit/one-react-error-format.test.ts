import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { errorFormatIn, sharingTheFormat, usingTheSharedFormat } from '../../scripts/vite/one-react-error-format';

const require = createRequire(import.meta.url);
const reactDomFile = fileURLToPath(new URL('../../node_modules/react-dom/cjs/react-dom.production.js', import.meta.url));
const clientFile = fileURLToPath(new URL('../../node_modules/react-dom/cjs/react-dom-client.production.js', import.meta.url));
const reactDom = readFileSync(reactDomFile, 'utf8');
const client = readFileSync(clientFile, 'utf8');

type Format = (code: number, ...args: unknown[]) => string;

/** react-dom's build run as CommonJS, its formatter taken from its exports. */
function sharedFormatOf(code: string): Format {
  const module = { exports: {} as Record<string, unknown> };
  runInNewContext(code, { module, exports: module.exports, require: (name: string) => require(name), encodeURIComponent });
  return module.exports.__formatError as Format;
}

/** The formatter as React wrote it, declared on its own. */
function ownFormatOf(code: string, file: string): Format {
  return runInNewContext(`(${errorFormatIn(code, file)})`, { encodeURIComponent }) as Format;
}

describe("React's error formatter, once in the coaching UI", () => {
  test('react-dom and react-dom/client declare the same formatter', () => {
    expect(errorFormatIn(client, clientFile)).toBe(errorFormatIn(reactDom, reactDomFile));
  });

  test('react-dom shares its own: every error reads as it did, arguments and all', () => {
    const shared = sharedFormatOf(sharingTheFormat(reactDom, reactDomFile));
    const own = ownFormatOf(client, clientFile);
    const cases: [number, ...string[]][] = [[299], [418, 'HTML'], [31, 'object with keys {a, b}', 'x&y']];
    for (const [code, ...args] of cases) expect(shared(code, ...args)).toBe(own(code, ...args));
    expect(shared(31, 'a b')).toContain('https://react.dev/errors/31?args[]=a%20b');
  });

  test('react-dom/client uses it in place of its own copy, after requiring react-dom', () => {
    const used = usingTheSharedFormat(client, clientFile, errorFormatIn(reactDom, reactDomFile));
    expect(used).not.toContain('function formatProdErrorMessage(');
    expect(used).toContain('var formatProdErrorMessage = ReactDOM.__formatError;');
    expect(used.indexOf('ReactDOM = require("react-dom")')).toBeLessThan(used.indexOf('var formatProdErrorMessage'));
    expect(used.length).toBeLessThan(client.length - 400);
  });

  test('a React whose files no longer match fails the build, with what it expected', () => {
    expect(() => sharingTheFormat('exports.x = 1;', 'react-dom.production.js')).toThrow(/expected one function formatProdErrorMessage/);
    const changed = client.replace('" for the full message', '" for the whole message');
    expect(() => usingTheSharedFormat(changed, clientFile, errorFormatIn(reactDom, reactDomFile))).toThrow(/differs from react-dom's/);
  });
});
