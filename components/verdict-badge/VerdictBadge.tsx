import type { Verdict } from '@/utils/coach/schema';
import './verdict-badge.css';

const WORDS: Record<Verdict, string> = {
  relational: 'Relational',
  'needs-work': 'Nearly there',
  transactional: 'Transactional',
  empty: 'No note',
  unread: 'Not read (English only)',
};

// A shape as well as a colour, so the verdict never rests on colour alone.
const MARKS: Record<Verdict, string> = {
  relational: '✓',
  'needs-work': '~',
  transactional: '!',
  empty: '–',
  unread: '?',
};

/** How the coach read a note, in words and colour. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <span className={`verdict-badge verdict-badge--${verdict}`} data-verdict={verdict}>
      <span className="verdict-badge__mark" aria-hidden="true">
        {MARKS[verdict]}
      </span>
      {WORDS[verdict]}
    </span>
  );
}
