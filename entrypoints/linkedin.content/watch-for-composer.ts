import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { byThePerson, elementsOn, PERSON_ACTIONS } from '@/utils/person-action';
import { ANY_DIALOG, ANYTHING_TO_COACH, CONNECT_LINK, SHADOW_OUTLETS } from '@/utils/linkedin/selectors';
import type { CoachHandoff, RecentClick } from '@/utils/coach-ui-handoff/handoff';
import { logDebug } from '@/utils/log';
import { scanScheduler } from '@/utils/scan-scheduler';

const SCAN_INTERVAL_MS = 40;
/** A dialog that opens this soon after a click on a labelled control may be the invitation. */
const CLICK_EXPLAINS_DIALOG_MS = 15_000;
const OPTIONS: MutationObserverInit = { childList: true, subtree: true, attributes: true, attributeFilter: ['open'] };

/**
 * Waits, cheaply, for the person to start writing: a custom-invite link clicked, a dialog opening
 * just after their click on a labelled control, or their click or key in a message box or note.
 * Only the person's own (trusted) actions count: a page that plants a composer, focuses it or
 * scripts clicks on it wakes nothing, so it cannot tell Cultivate is there. Then calls `begin`
 * once and steps aside; the coach takes over all watching. Knows no labels in any language: that
 * stays in the coach, so every LinkedIn page loads less.
 */
export function watchForComposer(ctx: ContentScriptContext, begin: (handoff: CoachHandoff) => Promise<void>) {
  let started = false;
  /** Until the coach has loaded and listens itself, the person's actions are kept for it. */
  let loading = false;
  let click: RecentClick | undefined;
  const action: Element[] = [];

  const start = (path: Element[] | undefined) => {
    if (started || ctx.isInvalid) return;
    started = true;
    loading = true;
    observer.disconnect();
    if (path) action.push(...path);
    begin({ click, action })
      .catch((error: unknown) => logDebug('could not load the coach', error))
      .finally(() => (loading = false));
  };

  const clickIsRecent = () => click !== undefined && Date.now() - click.at < CLICK_EXPLAINS_DIALOG_MS;

  // Only a dialog that follows the person's click: a composer merely present on the page is not enough.
  const scan = () => {
    if (started || !clickIsRecent()) return;
    const roots: ParentNode[] = [document];
    for (const outlet of document.querySelectorAll(SHADOW_OUTLETS)) {
      if (!outlet.shadowRoot) continue;
      roots.push(outlet.shadowRoot);
      observer.observe(outlet.shadowRoot, OPTIONS);
    }
    if (roots.some((root) => root.querySelector(`${ANYTHING_TO_COACH}, ${ANY_DIALOG}`))) start(undefined);
  };

  const observer = new MutationObserver(scanScheduler(scan, SCAN_INTERVAL_MS, (fn, ms) => ctx.setTimeout(fn, ms)));
  observer.observe(document.body, OPTIONS);
  ctx.onInvalidated(() => observer.disconnect());

  const onAction = (event: Event) => {
    if (!byThePerson(event)) return;
    const path = elementsOn(event);
    // A click in the box that opened on its own while the coach loads is still theirs.
    if (started) {
      if (loading) action.push(...path);
      return;
    }
    if (event.type === 'click') {
      const labelled = path.find((el) => el.hasAttribute('aria-label') || el.matches(CONNECT_LINK));
      if (labelled) {
        click = { path, at: Date.now() };
        // A custom-invite link always opens the invitation: start loading before the dialog does.
        if (labelled.matches(CONNECT_LINK)) return start(path);
      }
    }
    const inComposer = path.some((el) => el.matches(ANYTHING_TO_COACH) || (clickIsRecent() && el.matches(ANY_DIALOG)));
    if (inComposer) start(path);
  };
  for (const type of PERSON_ACTIONS) ctx.addEventListener(window, type, onAction, { capture: true });
  scan();
}
