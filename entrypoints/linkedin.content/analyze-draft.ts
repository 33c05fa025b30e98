import { analyze, type Analysis, type Recipient, type Surface } from '@/utils/coach';
import type { CoachHistory } from '@/utils/history/send-log';

export interface DraftInputs {
  text: string;
  surface: Surface;
  limit: number | undefined;
  recipient: Recipient;
  history: CoachHistory | undefined;
  muted: string[];
}

/** The one place the page's draft meets the coach, so the panel and the send record agree. */
export function analyzeDraft({ text, surface, limit, recipient, history, muted }: DraftInputs): Analysis {
  return analyze(
    { text, surface, limit, recipient },
    {
      mutedRules: muted,
      recentNotes: history?.recentNotes,
      sentLast24h: history?.sentLast24h,
      sentLast7d: history?.sentLast7d,
      now: Date.now(),
    },
  );
}
