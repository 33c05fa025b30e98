import { personOnly } from '@/components/person-only';
import { PROMPT } from '@/components/ui-strings';

export interface StarterListProps {
  starters: string[];
  onChoose: (starter: string) => void;
}

/** Openings to insert, as buttons; the marked spot for the person's own detail is shown as such. */
export function StarterList({ starters, onChoose }: StarterListProps) {
  return (
    <ul className="starters" aria-label={PROMPT.starters}>
      {starters.map((starter) => (
        <li key={starter}>
          <button type="button" className="starter" onClick={personOnly(() => onChoose(starter))}>
            {withSpots(starter)}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** "[detail]" drawn as a spot to fill; the words stay the same for a screen reader. */
function withSpots(starter: string) {
  return starter.split(/(\[[^\]]{1,40}\])/).map((part, i) =>
    i % 2 === 1 ? (
      <mark key={i} className="spot">
        {part}
      </mark>
    ) : (
      part
    ),
  );
}
