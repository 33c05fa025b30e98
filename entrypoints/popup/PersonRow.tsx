import type { RecentPerson } from '@/utils/history/api';
import { VerdictBadge } from '@/components/verdict-badge/VerdictBadge';
import { ContactOpener, type OpenContact } from './ContactOpener';
import { personRowView } from './person-row-view';
import { RelativeTime } from './RelativeTime';

/**
 * One person on the first screen: who, when you last reached them, what that was, how your last
 * note read, where things stand. first-rows.ts paints the same markup before React has loaded.
 */
export function PersonRow({ person, now, onOpen }: { person: RecentPerson; now: number; onOpen: OpenContact }) {
  const { contact } = person;
  const view = personRowView(person);
  return (
    <li className="person" data-testid="history-item" data-key={contact.key}>
      <div className="person__top">
        <ContactOpener contact={contact} onOpen={onOpen} />
        <RelativeTime at={view.at} now={now} />
      </div>
      <p className={view.latest.note ? 'person__latest' : 'person__latest muted'} data-testid="latest-touch">
        {view.latest.text}
      </p>
      <p className="person__meta">
        {view.verdict && <VerdictBadge verdict={view.verdict} />}
        <span className="stage">{view.stage}</span>
      </p>
    </li>
  );
}
