import { useCallback, useEffect, useRef, useState } from 'react';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/schema';
import { readSettings, watchSettings, writeSettings } from '@/utils/settings/store';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: number } | { kind: 'error'; message: string };

/** The settings as the options page edits them: loaded once, followed across tabs, saved as they change. */
export function useSettings() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  const [repaired, setRepaired] = useState<string[]>([]);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const latest = useRef(settings);

  useEffect(() => {
    let live = true;
    readSettings().then(
      (result) => {
        if (!live) return;
        latest.current = result.settings;
        setSettings(result.settings);
        setRepaired(result.repaired);
        setLoaded(true);
      },
      (error: unknown) => live && setSave({ kind: 'error', message: `Could not read your settings: ${String(error)}` }),
    );
    const unwatch = watchSettings((next) => {
      latest.current = next;
      setSettings(next);
    });
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const update = useCallback(async (change: Partial<Settings>) => {
    const next = { ...latest.current, ...change };
    latest.current = next;
    setSettings(next);
    setSave({ kind: 'saving' });
    try {
      await writeSettings(next);
      setSave({ kind: 'saved', at: Date.now() });
    } catch (error) {
      setSave({ kind: 'error', message: `Not saved: ${error instanceof Error ? error.message : String(error)}` });
    }
  }, []);

  return { settings, loaded, repaired, save, update };
}
