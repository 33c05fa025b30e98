import { useState } from 'react';
import type { RecentPerson } from '@/utils/history/api';
import type { Contact } from '@/utils/history/model';
import type { OpenContact } from './ContactOpener';
import { ErrorAlert } from './ErrorAlert';
import { PEOPLE_PAGE } from './people-page';
import { PersonRow } from './PersonRow';
import { useServices } from './services';
import type { Query } from './use-query';

interface Props {
  firstPage: Query<RecentPerson[]>;
  now: number;
  onOpen: OpenContact;
  /** The contact as last changed in this popup (a stage marked in the timeline). */
  latest: (contact: Contact) => Contact;
}

/** One row per person, newest touch first, a page at a time: only what is shown is read. */
export function RecentPeople({ firstPage, now, onOpen, latest }: Props) {
  const { store, announce } = useServices();
  const [more, setMore] = useState<RecentPerson[]>([]);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>();
  const [lastPageSize, setLastPageSize] = useState<number>();

  const people = firstPage.status === 'done' ? [...firstPage.data, ...more] : [];
  const hasMore = (lastPageSize ?? (firstPage.status === 'done' ? firstPage.data.length : 0)) === PEOPLE_PAGE;

  const showMore = async () => {
    const oldest = people.at(-1);
    if (!oldest || loadingMore) return;
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      const page = await store.recentPeople(PEOPLE_PAGE, oldest.contact.lastTouchAt);
      setMore((shown) => [...shown, ...page]);
      setLastPageSize(page.length);
      announce(page.length ? `${page.length} more people shown` : 'No one else in your history');
    } catch (error) {
      console.error(error);
      setMoreError(error);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <section className="panel people" aria-labelledby="recent-heading">
      <h2 id="recent-heading">Recent connections</h2>
      {firstPage.status === 'loading' && <p className="muted">Loading…</p>}
      {firstPage.status === 'failed' && <ErrorAlert error={firstPage.error} />}
      {people.length > 0 && (
        <ul className="people__list" aria-busy={loadingMore}>
          {people.map((person) => (
            <PersonRow
              key={person.contact.key}
              person={{ ...person, contact: latest(person.contact) }}
              now={now}
              onOpen={onOpen}
            />
          ))}
        </ul>
      )}
      {moreError !== undefined && <ErrorAlert error={moreError} doing="Could not show more" />}
      {hasMore && (
        <button type="button" className="button show-more" onClick={showMore} aria-disabled={loadingMore}>
          {loadingMore ? 'Loading…' : 'Show more people'}
        </button>
      )}
    </section>
  );
}
