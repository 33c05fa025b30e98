import { lazy, Suspense, use, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { HistoryStore, RecentPerson } from '@/utils/history/api';
import type { Contact } from '@/utils/history/model';
import { FollowUpsLine } from './FollowUpsLine';
import type { ReadyHistory } from './Popup';
import type { WeeklyGoals } from './goals';
import { PEOPLE_PAGE } from './people-page';
import { RecentPeople } from './RecentPeople';
import { SearchBox } from './SearchBox';
import { followUpsChanged } from './tell-background';
import { ServicesContext, type PopupServices } from './services';
import { useDebouncedValue } from './use-debounced-value';
import { useQuery } from './use-query';

// Nothing below is on the first screen: each is its own chunk, fetched when it is needed.
const EmptyState = lazy(() => import('./EmptyState'));
const Overview = lazy(() => import('./Overview'));
const SearchResults = lazy(() => import('./SearchResults'));
const Timeline = lazy(() => import('./Timeline'));

export const SEARCH_DELAY_MS = 150;

interface Props {
  store: Promise<HistoryStore>;
  /** The first page of people, when the caller started reading it before the first render. */
  firstPeople?: Promise<RecentPerson[]>;
  /** Both already read (main.tsx): rendered at once, with no pass through "Opening…" or "Loading…". */
  ready?: ReadyHistory;
  now: () => number;
  goals?: WeeklyGoals;
  announce: (message: string) => void;
}

const loading = <p className="muted">Loading…</p>;

/**
 * Home (the people, then showing up and this week), search results and one contact's timeline.
 * Home and search stay mounted (hidden) while a timeline is open, so Back returns to the same
 * scroll, pages and focused item.
 */
export function HistoryViews({ store: opening, firstPeople, ready: readAlready, now, goals, announce }: Props) {
  const store = readAlready?.store ?? use(opening);
  const services = useMemo<PopupServices>(() => ({ store, now, announce }), [store, now, announce]);
  const [renderedAt] = useState(now);
  const [term, setTerm] = useState('');
  const searched = useDebouncedValue(term.trim(), SEARCH_DELAY_MS);
  const [selected, setSelected] = useState<Contact | null>(null);
  const [updates, setUpdates] = useState<ReadonlyMap<string, Contact>>(new Map());
  const [revision, setRevision] = useState(0);
  const opener = useRef<HTMLElement | null>(null);
  const returning = useRef(false);
  const people = useQuery(
    'people',
    useCallback(() => firstPeople ?? store.recentPeople(PEOPLE_PAGE), [firstPeople, store]),
    readAlready?.people,
  );

  const latest = useCallback((contact: Contact) => updates.get(contact.key) ?? contact, [updates]);
  const changed = useCallback((contact: Contact) => {
    setUpdates((known) => new Map(known).set(contact.key, contact));
    setRevision((n) => n + 1);
    followUpsChanged();
  }, []);
  const open = useCallback((contact: Contact, from: HTMLElement) => {
    opener.current = from;
    setSelected(contact);
  }, []);
  const back = useCallback(() => {
    returning.current = true;
    setSelected(null);
  }, []);

  useEffect(() => {
    if (selected !== null || !returning.current) return;
    returning.current = false;
    opener.current?.focus();
  }, [selected]);

  if (people.status === 'done' && people.data.length === 0) {
    return (
      <Suspense fallback={loading}>
        <EmptyState />
      </Suspense>
    );
  }
  const ready = people.status !== 'loading';
  return (
    <ServicesContext.Provider value={services}>
      <div hidden={selected !== null}>
        <SearchBox value={term} onChange={setTerm} />
        <div hidden={searched !== ''}>
          <FollowUpsLine now={renderedAt} revision={revision} ready={ready} onOpen={open} onChanged={changed} />
          <RecentPeople firstPage={people} now={renderedAt} onOpen={open} latest={latest} />
          {ready && (
            <Suspense fallback={loading}>
              <Overview goals={goals} revision={revision} />
            </Suspense>
          )}
        </div>
        {searched !== '' && (
          <Suspense fallback={loading}>
            <SearchResults term={searched} now={renderedAt} onOpen={open} latest={latest} />
          </Suspense>
        )}
      </div>
      {selected && (
        <Suspense fallback={loading}>
          <Timeline contact={latest(selected)} now={renderedAt} onBack={back} onChanged={changed} />
        </Suspense>
      )}
    </ServicesContext.Provider>
  );
}
