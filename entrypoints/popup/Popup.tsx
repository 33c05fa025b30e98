import { Suspense } from 'react';
import type { HistoryStore, RecentPerson } from '@/utils/history/api';
import type { WeeklyGoals } from './goals';
import { HistoryErrorBoundary } from './HistoryErrorBoundary';
import { HistoryViews } from './HistoryViews';
import { useLiveRegion } from './LiveRegion';
import { SettingsButton } from './SettingsButton';
import { usePopupSettings } from './use-popup-settings';
import { VersionLine } from './VersionLine';

/** The history already open and its first people already read: the first render shows them. */
export interface ReadyHistory {
  store: HistoryStore;
  people: RecentPerson[];
}

export interface PopupProps {
  /** The history, opening: the shell paints at once and the sections fill in when it resolves. */
  store: Promise<HistoryStore>;
  /** The first page of people, already being read (main.tsx starts it before React renders). */
  firstPeople?: Promise<RecentPerson[]>;
  ready?: ReadyHistory;
  now?: () => number;
  /** The person's weekly goals; by default read from their settings (suggested until they set their own). */
  goals?: WeeklyGoals;
  /** Why they network, in their own words; by default from their settings. */
  why?: string;
}

export function Popup({ store, firstPeople, ready, now = Date.now, ...given }: PopupProps) {
  const { announce, region } = useLiveRegion();
  const fromSettings = usePopupSettings();
  const goals = given.goals ?? fromSettings.goals;
  const why = given.why ?? fromSettings.why;
  return (
    <div className="popup">
      <header className="popup__header">
        <div className="popup__title">
          <h1>Cultivate</h1>
          {why ? (
            <p className="muted tagline" data-testid="why-i-network">
              Why you network: “{why}”
            </p>
          ) : (
            <p className="muted tagline">Cultivation, not harvesting.</p>
          )}
        </div>
        <SettingsButton />
      </header>
      <main className="popup__main">
        <HistoryErrorBoundary>
          <Suspense fallback={<p className="muted">Opening your history…</p>}>
            <HistoryViews store={store} firstPeople={firstPeople} ready={ready} now={now} goals={goals} announce={announce} />
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
