import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { LINKEDIN_PAGES } from '@/utils/linkedin/match-pattern';
import { logDebug } from '@/utils/log';
import type { StartCoaching } from '@/utils/coach-ui-handoff/handoff';
import { readStoredSettings } from '@/utils/settings/move-from-sync';
import { noticeAcceptance } from './notice-acceptance';
import { watchForComposer } from './watch-for-composer';

// The only script LinkedIn pages load: a small watcher. The coach, React and the panel come as
// one module, fetched from the extension the first time the person starts writing (see watchForComposer).
const COACH_UI = '/coach-ui.js';

export default defineContentScript({
  matches: [LINKEDIN_PAGES],
  main(ctx) {
    try {
      noticeAcceptance(ctx);
      watchForComposer(ctx, async (handoff) => {
        // The coach shows nothing before the settings are read: read them while it loads.
        const settings = readStoredSettings();
        settings.catch(() => undefined);
        const module = (await import(/* @vite-ignore */ browser.runtime.getURL(COACH_UI))) as {
          default: StartCoaching;
        };
        if (!ctx.isInvalid) module.default(ctx, { ...handoff, settings, browser });
      });
    } catch (error) {
      logDebug('could not start; LinkedIn is left as it was', error);
    }
  },
});
