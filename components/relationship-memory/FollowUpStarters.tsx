import type { MouseEvent } from 'react';
import { MEMORY } from './memory-words';
import { byThePerson } from '@/utils/person-action';

export interface FollowUpStartersProps {
  starters: string[];
  onChoose: (starter: string) => void;
}

/** Ways to begin the message, each a button; only the person's own click inserts one. */
export function FollowUpStarters({ starters, onChoose }: FollowUpStartersProps) {
  if (starters.length === 0) return null;
  const choose = (starter: string) => (event: MouseEvent) => {
    if (byThePerson(event)) onChoose(starter);
  };
  return (
    <ul className="starters" aria-label={MEMORY.starters} data-testid="follow-up-starters">
      {starters.map((starter) => (
        <li key={starter}>
          <button type="button" className="starter" onClick={choose(starter)}>
            {starter}
          </button>
        </li>
      ))}
    </ul>
  );
}
