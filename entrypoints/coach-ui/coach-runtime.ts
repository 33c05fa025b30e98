import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SecondReader } from '@/utils/coach/second-reader';
import { linkedInAdapter, type SiteAdapter } from '@/utils/linkedin/adapter';
import type { ConnectHint } from '@/utils/linkedin/recipient';
import { logDebug } from '@/utils/log';
import { byThePerson, elementsOn, PERSON_ACTIONS } from '@/utils/person-action';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/schema';
import type { StoredSettings } from '@/utils/settings/move-from-sync';
import { readSettings, readSettingsFrom, watchSettings } from '@/utils/settings/store';
import { ComposerSession } from './composer-session';
import { InvitationSession } from './invitation-session';
import { watchPage } from './page-watcher';
import type { SharedState } from './shared-state';
import { NotRecorded } from './not-recorded';

/** A Connect click explains a dialog that opens within this long. */
const CONNECT_HINT_MS = 15_000;

/**
 * Coaching on one LinkedIn tab: finds invitation dialogs and message composers as they come and go,
 * keeps one session for each, and routes the person's clicks to them. Anything of ours that throws
 * takes our UI off the page and leaves LinkedIn as it was.
 *
 * Only the person's own actions count. Our UI comes to a composer only after they clicked or typed
 * in it (or, for the invitation, clicked Connect), never because one exists: a page that plants a
 * composer cannot tell we are here. Scripted clicks and keys never record, hold or start anything.
 *
 * `loadSecondReader` loads the word model's second reading (second-reader-loader.ts); without it,
 * as in most unit tests, the rules read alone.
 */
export function startCoaching(
  ctx: ContentScriptContext,
  site: SiteAdapter = linkedInAdapter,
  firstHint?: ConnectHint,
  firstAction?: Element[],
  storedSettings?: Promise<StoredSettings>,
  loadSecondReader?: () => Promise<SecondReader | undefined>,
): void {
  const notRecorded = new NotRecorded(ctx);
  const shared: SharedState = {
    settings: DEFAULT_SETTINGS,
    settingsRead: false,
    notRecorded: (send) => notRecorded.say(send),
  };
  let hint: ConnectHint | undefined = firstHint;
  let invitation: InvitationSession | undefined;
  const composers = new Map<HTMLElement, ComposerSession>();
  let broken = false;
  /** Every element the person's own clicks and keys passed through. */
  const touched = new WeakSet<Element>();
  const touch = (path: Element[]) => path.forEach((el) => touched.add(el));
  if (firstAction) touch(firstAction);

  const all = () => [...(invitation ? [invitation] : []), ...composers.values()];
  const teardown = () => {
    for (const session of all()) session.dispose();
    invitation = undefined;
    composers.clear();
  };
  const guard = (what: string, fn: () => void) => {
    if (broken || ctx.isInvalid) return;
    try {
      fn();
    } catch (error) {
      broken = true;
      teardown();
      logDebug(`${what} failed; Cultivate stepped aside on this page`, error);
    }
  };

  const connectJustUsed = () => hint !== undefined && Date.now() - hint.at < CONNECT_HINT_MS;

  const scan = () =>
    guard('scan', () => {
      const roots = site.searchRoots(document);
      const anything = site.hasCandidates(roots, connectJustUsed());
      if (!anything && !invitation && composers.size === 0) return;

      const candidate = anything ? site.findInvitation(roots, connectJustUsed()) : undefined;
      const mine = candidate && (candidate.dialog === invitation?.dialog || connectJustUsed() || touched.has(candidate.dialog));
      const found = mine ? candidate : undefined;
      if (!found) {
        invitation?.dispose();
        invitation = undefined;
      } else {
        const recipient = site.readRecipient(document, found.shownName, connectJustUsed() ? hint : undefined);
        if (invitation?.dialog === found.dialog) invitation.update(found, recipient);
        else {
          invitation?.dispose();
          invitation = new InvitationSession(ctx, found, recipient, shared);
        }
      }

      const present = (anything ? site.findMessageComposers(document) : []).filter(
        (c) => composers.has(c.box) || touched.has(c.box) || (c.form !== undefined && touched.has(c.form)),
      );
      for (const [box, session] of composers) {
        if (!present.some((c) => c.box === box)) {
          session.dispose();
          composers.delete(box);
        }
      }
      for (const composer of present) {
        const session = composers.get(composer.box);
        if (session) session.update(composer);
        else composers.set(composer.box, new ComposerSession(ctx, composer, shared));
      }
    });

  const rescan = watchPage(ctx, scan);
  const ours = (el: Element) => el === invitation?.dialog || composers.has(el as HTMLElement);
  for (const type of PERSON_ACTIONS) {
    ctx.addEventListener(
      window,
      type,
      (event) => {
        if (!byThePerson(event)) return;
        const path = elementsOn(event);
        touch(path);
        // A click or key in a composer we are not coaching yet: look now, not at the next page change.
        if (!path.some(ours)) rescan();
      },
      { capture: true },
    );
  }
  ctx.addEventListener(
    window,
    'click',
    (event) =>
      guard('click', () => {
        if (!byThePerson(event)) return;
        const path = event.composedPath();
        hint = site.connectHintFrom(path, Date.now()) ?? hint;
        invitation?.onClick(path, event);
        for (const session of composers.values()) session.onClick(path);
      }),
    { capture: true },
  );
  ctx.addEventListener(
    window,
    'keydown',
    (event) =>
      guard('keydown', () => {
        if (!byThePerson(event)) return;
        const path = event.composedPath();
        for (const session of composers.values()) session.onKeyDown(path, event, (fn) => ctx.setTimeout(() => guard('send check', fn), 100));
      }),
    { capture: true },
  );

  const rerender = (settings: Settings) =>
    guard('settings', () => {
      shared.settings = settings;
      shared.settingsRead = true;
      for (const session of all()) session.render();
    });
  (storedSettings ? readSettingsFrom(storedSettings) : readSettings()).then(
    ({ settings }) => rerender(settings),
    (error: unknown) => {
      logDebug('could not read settings; using the defaults', error);
      rerender(DEFAULT_SETTINGS);
    },
  );
  ctx.onInvalidated(watchSettings(rerender));
  ctx.onInvalidated(teardown);

  // After an update or reload of the extension this script is orphaned: notice within a
  // couple of seconds, even on a quiet page, and take our UI away (ctx.isInvalid checks).
  ctx.setInterval(() => undefined, 2_000);

  // Coaching has started; now the word model, once for this page and apart from this module. When
  // it arrives the open drafts are read again with it, not at the person's next keystroke; if it
  // never does (it failed to load), the rules read alone.
  void loadSecondReader?.().then((reader) =>
    guard('second reading', () => {
      if (!reader) return;
      shared.secondReader = reader;
      for (const session of all()) session.render();
    }),
  );
}
