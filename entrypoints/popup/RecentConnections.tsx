import { useState } from 'react';
import type { TouchWithContact } from '@/utils/history/api';
import type { Contact } from '@/utils/history/model';
import type { OpenContact } from './ContactOpener';
import { ErrorAlert } from './ErrorAlert';
import { useServices } from './services';
import { TouchItem } from './TouchItem';
import type { Query } from './use-query';

export const RECENT_PAGE = 20;

interface Props {
  firstPage: Query<TouchWithContact[]>;
  now: number;
  onOpen: OpenContact;
  /** The contact as last changed in this popup (a stage marked in the timeline). */
  latest: (contact: Contact) => Contact;
}

/** Newest first, one page at a time: only what is shown is loaded and rendered. */
export function RecentConnections({ firstPage, now, onOpen, latest }: Props) {
  const { store, announce } = useServices();
  const [more, setMore] = useState<TouchWithContact[]>([]);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>();
  const [lastPageSize, setLastPageSize] = useState<number>();

  const items = firstPage.status === 'done' ? [...firstPage.data, ...more] : [];
  const hasMore = (lastPageSize ?? (firstPage.status === 'done' ? firstPage.data.length : 0)) === RECENT_PAGE;

  const showMore = async () => {
    const oldest = items.at(-1);
    if (!oldest || loadingMore) return;
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      const page = await store.recentTouches(RECENT_PAGE, oldest.touch.at);
      setMore((shown) => [...shown, ...page]);
      setLastPageSize(page.length);
      announce(page.length ? `${page.length} more shown` : 'No more history');
    } catch (error) {
      console.error(error);
      setMoreError(error);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="recent-heading">
      <h2 id="recent-heading">Recent connections</h2>
      {firstPage.status === 'loading' && <p className="muted">Loading…</p>}
      {firstPage.status === 'failed' && <ErrorAlert error={firstPage.error} />}
      {items.length > 0 && (
        <ul className="cards" aria-busy={loadingMore}>
          {items.map((item) => (
            <TouchItem
              key={item.touch.id ?? `${item.touch.contactKey}@${item.touch.at}`}
              item={{ touch: item.touch, contact: latest(item.contact) }}
              now={now}
              onOpen={onOpen}
            />
          ))}
        </ul>
      )}
      {moreError !== undefined && <ErrorAlert error={moreError} doing="Could not show more" />}
      {hasMore && (
        <button type="button" className="button show-more" onClick={showMore} aria-disabled={loadingMore}>
          {loadingMore ? 'Loading…' : 'Show more'}
        </button>
      )}
    </section>
  );
}
