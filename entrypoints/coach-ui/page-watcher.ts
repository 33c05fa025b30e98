import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SHADOW_OUTLETS } from '@/utils/linkedin/selectors';
import { scanScheduler } from '@/utils/scan-scheduler';

/** While the page keeps changing, at most one scan this often: well under notice, cheap on a busy feed. */
const SCAN_INTERVAL_MS = 40;

/**
 * Calls `scan` when the page changes (a dialog mounts, a step replaces another, a route changes):
 * at once after a quiet spell, at most once per SCAN_INTERVAL_MS however busy the page is. Also
 * watches the open shadow roots LinkedIn renders dialogs into, which a document observer cannot see.
 * Returns the same throttled scan, for changes no observer sees (the person's first click in a box).
 */
export function watchPage(ctx: ContentScriptContext, scan: () => void): () => void {
  const run = () => {
    observeShadowOutlets();
    scan();
  };
  const schedule = scanScheduler(run, SCAN_INTERVAL_MS, (fn, ms) => ctx.setTimeout(fn, ms));

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
  return schedule;
}
