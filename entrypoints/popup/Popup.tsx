import { Suspense } from 'react';
import type { HistoryStore } from '@/utils/history/api';
import type { WeeklyGoals } from './goals';
import { HistoryErrorBoundary } from './HistoryErrorBoundary';
import { HistoryViews } from './HistoryViews';
import { useLiveRegion } from './LiveRegion';
import { VersionLine } from './VersionLine';

export interface PopupProps {
  /** The history, opening: the shell paints at once and the sections fill in when it resolves. */
  store: Promise<HistoryStore>;
  now?: () => number;
  /** The person's weekly goals from settings; suggested defaults until they set their own. */
  goals?: WeeklyGoals;
}

export function Popup({ store, now = Date.now, goals }: PopupProps) {
  const { announce, region } = useLiveRegion();
  return (
    <div className="popup">
      <header className="popup__header">
        <h1>Cultivate</h1>
        <p className="muted tagline">Cultivation, not harvesting.</p>
      </header>
      <main className="popup__main">
        <HistoryErrorBoundary>
          <Suspense fallback={<p className="muted">Opening your history…</p>}>
            <HistoryViews store={store} now={now} goals={goals} announce={announce} />
          </Suspense>
        </HistoryErrorBoundary>
      </main>
      <footer className="popup__footer">
        <VersionLine />
      </footer>
      {region}
    </div>
  );
}
