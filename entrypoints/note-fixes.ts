import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { fixFor } from '@/utils/fixes/note-fixes';

// The one-click fixes, loaded by the coaching UI apart from itself (entrypoints/coach-ui/note-fixes-loader.ts):
// they matter only once a finding with a fix is shown, so their code stays out of coach-ui.js,
// whose size is budgeted. Importing it returns fixFor. It reads a finding's `rule` and `range`,
// names the build shortens in the coaching UI, so it is renamed with the same table (wxt.config.ts;
// a build test checks).

export default defineUnlistedScript({
  // An ES module has no IIFE return value for WXT to append.
  globalName: false,
  main: () => fixFor,
});
