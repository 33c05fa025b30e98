import { storage } from 'wxt/utils/storage';

/** Coach rules the person switched off from the panel (the options page lists them too). */
export const mutedRules = storage.defineItem<string[]>('local:muted-rules', {
  fallback: [],
  version: 1,
});

/** Whatever is stored (another version's shape, a corrupted value) becomes a clean list. */
export function asRuleIds(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.length <= 100) : [];
}

export async function muteRule(rule: string): Promise<void> {
  const current = asRuleIds(await mutedRules.getValue());
  if (!current.includes(rule)) await mutedRules.setValue([...current, rule]);
}
