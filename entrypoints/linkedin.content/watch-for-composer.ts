import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { connectHintFrom } from '@/utils/linkedin/connect-control';
import type { ConnectHint } from '@/utils/linkedin/recipient';
import { ANYTHING_TO_COACH, SHADOW_OUTLETS } from '@/utils/linkedin/selectors';
import { logDebug } from '@/utils/log';
import { scanScheduler } from '@/utils/scan-scheduler';

const SCAN_INTERVAL_MS = 40;
const OPTIONS: MutationObserverInit = { childList: true, subtree: true, attributes: true, attributeFilter: ['open'] };

/**
 * Waits, cheaply, for the first sign that the person is about to write: a click on a Connect
 * control (the earliest: the dialog has not even opened), or an invitation dialog or message box
 * on the page. Then calls `begin` once and steps aside; the coach takes over all watching.
 */
export function watchForComposer(ctx: ContentScriptContext, begin: (hint: ConnectHint | undefined) => Promise<void>) {
  let started = false;

  const start = (hint: ConnectHint | undefined) => {
    if (started || ctx.isInvalid) return;
    started = true;
    observer.disconnect();
    begin(hint).catch((error: unknown) => logDebug('could not load the coach', error));
  };

  const scan = () => {
    if (started) return;
    const roots: ParentNode[] = [document];
    for (const outlet of document.querySelectorAll(SHADOW_OUTLETS)) {
      if (!outlet.shadowRoot) continue;
      roots.push(outlet.shadowRoot);
      observer.observe(outlet.shadowRoot, OPTIONS);
    }
    if (roots.some((root) => root.querySelector(ANYTHING_TO_COACH))) start(undefined);
  };

  const observer = new MutationObserver(scanScheduler(scan, SCAN_INTERVAL_MS, (fn, ms) => ctx.setTimeout(fn, ms)));
  observer.observe(document.body, OPTIONS);
  ctx.onInvalidated(() => observer.disconnect());

  ctx.addEventListener(
    window,
    'click',
    (event) => {
      if (started) return;
      try {
        const hint = connectHintFrom(event.composedPath(), Date.now());
        if (hint) start(hint);
      } catch (error) {
        logDebug('could not read a click', error);
      }
    },
    { capture: true },
  );
  scan();
}
