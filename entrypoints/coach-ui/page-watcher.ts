import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SHADOW_OUTLETS } from '@/utils/linkedin/selectors';

/** How long mutations are gathered before one scan: well under a person's notice, cheap on a busy feed. */
const SCAN_DELAY_MS = 40;

/**
 * Calls `scan` soon after the page changes (a dialog mounts, a step replaces another, a route
 * changes), at most once per SCAN_DELAY_MS however busy the page is. Also watches the open shadow
 * roots LinkedIn renders dialogs into, which a document observer cannot see.
 */
export function watchPage(ctx: ContentScriptContext, scan: () => void): { rescan: () => void } {
  let pending = false;
  const run = () => {
    pending = false;
    observeShadowOutlets();
    scan();
  };
  const schedule = () => {
    if (pending) return;
    pending = true;
    ctx.setTimeout(run, SCAN_DELAY_MS);
  };

  const options: MutationObserverInit = { childList: true, subtree: true, attributes: true, attributeFilter: ['open'] };
  const observer = new MutationObserver(schedule);
  observer.observe(document.body, options);

  const watchedRoots = new WeakSet<ShadowRoot>();
  const observeShadowOutlets = () => {
    for (const outlet of document.querySelectorAll(SHADOW_OUTLETS)) {
      const root = outlet.shadowRoot;
      if (!root || watchedRoots.has(root)) continue;
      watchedRoots.add(root);
      observer.observe(root, options);
    }
  };

  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  ctx.onInvalidated(() => observer.disconnect());
  run();
  return { rescan: run };
}
