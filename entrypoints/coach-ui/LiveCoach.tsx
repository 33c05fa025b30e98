import { useCallback, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { CoachPanel } from '@/components/coach-panel/CoachPanel';
import type { Finding, Recipient, Surface } from '@/utils/coach';
import type { RelationshipContext } from '@/utils/coach/relationship';
import { analyzeDraft } from './analyze-draft';
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

const findingKey = (f: Finding) => `${f.rule}@${f.range?.join('-') ?? ''}`;

/** Re-reads the draft on every input and shows the coach's view of it. */
export function LiveCoach({
  source,
  surface,
  limit,
  recipient,
  history,
  settings,
  notice,
  theme,
  relationship,
  aside,
}: LiveCoachProps) {
  const text = useSyncExternalStore(source.subscribe, source.read);
  const [collapsed, setCollapsed] = useStored(panelCollapsed, isTrue);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());

  const analysis = useMemo(
    () => analyzeDraft({ text, surface, limit, recipient, history, settings, relationship }),
    [text, surface, limit, recipient, settings, history, relationship],
  );
  const shown = useMemo(
    () => ({ ...analysis, findings: analysis.findings.filter((f) => !dismissed.has(findingKey(f))) }),
    [analysis, dismissed],
  );

  const onDismiss = useCallback((f: Finding) => setDismissed((d) => new Set(d).add(findingKey(f))), []);
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
