import '@/assets/page.css';
import './popup.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openHistoryStore } from '@/utils/history/store';
import { PEOPLE_PAGE } from './RecentPeople';
import { Popup } from './Popup';

// An extension page shares the background's origin, so the popup opens the history database itself.
// Opening, and reading the first page of people, start before the first render, so the database
// and React's first paint overlap. The settings (and zod, which checks them) load only when a
// stage change needs the follow-up delay: they are not on the first screen.
const store = openHistoryStore({
  followUpDelayDays: async () => {
    const { readSettings } = await import('@/utils/settings/store');
    return (await readSettings()).settings.followUpDelayDays;
  },
});
const firstPeople = store.then((opened) => opened.recentPeople(PEOPLE_PAGE));
firstPeople.catch(() => undefined); // reported where it is shown
store.then(
  (opened) => addEventListener('pagehide', () => opened.close()),
  () => undefined,
);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Popup store={store} firstPeople={firstPeople} />
  </StrictMode>,
);
