import type { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { StoredSettings } from '@/utils/settings/move-from-sync';

// The contract between the two page entrypoints: the watcher (linkedin.content) loads the coaching
// UI (coach-ui) as a module and calls its default export with what it saw before it loaded.

/** The last click, kept raw: the coach reads it (Connect? whose?) once it has loaded. */
export interface RecentClick {
  path: Element[];
  at: number;
}

/** What the person did that woke the coach: their last labelled click, and the action itself. */
export interface CoachHandoff {
  click?: RecentClick;
  /**
   * The elements the person's waking action (a click, a key) passed through, and those of their
   * actions while the coach was loading: the watcher adds to it until `begin` settles.
   */
  action?: Element[];
  /** The person's settings, read while the coaching UI loaded. */
  settings?: Promise<StoredSettings>;
}

/** What the watcher hands the coaching UI: the handoff, and its extension API object to use rather than bundle another. */
export interface CoachStart extends CoachHandoff {
  browser: typeof browser;
}

/** The coaching UI module's default export. */
export type StartCoaching = (ctx: ContentScriptContext, start: CoachStart) => void;
