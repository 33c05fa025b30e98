import type { HistoryStore } from '@/utils/history/api';
import { noticeAcceptance } from '@/utils/history/accepted-on-page';
import { RELATIONSHIP_TOUCHES, relationshipOf } from '@/utils/journey/relationship';
import type { Handlers } from '@/utils/messaging/handle';

export interface BackgroundDeps {
  /** The history store, opened on first use. */
  history: () => Promise<HistoryStore>;
  manifest: () => { name: string; version: string };
  /** The background's clock: a page's own idea of the time is never taken. */
  now?: () => number;
  /** Re-checks the follow-ups due (badge, notification) and says how many are due. */
  checkFollowUps: () => Promise<{ due: readonly unknown[] }>;
}

export function backgroundHandlers({ history, manifest, checkFollowUps, now = Date.now }: BackgroundDeps): Handlers {
  // After a send: a message clears that contact's reminder, so the badge may change. The reply
  // does not wait for it, and a failure is only logged (the next daily check tries again).
  const recheck = () => void checkFollowUps().catch((error: unknown) => console.error('Cultivate: could not re-check follow-ups', error));
  return {
    'to-background:ping': () => ({ ok: true, type: 'from-background:pong', ...pick(manifest()) }),
    'to-background:record-send': async ({ send }) => {
      await (await history()).recordSend({ ...send, at: now() });
      recheck();
      return { ok: true, type: 'from-background:recorded' };
    },
    'to-background:coach-context': async ({ now }) => ({
      ok: true,
      type: 'from-background:coach-context',
      ...(await (await history()).coachHistory(now)),
    }),
    'to-background:seen-connected': async ({ profileUrl, name }) => {
      const connected = (await noticeAcceptance(await history(), { profileUrl, name }, now())) !== undefined;
      if (connected) recheck();
      return { ok: true, type: 'from-background:seen-connected', connected };
    },
    'to-background:relationship': async ({ contactKey }) => {
      const store = await history();
      const [contact, touches] = await Promise.all([store.contact(contactKey), store.timeline(contactKey, RELATIONSHIP_TOUCHES)]);
      return { ok: true, type: 'from-background:relationship', ...relationshipOf(contact, touches) };
    },
    'to-background:follow-ups-changed': async () => ({
      ok: true,
      type: 'from-background:follow-ups',
      due: (await checkFollowUps()).due.length,
    }),
  };
}

function pick({ name, version }: { name: string; version: string }) {
  return { name, version };
}
