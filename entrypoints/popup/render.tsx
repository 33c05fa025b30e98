import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { HistoryStore, RecentPerson } from '@/utils/history/api';
import { Popup } from './Popup';

export function renderPopup(root: HTMLElement, store: Promise<HistoryStore>, firstPeople: Promise<RecentPerson[]>): void {
  createRoot(root).render(
    <StrictMode>
      <Popup store={store} firstPeople={firstPeople} />
    </StrictMode>,
  );
}
