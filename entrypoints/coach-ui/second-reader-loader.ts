import { browser } from 'wxt/browser';
import type { SecondReader } from '@/utils/coach/second-reader';
import { logDebug } from '@/utils/log';

// The word model's second reading is built apart from the coaching UI (entrypoints/word-model.ts),
// so its weights and code add nothing to coach-ui.js or to the first panel. Loaded once per page,
// after coaching starts; until it arrives, and if it never does, the coach reads with its rules.
const WORD_MODEL = '/word-model.js';

const importWordModel = (): Promise<unknown> => import(browser.runtime.getURL(WORD_MODEL));

/**
 * The second reader, or undefined when the module cannot be imported or its weights do not fit
 * their schema (the module throws on import): the coach goes on with its rules alone.
 */
export async function loadSecondReader(load: () => Promise<unknown> = importWordModel): Promise<SecondReader | undefined> {
  try {
    const reader = ((await load()) as { default?: unknown } | undefined)?.default;
    if (typeof reader !== 'function') throw new TypeError('the word model module has no second reader');
    return reader as SecondReader;
  } catch (error) {
    logDebug('reading with the rules alone', error);
    return undefined;
  }
}
