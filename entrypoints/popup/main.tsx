import '@/assets/page.css';
import './popup.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openExtensionHistory } from '@/utils/history/open-for-extension';
import { Popup } from './Popup';

// An extension page shares the background's origin, so the popup opens the history database itself.
// Opening starts before the first render, so the database and React's first paint overlap.
const store = openExtensionHistory();
store.then(
  (opened) => addEventListener('pagehide', () => opened.close()),
  () => undefined,
);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Popup store={store} />
  </StrictMode>,
);
