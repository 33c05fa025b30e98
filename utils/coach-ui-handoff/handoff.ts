import type { ContentScriptContext } from 'wxt/utils/content-script-context';

// The contract between the two page entrypoints: the watcher (linkedin.content) loads the coaching
// UI (coach-ui) as a module and calls its default export with what it saw before it loaded.

/** The last click, kept raw: the coach reads it (Connect? whose?) once it has loaded. */
export interface RecentClick {
  path: Element[];
  at: number;
}

export interface CoachHandoff {
  click?: RecentClick;
}

/** The coaching UI module's default export. */
export type StartCoaching = (ctx: ContentScriptContext, handoff: CoachHandoff) => void;
