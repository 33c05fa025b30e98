import type { Touch } from '@/utils/history/model';
import { VerdictBadge } from '@/components/verdict-badge/VerdictBadge';
import { RelativeTime } from './RelativeTime';
import { KIND_WORDS } from './stage-words';
import { touchVerdict } from './touch-verdict';

export function TimelineTouch({ touch, now }: { touch: Touch; now: number }) {
  const verdict = touchVerdict(touch);
  return (
    <li className="card" data-testid="timeline-touch">
      <div className="card__top">
        <strong>{KIND_WORDS[touch.kind]}</strong>
        <RelativeTime at={touch.at} now={now} />
      </div>
      {touch.note?.trim() ? (
        <p className="card__full-note">{touch.note}</p>
      ) : (
        <p className="muted">No note</p>
      )}
      {verdict && (
        <p className="card__meta">
          <span className="muted">How it read:</span> <VerdictBadge verdict={verdict} />
        </p>
      )}
    </li>
  );
}
