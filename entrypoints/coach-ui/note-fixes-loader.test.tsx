// @vitest-environment happy-dom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { Finding } from '@/utils/coach/schema';
import { fixFor } from '@/utils/fixes/note-fixes';

// Each test is a fresh page: the module, and the import it remembers, are loaded anew.
let loadNoteFixes: typeof import('./note-fixes-loader').loadNoteFixes;
let useNoteFixes: typeof import('./note-fixes-loader').useNoteFixes;

// The one-click fixes come apart from the coaching UI, once per page, as soon as a panel mounts.
// Until they arrive, and if they never do, findings show without fix buttons.

beforeEach(async () => {
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
  vi.resetModules();
  ({ loadNoteFixes, useNoteFixes } = await import('./note-fixes-loader'));
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const missingName: Finding = {
  rule: 'missing-name',
  kind: 'concern',
  severity: 'warning',
  principle: 'relationship',
  message: 'Greet them by name',
  why: 'A name says the note is for them.',
};

test('the module’s default export is fixFor', async () => {
  await expect(loadNoteFixes(async () => ({ default: fixFor }))).resolves.toBe(fixFor);
});

test('no fixes until the module arrives; then the panel’s fixFor is the module’s', async () => {
  let arrive: (module: unknown) => void = () => undefined;
  void loadNoteFixes(() => new Promise((resolve) => (arrive = resolve)));
  const { result } = renderHook(() => useNoteFixes());
  expect(result.current).toBeUndefined();

  await act(async () => arrive({ default: fixFor }));
  expect(result.current).toBe(fixFor);
  const text = 'Hello, I liked your talk.';
  expect(result.current?.(missingName, { text, recipient: { firstName: 'Ana' }, limit: 300 })).toMatchObject({
    label: 'Greet Ana by name',
  });
  // A panel mounted later on the same page has them from its first render.
  expect(renderHook(() => useNoteFixes()).result.current).toBe(fixFor);
});

test('when the module never comes, the panel goes on without fixes', async () => {
  void loadNoteFixes(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
  const { result } = renderHook(() => useNoteFixes());
  await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
  expect(result.current).toBeUndefined();
});
