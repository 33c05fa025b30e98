import { use, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { HistoryStore } from '@/utils/history/api';
import type { Contact } from '@/utils/history/model';
import { Dashboard } from './Dashboard';
import { EmptyState } from './EmptyState';
import { RECENT_PAGE } from './RecentConnections';
import type { WeeklyGoals } from './goals';
import { SearchBox } from './SearchBox';
import { SearchResults } from './SearchResults';
import { followUpsChanged } from './tell-background';
import { ServicesContext, type PopupServices } from './services';
import { Timeline } from './Timeline';
import { useDebouncedValue } from './use-debounced-value';
import { useQuery } from './use-query';

export const SEARCH_DELAY_MS = 150;

interface Props {
  store: Promise<HistoryStore>;
  now: () => number;
  goals?: WeeklyGoals;
  announce: (message: string) => void;
}

/**
 * Home, search results and one contact's timeline. Home and search stay mounted (hidden) while a
 * timeline is open, so Back returns to the same scroll, pages and focused item.
 */
export function HistoryViews({ store: opening, now, goals, announce }: Props) {
  const store = use(opening);
  const services = useMemo<PopupServices>(() => ({ store, now, announce }), [store, now, announce]);
  const [renderedAt] = useState(now);
  const [term, setTerm] = useState('');
  const searched = useDebouncedValue(term.trim(), SEARCH_DELAY_MS);
  const [selected, setSelected] = useState<Contact | null>(null);
  const [updates, setUpdates] = useState<ReadonlyMap<string, Contact>>(new Map());
  const [revision, setRevision] = useState(0);
  const opener = useRef<HTMLElement | null>(null);
  const returning = useRef(false);
  const recent = useQuery(
    'recent',
    useCallback(() => store.recentTouches(RECENT_PAGE), [store]),
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

  if (recent.status === 'done' && recent.data.length === 0) return <EmptyState />;
  return (
    <ServicesContext.Provider value={services}>
      <div hidden={selected !== null}>
        <SearchBox value={term} onChange={setTerm} />
        <div hidden={searched !== ''}>
          <Dashboard
            recent={recent}
            now={renderedAt}
            goals={goals}
            onOpen={open}
            latest={latest}
            onChanged={changed}
            revision={revision}
          />
        </div>
        {searched !== '' && <SearchResults term={searched} now={renderedAt} onOpen={open} latest={latest} />}
      </div>
      {selected && <Timeline contact={latest(selected)} now={renderedAt} onBack={back} onChanged={changed} />}
    </ServicesContext.Provider>
  );
}
