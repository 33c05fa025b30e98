import { CoachSection } from './CoachSection';
import { DataSection } from './DataSection';
import { GoalsSection } from './GoalsSection';
import { OffersSection } from './OffersSection';
import { SaveStatus } from './SaveStatus';
import { useSettings } from './use-settings';

export function Options() {
  const { settings, loaded, repaired, save, update } = useSettings();
  const change = (patch: Parameters<typeof update>[0]) => void update(patch);
  return (
    <>
      <header className="page-header">
        <h1>Cultivate settings</h1>
        <SaveStatus state={save} />
      </header>
      <main aria-busy={!loaded}>
        <p>
          Networking is cultivation, not harvesting. These are your own goals: the coach and the popup measure you against
          them, and nobody else. Changes save as you make them.
        </p>
        {repaired.length > 0 && (
          <p className="notice" role="alert">
            Some saved settings could not be read and were reset: {repaired.join('; ')}.
          </p>
        )}
        <GoalsSection settings={settings} update={change} />
        <OffersSection settings={settings} update={change} />
        <CoachSection settings={settings} update={change} />
        <DataSection />
      </main>
    </>
  );
}
