import { PANEL, PRINCIPLE_NAMES, STRENGTH_WORDS } from '@/components/ui-strings';
import type { Principle } from '@/utils/coach/schema';

/** The principles one note can show. Visibility (showing up over weeks) belongs to the popup. */
export const NOTE_PRINCIPLES = ['give', 'relationship', 'journey'] as const satisfies readonly Principle[];

export function strengthOf(value: number | undefined): keyof typeof STRENGTH_WORDS | undefined {
  if (value === undefined) return undefined;
  return value >= 75 ? 'strong' : value >= 45 ? 'some' : 'none';
}

/** A bar and a word per principle; a principle the note gives no evidence for says so instead. */
export function PrincipleMeters({
  principles,
  idPrefix,
}: {
  principles: Partial<Record<Principle, number | undefined>>;
  idPrefix: string;
}) {
  return (
    <ul className="meters" aria-label={PANEL.byPrinciple}>
      {NOTE_PRINCIPLES.map((p) => {
        const value = principles[p];
        const strength = strengthOf(value);
        return (
          <li key={p} className="meter" data-principle={p} data-strength={strength ?? 'no-evidence'}>
            <span className="meter-name" id={`${idPrefix}-${p}`}>
              {PRINCIPLE_NAMES[p]}
            </span>
            {value === undefined || strength === undefined ? (
              <span className="meter-none">{PANEL.noEvidence}</span>
            ) : (
              <span className="meter-reading">
                <meter
                  min={0}
                  max={100}
                  low={45}
                  high={75}
                  optimum={100}
                  value={value}
                  aria-labelledby={`${idPrefix}-${p} ${idPrefix}-${p}-word`}
                >
                  {value}
                </meter>
                <span className="meter-word" id={`${idPrefix}-${p}-word`}>
                  {STRENGTH_WORDS[strength]}
                </span>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
