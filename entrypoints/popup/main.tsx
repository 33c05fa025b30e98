import '@/assets/page.css';
import './popup.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openHistoryStore } from '@/utils/history/store';
import { Popup } from './Popup';

// An extension page shares the background's origin, so the popup opens the history database itself.
// Opening starts before the first render, so the database and React's first paint overlap.
const store = openHistoryStore();
store.then(
  (opened) => addEventListener('pagehide', () => opened.close()),
  () => undefined,
);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Popup store={store} />
  </StrictMode>,
);
