import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { fixFor } from '@/utils/fixes/note-fixes';
import { logDebug } from '@/utils/log';

// The one-click fixes are built apart from the coaching UI (entrypoints/note-fixes.ts) and imported
// once per page, as soon as the coaching UI mounts a panel. Until they arrive, and if they never do,
// findings show without fix buttons: the coaching itself does not wait for them.
const NOTE_FIXES = '/note-fixes.js';

export type FixFor = typeof fixFor;

const importNoteFixes = (): Promise<unknown> => import(browser.runtime.getURL(NOTE_FIXES));

let loading: Promise<FixFor | undefined> | undefined;
let loaded: FixFor | undefined;

/** The fixes' fixFor, imported once per page; undefined when the module cannot be imported or is not ours. */
export function loadNoteFixes(load: () => Promise<unknown> = importNoteFixes): Promise<FixFor | undefined> {
  loading ??= load()
    .then((module) => {
      const fix = (module as { default?: unknown } | undefined)?.default;
      if (typeof fix !== 'function') throw new TypeError('the note fixes module has no fixFor');
      return (loaded = fix as FixFor);
    })
    .catch((error: unknown) => {
      logDebug('coaching without one-click fixes', error);
      return undefined;
    });
  return loading;
}

/** fixFor once its module has loaded; undefined before, or if it never loads. */
export function useNoteFixes(): FixFor | undefined {
  const [fix, setFix] = useState<FixFor | undefined>(() => loaded);
  useEffect(() => {
    let mounted = true;
    if (!fix) void loadNoteFixes().then((loadedFix) => mounted && loadedFix && setFix(() => loadedFix));
    return () => {
      mounted = false;
    };
  }, [fix]);
  return fix;
}
