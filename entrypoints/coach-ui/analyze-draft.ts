import { analyze, type Analysis, type Recipient, type Surface } from '@/utils/coach';
import type { RelationshipContext } from '@/utils/coach/relationship';
import type { CoachHistory } from '@/utils/history/api';
import type { Settings } from '@/utils/settings/schema';

export interface DraftInputs {
  text: string;
  surface: Surface;
  limit: number | undefined;
  recipient: Recipient;
  history: CoachHistory | undefined;
  settings: Settings;
  /** The relationship so far with this person, when the history knows them. */
  relationship?: RelationshipContext;
}

/** The one place the page's draft meets the coach, so the panel and the send record agree. */
export function analyzeDraft({ text, surface, limit, recipient, history, settings, relationship }: DraftInputs): Analysis {
  return analyze(
    { text, surface, limit, recipient },
    {
      mutedRules: settings.mutedRules,
      offers: settings.offers,
      dailyCap: settings.dailyRequestCap,
      strictness: settings.strictness,
      ...history,
      now: Date.now(),
      relationship,
    },
  );
}
