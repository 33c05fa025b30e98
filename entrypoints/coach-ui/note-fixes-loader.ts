import { browser } from 'wxt/browser';
import type { fixFor } from '@/utils/fixes/note-fixes';
import { oncePerPage, useOncePerPage } from './once-per-page';

// The one-click fixes are built apart from the coaching UI (entrypoints/note-fixes.ts) and imported
// once per page, as soon as the coaching UI mounts a panel. Until they arrive, and if they never do,
// findings show without fix buttons: the coaching itself does not wait for them.
const NOTE_FIXES = '/note-fixes.js';

export type FixFor = typeof fixFor;

const importNoteFixes = (): Promise<unknown> => import(browser.runtime.getURL(NOTE_FIXES));
const noteFixes = oncePerPage<FixFor>('one-click fixes');

/** The fixes' fixFor, imported once per page; undefined when the module cannot be imported or is not ours. */
export function loadNoteFixes(load: () => Promise<unknown> = importNoteFixes): Promise<FixFor | undefined> {
  return noteFixes.load(load);
}

/** fixFor once its module has loaded; undefined before, or if it never loads. */
export function useNoteFixes(): FixFor | undefined {
  return useOncePerPage(noteFixes, importNoteFixes);
}
