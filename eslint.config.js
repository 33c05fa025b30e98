// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { BACKGROUND_ROOMS, boundariesRule } from './scripts/lint/rooms.js';

/** The coach runs unchanged in the content script, in Node tests and on the command line. */
const coachIsPure = {
  files: ['utils/coach/**/*.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [
          { name: 'wxt', message: 'The coach is pure: no WXT.' },
          { name: 'react', message: 'The coach is pure: no React.' },
          { name: 'react-dom', message: 'The coach is pure: no React.' },
          { name: 'webextension-polyfill', message: 'The coach is pure: no browser APIs.' },
          { name: '#imports', message: 'The coach is pure: no WXT.' },
        ],
        patterns: [
          { group: ['wxt/*', '@wxt-dev/*'], message: 'The coach is pure: no WXT.' },
          { group: ['react/*', 'react-dom/*'], message: 'The coach is pure: no React.' },
          { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'The coach is pure: no I/O.' },
          { group: ['**/components/**', '**/entrypoints/**'], message: 'The coach is pure: no UI code.' },
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      ...['browser', 'chrome', 'window', 'document', 'navigator', 'localStorage', 'fetch', 'XMLHttpRequest', 'indexedDB'].map(
        (name) => ({ name, message: 'The coach is pure: no DOM, browser API or I/O.' }),
      ),
    ],
  },
};

/** Imports only along the allowed arrows between rooms (scripts/lint/rooms.js, ARCHITECTURE.md). */
const roomsKeepTheirDoors = {
  files: ['**/*.{ts,tsx}'],
  plugins: { cultivate: { rules: { boundaries: boundariesRule } } },
  rules: { 'cultivate/boundaries': 'error' },
};

/** The background is a service worker in Chrome: what it can reach touches no DOM and no UI. */
const backgroundTouchesNoDom = {
  files: BACKGROUND_ROOMS.filter((room) => room !== 'utils/coach').map((room) => `${room}/**/*.{ts,tsx}`),
  ignores: ['**/*.test.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: ['react', 'react-dom'].map((name) => ({ name, message: 'The background has no DOM: no React.' })),
        patterns: [
          { group: ['react/*', 'react-dom/*'], message: 'The background has no DOM: no React.' },
          { group: ['**/components/**', 'wxt/utils/content-script*'], message: 'The background has no DOM: no UI code.' },
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      ...[
        'window',
        'document',
        'localStorage',
        'sessionStorage',
        'HTMLElement',
        'Element',
        'Node',
        'MutationObserver',
        'getComputedStyle',
        'requestAnimationFrame',
        'DOMParser',
        'customElements',
      ].map((name) => ({ name, message: 'The background has no DOM (a service worker in Chrome).' })),
    ],
  },
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', '.cache/**', 'node_modules/**', 'coverage/**', 'tests/lint-fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render HTML from strings.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Never assign innerHTML.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No eval.' },
      ],
    },
  },
  {
    // Tests build fixed fixture markup; the innerHTML ban is about page text.
    files: ['**/*.test.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No eval.' },
      ],
    },
  },
  {
    // The script the fixture pages share: a classic browser script whose top-level functions are
    // globals that the pages' own inline scripts call (tests/fixtures/linkedin/shared/linkedin.js).
    files: ['tests/fixtures/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: { window: 'readonly', document: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' },
    },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { vars: 'local' }] },
  },
  coachIsPure,
  roomsKeepTheirDoors,
  backgroundTouchesNoDom,
);
