import type { Verdict } from '@/utils/coach/schema';
import { BADGE_MARKS, BADGE_WORDS } from './verdict-words';
import './verdict-badge.css';

/** How the coach read a note, in words and colour. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <span className={`verdict-badge verdict-badge--${verdict}`} data-verdict={verdict}>
      <span className="verdict-badge__mark" aria-hidden="true">
        {BADGE_MARKS[verdict]}
      </span>
      {BADGE_WORDS[verdict]}
    </span>
  );
}
