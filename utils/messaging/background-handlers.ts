import type { SendLog } from '@/utils/history/send-log';
import type { Handlers } from './handle';

export interface BackgroundDeps {
  log: SendLog;
  manifest: () => { name: string; version: string };
}

export function backgroundHandlers({ log, manifest }: BackgroundDeps): Handlers {
  return {
    'to-background:ping': () => ({ ok: true, type: 'from-background:pong', ...pick(manifest()) }),
    'to-background:record-send': async ({ send }) => {
      await log.add(send);
      return { ok: true, type: 'from-background:recorded' };
    },
    'to-background:coach-context': async ({ now }) => ({
      ok: true,
      type: 'from-background:coach-context',
      ...(await log.coachHistory(now)),
    }),
    'to-background:list-sends': async ({ limit }) => ({
      ok: true,
      type: 'from-background:sends',
      sends: await log.recent(limit),
    }),
  };
}

function pick({ name, version }: { name: string; version: string }) {
  return { name, version };
}
