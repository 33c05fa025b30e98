import { useCallback, useMemo, useReducer, useSyncExternalStore, type ReactNode } from 'react';
import { CoachPanel } from '@/components/coach-panel/CoachPanel';
import type { Finding, Recipient, Surface } from '@/utils/coach';
import type { RelationshipContext } from '@/utils/coach/relationship';
import type { DraftReading } from './draft-reading';
import type { CoachHistory } from '@/utils/history/api';
import type { Settings } from '@/utils/settings/schema';
import { muteRule } from '@/utils/settings/store';
import { panelCollapsed } from '@/utils/storage/panel-collapsed';
import { useStored } from '@/utils/storage/use-stored';

export interface DraftSource {
  /** Calls back whenever the draft may have changed; returns an unsubscribe. */
  subscribe: (onChange: () => void) => () => void;
  read: () => string;
}

export interface LiveCoachProps {
  source: DraftSource;
  /** The session's reading of the draft: the record of the send uses the same analysis. */
  reading: DraftReading;
  surface: Surface;
  limit: number | undefined;
  recipient: Recipient;
  history: CoachHistory | undefined;
  settings: Settings;
  /** A line above the findings, e.g. the one-time "send anyway?" pause. */
  notice?: string;
  theme: 'light' | 'dark';
  /** The relationship so far with this person, for the coach. */
  relationship?: RelationshipContext;
  /** Shown above the panel, given the draft: the memory line and the follow-up starters. */
  aside?: (text: string) => ReactNode;
}

const isTrue = (stored: unknown) => stored === true;

/** Re-reads the draft on every input and shows the coach's view of it. */
export function LiveCoach({ source, reading, surface, limit, recipient, history, settings, notice, theme, relationship, aside }: LiveCoachProps) {
  const text = useSyncExternalStore(source.subscribe, source.read);
  const [collapsed, setCollapsed] = useStored(panelCollapsed, isTrue);
  const [dismissals, countDismissal] = useReducer((n: number) => n + 1, 0);

  const shown = useMemo(
    () => reading.seen({ text, surface, limit, recipient, history, settings, relationship }),
    // `dismissals` is not read here: it says the reading's dismissed findings changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [reading, text, surface, limit, recipient, settings, history, relationship, dismissals],
  );

  const onDismiss = useCallback(
    (f: Finding) => {
      reading.dismiss(f);
      countDismissal();
    },
    [reading],
  );
  const onMute = useCallback((f: Finding) => void muteRule(f.rule).catch(() => undefined), []);

  return (
    <>
      {aside?.(text)}
      <CoachPanel
        analysis={shown}
        text={text}
        collapsed={collapsed}
        onCollapsedChange={setCollapsed}
        onDismiss={onDismiss}
        onMute={onMute}
        theme={theme}
        notice={notice}
      />
    </>
  );
}
