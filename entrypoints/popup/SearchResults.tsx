import { useCallback } from 'react';
import type { Contact } from '@/utils/history/model';
import { ContactOpener, type OpenContact } from './ContactOpener';
import { ErrorAlert } from './ErrorAlert';
import { RelativeTime } from './RelativeTime';
import { useServices } from './services';
import { STAGE_WORDS } from './stage-words';
import { useQuery } from './use-query';

export const SEARCH_LIMIT = 20;

interface Props {
  term: string;
  now: number;
  onOpen: OpenContact;
  latest: (contact: Contact) => Contact;
}

export default function SearchResults({ term, now, onOpen, latest }: Props) {
  const { store } = useServices();
  const results = useQuery(
    term,
    useCallback(() => store.searchContacts(term, SEARCH_LIMIT), [store, term]),
  );
  const status =
    results.status === 'done'
      ? results.data.length === 0
        ? `No one in your history matches “${term}”.`
        : `${results.data.length === SEARCH_LIMIT ? 'The first ' : ''}${results.data.length} ${results.data.length === 1 ? 'person' : 'people'} found.`
      : '';

  return (
    <section className="panel" aria-labelledby="search-heading">
      <h2 id="search-heading">People matching “{term}”</h2>
      <p className="muted" role="status">
        {results.status === 'loading' ? 'Searching…' : status}
      </p>
      {results.status === 'failed' && <ErrorAlert error={results.error} />}
      {results.status === 'done' && results.data.length > 0 && (
        <ul className="cards">
          {results.data.map(latest).map((contact) => (
            <li key={contact.key} className="card" data-testid="search-result">
              <div className="card__top">
                <ContactOpener contact={contact} onOpen={onOpen} />
                <RelativeTime at={contact.lastTouchAt} now={now} />
              </div>
              {contact.headline && <p className="card__headline">{contact.headline}</p>}
              <p className="card__meta">
                <span className="stage">{STAGE_WORDS[contact.stage]}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
