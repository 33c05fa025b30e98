import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { logDebug } from '@/utils/log';
import type { StartCoaching } from '@/utils/coach-ui-handoff/handoff';
import { noticeAcceptance } from './notice-acceptance';
import { watchForComposer } from './watch-for-composer';

// The only script LinkedIn pages load: a small watcher. The coach, React and the panel come as
// one module, fetched from the extension the first time a composer (or a Connect click) appears.
const COACH_UI = '/coach-ui.js';

export default defineContentScript({
  matches: ['*://*.linkedin.com/*'],
  main(ctx) {
    try {
      noticeAcceptance(ctx);
      watchForComposer(ctx, async (click) => {
        const module = (await import(/* @vite-ignore */ browser.runtime.getURL(COACH_UI))) as { default: StartCoaching };
        if (!ctx.isInvalid) module.default(ctx, { click });
      });
    } catch (error) {
      logDebug('could not start; LinkedIn is left as it was', error);
    }
  },
});
