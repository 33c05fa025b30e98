import '@/assets/page.css';
import '@/components/verdict-badge/verdict-badge.css';
import './popup.css';
import type { HistoryStore, RecentPerson } from '@/utils/history/api';
import { openHistoryStore } from '@/utils/history/store';
import { paintFirstRows, type FirstRows } from './first-rows';
import { PEOPLE_PAGE } from './people-page';

// Phases of the first paint, read by `npm run bench:popup`: where the time to the first row goes.
performance.mark('popup:script');

// React and the popup's components are fetched and compiled from here on, while the history opens.
const rendering = import('./render');

// An extension page shares the background's origin, so the popup opens the history database itself.
// This module carries only the store: the database opens and the first page of people is read while
// React and the popup's components load (render.tsx), so the two overlap instead of one waiting for
// the other. The settings (and zod, which checks them) load only when a stage change needs the follow-up
// delay: they are not on the first screen.
const store = openHistoryStore({
  followUpDelayDays: async () => {
    const { readSettings } = await import('@/utils/settings/store');
    return (await readSettings()).settings.followUpDelayDays;
  },
});
// The people, read before React has arrived, are painted at once (first-rows.ts) and handed to React,
// which renders the same rows in its first pass instead of waiting for them again.
let reactStarted = false;
let ready: { store: HistoryStore; people: RecentPerson[] } | undefined;
let painted: FirstRows | undefined;
const firstPeople = store.then(async (opened) => {
  performance.mark('popup:store-open');
  const people = await opened.recentPeople(PEOPLE_PAGE);
  performance.mark('popup:people-read');
  const main = document.querySelector('.popup__main');
  if (!reactStarted && main) {
    ready = { store: opened, people };
    painted = paintFirstRows(main, people, Date.now());
    if (painted) performance.mark('popup:rows-painted');
  }
  return people;
});
firstPeople.catch(() => undefined); // reported where it is shown
store.then(
  (opened) => addEventListener('pagehide', () => opened.close()),
  () => undefined,
);

rendering.then(
  ({ renderPopup }) => {
    reactStarted = true;
    renderPopup(document.getElementById('root')!, store, firstPeople, { ready, onShown: () => painted?.takeOver() });
  },
  (error: unknown) => {
    // The popup's own code did not load (an update half-applied): say so in the shell, not silently.
    const main = document.querySelector('.popup__main');
    if (main) main.textContent = `Cultivate could not open its popup: ${String(error)}`;
  },
);
