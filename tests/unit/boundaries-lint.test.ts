import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

// `npm run lint` keeps the doors between rooms where ARCHITECTURE.md puts them. Each probe is
// linted as if it sat at the path given.
const eslint = new ESLint();

async function problemsFor(code: string, filePath: string) {
  const [result] = await eslint.lintText(`${code}\n`, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId);
}

describe('page code imports types from utils/history, never its code', () => {
  test.each([
    ["import { openHistoryStore } from '@/utils/history/store';\nexport const o = openHistoryStore;", 'entrypoints/coach-ui/probe.ts'],
    ["import { contactSchema } from '../../utils/history/model';\nexport const s = contactSchema;", 'entrypoints/coach-ui/probe.ts'],
    ["export { contactKeyFor } from '@/utils/history/contact-key';", 'entrypoints/linkedin.content/probe.ts'],
    ["import { STAGES } from '@/utils/history/model';\nexport const s = STAGES;", 'utils/linkedin/probe.ts'],
    ["export const load = () => import('@/utils/history/store');", 'entrypoints/coach-ui/probe.ts'],
  ])('rejects %s in %s', async (code, path) => {
    expect(await problemsFor(code, path)).toContain('cultivate/boundaries');
  });

  test.each([
    "import type { Contact } from '@/utils/history/model';\nexport type C = Contact;",
    "import { type Contact } from '@/utils/history/model';\nexport type C = Contact;",
  ])('accepts %s', async (code) => {
    expect(await problemsFor(code, 'entrypoints/coach-ui/probe.ts')).toEqual([]);
  });

  test('the popup may use the history', async () => {
    const code = "import { openHistoryStore } from '@/utils/history/store';\nexport const o = openHistoryStore;";
    expect(await problemsFor(code, 'entrypoints/popup/probe.ts')).toEqual([]);
  });
});

describe('no entrypoint imports another', () => {
  test.each([
    ["import { goals } from '../popup/goals';\nexport const g = goals;", 'entrypoints/options/probe.ts'],
    ["import type { StartCoaching } from '@/entrypoints/coach-ui';\nexport type S = StartCoaching;", 'entrypoints/linkedin.content/probe.ts'],
    ["import { backgroundHandlers } from '~/entrypoints/background/handlers';\nexport const b = backgroundHandlers;", 'entrypoints/popup/testing/probe.ts'],
  ])('rejects %s in %s', async (code, path) => {
    expect(await problemsFor(code, path)).toContain('cultivate/boundaries');
  });

  test('imports within one entrypoint are fine', async () => {
    expect(await problemsFor("import { goals } from '../goals';\nexport const g = goals;", 'entrypoints/popup/testing/probe.ts')).toEqual([]);
  });
});

describe('utils/history knows no site and no wire protocol', () => {
  test.each([
    "import { normalizeProfileUrl } from '@/utils/linkedin/profile-url';\nexport const n = normalizeProfileUrl;",
    "import type { ToBackground } from '@/utils/messaging/protocol';\nexport type T = ToBackground;",
    "import { ask } from '../messaging/client';\nexport const a = ask;",
  ])('rejects %s', async (code) => {
    expect(await problemsFor(code, 'utils/history/probe.ts')).toContain('cultivate/boundaries');
  });
});

describe('code the background reaches touches no DOM', () => {
  test.each([
    ['export const body = document.body;', 'utils/history/probe.ts', 'no-restricted-globals'],
    ['export const w = window.innerWidth;', 'entrypoints/background/probe.ts', 'no-restricted-globals'],
    ["export const o = new MutationObserver(() => undefined);", 'utils/reminders/probe.ts', 'no-restricted-globals'],
    ["import { useState } from 'react';\nexport const u = useState;", 'utils/settings/probe.ts', 'no-restricted-imports'],
    ["import { CoachPanel } from '@/components/coach-panel/CoachPanel';\nexport const c = CoachPanel;", 'utils/messaging/probe.ts', 'no-restricted-imports'],
  ])('rejects %s in %s', async (code, path, rule) => {
    expect(await problemsFor(code, path)).toContain(rule);
  });

  test('IndexedDB and the extension API are fine there', async () => {
    const code = "import { browser } from 'wxt/browser';\nexport const open = () => [indexedDB.open('x'), browser.runtime.id];";
    expect(await problemsFor(code, 'utils/history/probe.ts')).toEqual([]);
  });

  test('the DOM is fine in page code', async () => {
    expect(await problemsFor('export const body = document.body;', 'utils/linkedin/probe.ts')).toEqual([]);
  });
});
