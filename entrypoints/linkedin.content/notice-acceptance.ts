import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readProfileDegree, showsConnected } from '@/utils/linkedin/connection-degree';
import { PROFILE_PATH } from '@/utils/linkedin/selectors';
import { logDebug } from '@/utils/log';
import { ask } from '@/utils/messaging/client';

/** After a route change the top card renders late: look again this long after, then give up. */
const LOOKS_MS = [0, 400, 1_000, 2_500, 6_000];

/**
 * On a profile the person opened (`/in/SLUG/`), reads the connection degree once the top card has
 * rendered. Only a first-degree profile with nothing pending is worth a message, and the background
 * decides whether that person was waiting as requested. Reads the page's own address and top card,
 * never an event's contents: a page event only makes us look again. Other pages cost one test of
 * the address per route change.
 */
export function noticeAcceptance(ctx: ContentScriptContext): void {
  let lookingAt: string | undefined;
  let timers: number[] = [];

  const look = (path: string) => {
    if (ctx.isInvalid || location.pathname !== path) return;
    const reading = readProfileDegree(document);
    if (!reading || reading.degree === undefined) return;
    stop();
    if (!showsConnected(reading)) return;
    ask({ type: 'to-background:seen-connected', profileUrl: reading.profileUrl, name: reading.name }).catch((error: unknown) =>
      logDebug('could not tell the background about an accepted invitation', error),
    );
  };
  const stop = () => {
    for (const timer of timers) clearTimeout(timer);
    timers = [];
  };
  const onRoute = () => {
    const path = location.pathname;
    if (path === lookingAt) return;
    lookingAt = path;
    stop();
    if (!PROFILE_PATH.test(path)) return;
    timers = LOOKS_MS.map((ms) => ctx.setTimeout(() => look(path), ms));
  };

  ctx.addEventListener(window, 'wxt:locationchange', onRoute);
  onRoute();
}
