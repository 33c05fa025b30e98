import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const REACT_DOM = /\/react-dom\/cjs\/react-dom\.production\.js$/;
const REACT_DOM_CLIENT = /\/react-dom\/cjs\/react-dom-client\.production\.js$/;
const SHARED = '__formatError';
const DECLARED = 'function formatProdErrorMessage(code) {';

/** `function formatProdErrorMessage(code) { … }`, as the file declares it, braces matched. */
export function errorFormatIn(code: string, file: string): string {
  const start = code.indexOf(DECLARED);
  if (start < 0 || code.indexOf(DECLARED, start + 1) >= 0)
    throw new Error(`${file}: expected one ${DECLARED} … }; React's build has changed (scripts/vite/one-react-error-format.ts)`);
  let depth = 0;
  for (let at = start + DECLARED.length - 1; at < code.length; at++) {
    if (code[at] === '{') depth++;
    else if (code[at] === '}' && --depth === 0) return code.slice(start, at + 1);
  }
  throw new Error(`${file}: ${DECLARED} never closes`);
}

/** react-dom's build with its error formatter also on its exports, for react-dom/client to use. */
export function sharingTheFormat(code: string, file: string): string {
  errorFormatIn(code, file);
  return `${code}\nexports.${SHARED} = formatProdErrorMessage;\n`;
}

/** react-dom/client's build using react-dom's formatter, which it requires as `ReactDOM` first. */
export function usingTheSharedFormat(code: string, file: string, shared: string): string {
  const own = errorFormatIn(code, file);
  if (own !== shared) throw new Error(`${file}: its formatProdErrorMessage differs from react-dom's; keep both`);
  if (!/\bReactDOM = require\("react-dom"\)/.test(code)) throw new Error(`${file}: no ReactDOM = require("react-dom") before its formatter`);
  // Declared with var where the function was: it is called only when React throws, long after the
  // module's first lines have run and set it.
  return code.replace(own, `var formatProdErrorMessage = ReactDOM.${SHARED};`);
}

/**
 * React ships `formatProdErrorMessage` twice, the same twenty lines in react-dom's build and in
 * react-dom/client's, and bundled they sit 150 KB apart, beyond gzip's reach: react-dom/client can use
 * the one react-dom already has (it requires react-dom before its own code runs). The same function
 * runs, so every error reads as before. Production builds only; a React whose files no longer match
 * fails the build rather than ship a half-made change.
 */
export function oneReactErrorFormat(): Plugin {
  return {
    name: 'cultivate:one-react-error-format',
    apply: 'build',
    transform(code, id) {
      if (REACT_DOM.test(id)) return { code: sharingTheFormat(code, id), map: null };
      if (!REACT_DOM_CLIENT.test(id)) return undefined;
      const reactDom = id.replace(REACT_DOM_CLIENT, '/react-dom/cjs/react-dom.production.js');
      const shared = errorFormatIn(readFileSync(reactDom, 'utf8'), reactDom);
      return { code: usingTheSharedFormat(code, id, shared), map: null };
    },
  };
}
