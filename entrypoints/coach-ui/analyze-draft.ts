import { analyze, type Analysis, type Recipient, type Surface } from '@/utils/coach';
import type { RelationshipContext } from '@/utils/coach/relationship';
import type { SecondReader } from '@/utils/coach/second-reader';
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
  /** The word model's second reading, once it has loaded (second-reader-loader.ts); the rules alone before. */
  secondReader?: SecondReader;
}

/** The one place the page's draft meets the coach, so the panel and the send record agree. */
export function analyzeDraft({ text, surface, limit, recipient, history, settings, relationship, secondReader }: DraftInputs): Analysis {
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
    { secondReader },
  );
}
