import { useEffect, useState } from 'react';
import type { Loaded } from '@/utils/settings/migrations';
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

/**
 * The person's goals and "why I network", read from settings and kept current. The settings code
 * (and the zod schema that checks them) is imported here, after the first paint, not before it.
 */
export function usePopupSettings(): PopupSettings {
  const [value, setValue] = useState<PopupSettings>({});
  useEffect(() => {
    let live = true;
    let unwatch = () => {};
    // A failure to load the store or to watch it leaves the defaults, and says why in the console.
    import('@/utils/settings/store')
      .then(({ readSettings, watchSettings }) => {
        if (!live) return;
        readSettings().then(
          (loaded) => live && setValue(fromLoaded(loaded)),
          () => undefined,
        );
        unwatch = watchSettings((_, loaded) => setValue(fromLoaded(loaded)));
      })
      .catch((error: unknown) => console.error(error));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return value;
}
