import { storage } from 'wxt/utils/storage';

/** Coach rules the person switched off from the panel (the options page lists them too). */
export const mutedRules = storage.defineItem<string[]>('local:muted-rules', {
  fallback: [],
  version: 1,
});

export async function muteRule(rule: string): Promise<void> {
  const current = await mutedRules.getValue();
  if (!current.includes(rule)) await mutedRules.setValue([...current, rule]);
}
