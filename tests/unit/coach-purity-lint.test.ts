import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

// `npm run lint` keeps the coach pure. These probes are linted as if they sat in utils/coach/.
const eslint = new ESLint();

async function problemsFor(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId);
}

describe('lint keeps utils/coach free of WXT, React and browser APIs', () => {
  test.each([
    ["import { defineContentScript } from 'wxt/utils/define-content-script';", 'no-restricted-imports'],
    ["import { useState } from 'react';", 'no-restricted-imports'],
    ["import { createRoot } from 'react-dom/client';", 'no-restricted-imports'],
    ["import { browser } from 'wxt/browser';", 'no-restricted-imports'],
    ["import browser from 'webextension-polyfill';", 'no-restricted-imports'],
    ["import { readFileSync } from 'node:fs';", 'no-restricted-imports'],
    ['export const id = browser.runtime.id;', 'no-restricted-globals'],
    ["export const el = document.querySelector('textarea');", 'no-restricted-globals'],
    ['export const w = window.innerWidth;', 'no-restricted-globals'],
  ])('rejects %s', async (code, rule) => {
    expect(await problemsFor(`${code}\n`, 'utils/coach/probe.ts')).toContain(rule);
  });

  test('accepts plain TypeScript and zod in the coach', async () => {
    const code =
      "import { z } from 'zod';\nexport const s = z.string();\nexport const words = new Intl.Segmenter('en');\n";
    expect(await problemsFor(code, 'utils/coach/probe.ts')).toEqual([]);
  });

  test('the same imports are allowed outside the coach', async () => {
    const code = "import { browser } from 'wxt/browser';\nexport const id = browser.runtime.id;\n";
    expect(await problemsFor(code, 'entrypoints/probe.ts')).toEqual([]);
  });
});
