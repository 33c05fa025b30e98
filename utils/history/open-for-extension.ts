import { readSettings } from '@/utils/settings/store';
import { openHistoryStore } from './store';

/** The history as the extension's pages and background open it: follow-ups due after the person's own delay. */
export function openExtensionHistory(): ReturnType<typeof openHistoryStore> {
  return openHistoryStore({ followUpDelayDays: async () => (await readSettings()).settings.followUpDelayDays });
}
