import { useCallback, useEffect, useRef, useState } from 'react';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/schema';
import { readSettings, watchSettings, writeSettings } from '@/utils/settings/store';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: number } | { kind: 'error'; message: string };

/** Typing is saved once the person pauses this long (and at once when the page is hidden or closed). */
export const SAVE_PAUSE_MS = 400;

/**
 * The settings as the options page edits them: loaded once, followed across tabs, saved after a
 * pause in typing, so a fast typist makes one write, not one per key.
 */
export function useSettings() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  const [repaired, setRepaired] = useState<string[]>([]);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const latest = useRef(settings);
  /** A change typed here and not yet written (or being written); meanwhile changes from elsewhere do not overwrite it. */
  const unsaved = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const writing = useRef<Promise<void>>(Promise.resolve());
  const inFlight = useRef(0);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (!unsaved.current) return writing.current;
    writing.current = writing.current.then(async () => {
      if (!unsaved.current) return;
      unsaved.current = false;
      inFlight.current += 1;
      try {
        await writeSettings(latest.current);
        if (!unsaved.current) setSave({ kind: 'saved', at: Date.now() });
      } catch (error) {
        setSave({ kind: 'error', message: `Not saved: ${describe(error)}` });
      } finally {
        inFlight.current -= 1;
      }
    });
    return writing.current;
  }, []);

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
      // Our own earlier write coming back, or another tab: either way older than what is being typed.
      if (unsaved.current || inFlight.current > 0) return;
      latest.current = next;
      setSettings(next);
    });
    const onHidden = () => void flush();
    const onVisibility = () => document.visibilityState === 'hidden' && onHidden();
    window.addEventListener('pagehide', onHidden);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      live = false;
      unwatch();
      window.removeEventListener('pagehide', onHidden);
      document.removeEventListener('visibilitychange', onVisibility);
      void flush();
    };
  }, [flush]);

  const update = useCallback(
    (change: Partial<Settings>) => {
      const next = { ...latest.current, ...change };
      latest.current = next;
      unsaved.current = true;
      setSettings(next);
      setSave({ kind: 'saving' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_PAUSE_MS);
    },
    [flush],
  );

  return { settings, loaded, repaired, save, update };
}

function describe(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'issues' in error && Array.isArray(error.issues)) {
    const first = error.issues[0] as { message?: unknown } | undefined;
    if (typeof first?.message === 'string') return first.message;
  }
  return error instanceof Error ? error.message : String(error);
}
