import '@/assets/page.css';
import './popup.css';
import { openHistoryStore } from '@/utils/history/store';
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
const firstPeople = store.then(async (opened) => {
  performance.mark('popup:store-open');
  const people = await opened.recentPeople(PEOPLE_PAGE);
  performance.mark('popup:people-read');
  return people;
});
firstPeople.catch(() => undefined); // reported where it is shown
store.then(
  (opened) => addEventListener('pagehide', () => opened.close()),
  () => undefined,
);

rendering.then(
  ({ renderPopup }) => renderPopup(document.getElementById('root')!, store, firstPeople),
  (error: unknown) => {
    // The popup's own code did not load (an update half-applied): say so in the shell, not silently.
    const main = document.querySelector('.popup__main');
    if (main) main.textContent = `Cultivate could not open its popup: ${String(error)}`;
  },
);
