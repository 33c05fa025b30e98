// @vitest-environment happy-dom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readSettings } from '@/utils/settings/store';
import { SAVE_PAUSE_MS, useSettings } from './use-settings';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

async function loadedHook() {
  const hook = renderHook(() => useSettings());
  await vi.waitFor(() => expect(hook.result.current.loaded).toBe(true));
  return hook;
}

describe('typing in the options page', () => {
  test('a burst of keystrokes is one write, after the pause, holding every character', async () => {
    const { result } = await loadedHook();
    const writes = vi.fn();
    fakeBrowser.storage.local.onChanged.addListener(writes);
    vi.useFakeTimers();
    const text = 'to learn from people who build public data tools, and to give back to them by reviewing code.';
    act(() => {
      for (let i = 1; i <= text.length; i++) result.current.update({ why: text.slice(0, i) });
    });
    expect(result.current.save.kind).toBe('saving');
    expect(writes).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(SAVE_PAUSE_MS));
    vi.useRealTimers();
    await vi.waitFor(() => expect(result.current.save.kind).toBe('saved'));
    expect(writes).toHaveBeenCalledTimes(1);
    expect((await readSettings()).settings.why).toBe(text);
  });

  test('closing the page before the pause is over still saves what was typed', async () => {
    const { result, unmount } = await loadedHook();
    vi.useFakeTimers();
    act(() => result.current.update({ why: 'to learn' }));
    unmount();
    vi.useRealTimers();
    await vi.waitFor(async () => expect((await readSettings()).settings.why).toBe('to learn'));
  });

  test('the page being hidden saves at once', async () => {
    const { result } = await loadedHook();
    vi.useFakeTimers();
    act(() => result.current.update({ weeklyNoteGoal: 9 }));
    window.dispatchEvent(new Event('pagehide'));
    vi.useRealTimers();
    await vi.waitFor(async () => expect((await readSettings()).settings.weeklyNoteGoal).toBe(9));
  });

  test('settings too large to keep are not saved, and the reason is shown', async () => {
    const { result } = await loadedHook();
    act(() => result.current.update({ mutedRules: Array.from({ length: 200 }, (_, i) => `rule-${i}-${'x'.repeat(80)}`) }));
    await vi.waitFor(() => expect(result.current.save.kind).toBe('error'), { timeout: 3_000 });
    expect(result.current.save).toEqual({ kind: 'error', message: expect.stringMatching(/^Not saved: These settings take [\d,]+ bytes; Cultivate keeps at most 8,192/) });
    expect((await readSettings()).settings.mutedRules).toEqual([]);
  });
});
