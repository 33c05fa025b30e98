import { afterEach, beforeEach, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * One content-script context per test on a happy-dom page, as the coach's runtime gets from WXT:
 * aborted after each test, with the page emptied and every mock and timer restored, so nothing of
 * one test (a panel, a debounce, a spy) reaches the next. Returns the current test's context.
 */
export function contextPerTest(): () => ContentScriptContext {
  let ctx: ContentScriptContext | undefined;
  beforeEach(() => {
    // The runtime logs what it skips at debug level; tests read behaviour, not logs.
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    ctx = new ContentScriptContext('test');
  });
  afterEach(() => {
    ctx?.abort();
    document.body.replaceChildren();
    vi.useRealTimers();
    vi.clearAllMocks();
    vi.restoreAllMocks();
  });
  return () => {
    if (!ctx) throw new Error('contextPerTest: no context outside a test');
    return ctx;
  };
}

/** Longer than the coach's debounce and idle waits: what has not happened by then is not coming. */
export const quietSpell = () => new Promise((resolve) => setTimeout(resolve, 150));
