import { registry } from '@/utils/coach';
import { SECOND_READING_CHECKS } from '@/utils/coach/word-model/checks';
import { PRINCIPLES, type Strictness } from '@/utils/coach/schema';
import { PRINCIPLE_NAMES } from '@/components/ui-strings';
import type { Settings } from '@/utils/settings/schema';

/** Every check a person can switch off: the rules, and the word model's second reading. */
const CHECKS = [...registry, ...SECOND_READING_CHECKS];

const STRICTNESS: { value: Strictness; label: string; hint: string }[] = [
  { value: 'gentle', label: 'Gentle', hint: 'Only clear problems.' },
  { value: 'balanced', label: 'Balanced', hint: 'The default.' },
  { value: 'strict', label: 'Strict', hint: 'Points out smaller things too.' },
];

export function CoachSection({ settings, update }: { settings: Settings; update: (change: Partial<Settings>) => void }) {
  const muted = new Set(settings.mutedRules);
  const setRule = (rule: string, on: boolean) =>
    update({ mutedRules: on ? settings.mutedRules.filter((r) => r !== rule) : [...settings.mutedRules, rule] });

  return (
    <section aria-labelledby="coach-heading">
      <h2 id="coach-heading">The coach</h2>
      <fieldset>
        <legend>How much it points out</legend>
        {STRICTNESS.map((s) => (
          <label key={s.value} className="choice">
            <input
              type="radio"
              name="strictness"
              value={s.value}
              checked={settings.strictness === s.value}
              onChange={() => update({ strictness: s.value })}
            />
            <span>
              {s.label} <span className="muted">— {s.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>

      <label className="choice">
        <input
          type="checkbox"
          checked={settings.pauseBeforeTransactional}
          onChange={(e) => update({ pauseBeforeTransactional: e.target.checked })}
        />
        <span>
          Ask “send anyway?” once before I send a note that reads as a transaction{' '}
          <span className="muted">(never blocks: the second Send goes through)</span>
        </span>
      </label>

      <h3>Checks</h3>
      <p className="muted">Switch off any check you disagree with. Checks you turn off from the panel on LinkedIn appear here too.</p>
      {PRINCIPLES.map((principle) => (
        <fieldset key={principle} className="rules">
          <legend>{PRINCIPLE_NAMES[principle]}</legend>
          {CHECKS.filter((rule) => rule.principle === principle)
            .map((rule) => (
              <label key={rule.id} className="choice" data-rule={rule.id}>
                <input type="checkbox" checked={!muted.has(rule.id)} onChange={(e) => setRule(rule.id, e.target.checked)} />
                <span>
                  {rule.description}{' '}
                  <span className="muted">({rule.kind === 'strength' ? 'praise' : 'concern'})</span>
                </span>
              </label>
            ))}
        </fieldset>
      ))}
    </section>
  );
}
