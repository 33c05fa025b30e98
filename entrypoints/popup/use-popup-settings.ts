import { useEffect, useState } from 'react';
import type { Loaded } from '@/utils/settings/migrations';
import { readSettings, watchSettings } from '@/utils/settings/store';
import type { WeeklyGoals } from './goals';

export interface PopupSettings {
  /** Only the goals the person set themselves; suggested ones are the popup's own defaults. */
  goals?: WeeklyGoals;
  why?: string;
}

function fromLoaded({ settings, isDefault }: Loaded): PopupSettings {
  return {
    goals: isDefault
      ? undefined
      : { personalNotesPerWeek: settings.weeklyNoteGoal, followUpsPerWeek: settings.weeklyFollowUpGoal },
    why: settings.why.trim() || undefined,
  };
}

/** The person's goals and "why I network", read from settings and kept current. */
export function usePopupSettings(): PopupSettings {
  const [value, setValue] = useState<PopupSettings>({});
  useEffect(() => {
    let live = true;
    readSettings().then(
      (loaded) => live && setValue(fromLoaded(loaded)),
      () => undefined,
    );
    const unwatch = watchSettings((_, loaded) => setValue(fromLoaded(loaded)));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return value;
}
