import type { HistoryStore } from '@/utils/history/api';
import { FakeHistoryStore } from './testing/fake-store';

type StoreModule = { openHistoryStore: () => Promise<HistoryStore> };

// The IndexedDB store (utils/history/store.ts) is being written alongside this popup. The glob
// finds it once it lands; until then the popup shows an empty history instead of failing to build.
// Replace this file's body with a plain import of openHistoryStore when the store is merged.
const storeModules = import.meta.glob<StoreModule>('/utils/history/store.ts');

export async function openHistory(): Promise<HistoryStore> {
  const load = Object.values(storeModules)[0];
  if (!load) return new FakeHistoryStore();
  const { openHistoryStore } = await load();
  return openHistoryStore();
}
