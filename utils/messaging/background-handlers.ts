import type { HistoryStore } from '@/utils/history/api';
import { toSendRecord } from '@/utils/history/to-send-record';
import type { Handlers } from './handle';

export interface BackgroundDeps {
  /** The history store, opened on first use. */
  history: () => Promise<HistoryStore>;
  manifest: () => { name: string; version: string };
}

export function backgroundHandlers({ history, manifest }: BackgroundDeps): Handlers {
  return {
    'to-background:ping': () => ({ ok: true, type: 'from-background:pong', ...pick(manifest()) }),
    'to-background:record-send': async ({ send }) => {
      await (await history()).recordSend(send);
      return { ok: true, type: 'from-background:recorded' };
    },
    'to-background:coach-context': async ({ now }) => ({
      ok: true,
      type: 'from-background:coach-context',
      ...(await (await history()).coachHistory(now)),
    }),
    'to-background:list-sends': async ({ limit }) => ({
      ok: true,
      type: 'from-background:sends',
      sends: (await (await history()).recentTouches(limit)).map(toSendRecord),
    }),
  };
}

function pick({ name, version }: { name: string; version: string }) {
  return { name, version };
}
