import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ANY_DIALOG, ANYTHING_TO_COACH, CONNECT_LINK, SHADOW_OUTLETS } from '@/utils/linkedin/selectors';
import type { RecentClick } from '@/utils/coach-ui-handoff/handoff';
import { logDebug } from '@/utils/log';
import { scanScheduler } from '@/utils/scan-scheduler';

const SCAN_INTERVAL_MS = 40;
/** A dialog that opens this soon after a click on a labelled control may be the invitation. */
const CLICK_EXPLAINS_DIALOG_MS = 15_000;
const OPTIONS: MutationObserverInit = { childList: true, subtree: true, attributes: true, attributeFilter: ['open'] };

/**
 * Waits, cheaply, for the first sign that the person is about to write: a custom-invite link
 * clicked, the invitation dialog (any dialog, just after a click on a labelled control), or a
 * message box. Then calls `begin` once and steps aside; the coach takes over all watching. Knows
 * no labels in any language: that stays in the coach, so every LinkedIn page loads less.
 */
export function watchForComposer(ctx: ContentScriptContext, begin: (click: RecentClick | undefined) => Promise<void>) {
  let started = false;
  let click: RecentClick | undefined;

  const start = () => {
    if (started || ctx.isInvalid) return;
    started = true;
    observer.disconnect();
    begin(click).catch((error: unknown) => logDebug('could not load the coach', error));
  };

  const scan = () => {
    if (started) return;
    const roots: ParentNode[] = [document];
    for (const outlet of document.querySelectorAll(SHADOW_OUTLETS)) {
      if (!outlet.shadowRoot) continue;
      roots.push(outlet.shadowRoot);
      observer.observe(outlet.shadowRoot, OPTIONS);
    }
    const recent = click && Date.now() - click.at < CLICK_EXPLAINS_DIALOG_MS;
    const selector = recent ? `${ANYTHING_TO_COACH}, ${ANY_DIALOG}` : ANYTHING_TO_COACH;
    if (roots.some((root) => root.querySelector(selector))) start();
  };

  const observer = new MutationObserver(scanScheduler(scan, SCAN_INTERVAL_MS, (fn, ms) => ctx.setTimeout(fn, ms)));
  observer.observe(document.body, OPTIONS);
  ctx.onInvalidated(() => observer.disconnect());

  ctx.addEventListener(
    window,
    'click',
    (event) => {
      if (started) return;
      const path = event.composedPath().filter((t): t is Element => t instanceof Element);
      const labelled = path.find((el) => el.hasAttribute('aria-label') || el.matches(CONNECT_LINK));
      if (!labelled) return;
      click = { path, at: Date.now() };
      // A custom-invite link always opens the invitation: start loading before the dialog does.
      if (labelled.matches(CONNECT_LINK)) start();
    },
    { capture: true },
  );
  scan();
}
