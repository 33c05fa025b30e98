import '@/assets/page.css';
import './popup.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openHistory } from './open-history';
import { Popup } from './Popup';

// Opening starts before the first render, so the database and React's first paint overlap.
const store = openHistory();
store.then((opened) => addEventListener('pagehide', () => opened.close()), () => undefined);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Popup store={store} />
  </StrictMode>,
);
