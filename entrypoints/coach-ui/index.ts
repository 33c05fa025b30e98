import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { linkedInAdapter } from '@/utils/linkedin/adapter';
import type { StartCoaching } from '@/utils/coach-ui-handoff/handoff';
import { receiveBrowser } from '@/utils/coach-ui-handoff/handed-browser';
import { logDebug } from '@/utils/log';
import { startCoaching } from './coach-runtime';
import { loadSecondReader } from './second-reader-loader';

// The coaching UI, loaded by the LinkedIn watcher as an ES module (see wxt.config.ts): importing
// it returns the function that starts coaching on the page.

const start: StartCoaching = (ctx, { click, action, settings, browser }) => {
  try {
    receiveBrowser(browser);
    const hint = click && linkedInAdapter.connectHintFrom(click.path, click.at);
    startCoaching(ctx, linkedInAdapter, hint, action, settings, loadSecondReader);
  } catch (error) {
    logDebug('could not start; LinkedIn is left as it was', error);
  }
};

export default defineUnlistedScript({
  // An ES module has no IIFE return value for WXT to append.
  globalName: false,
  main: () => start,
});
