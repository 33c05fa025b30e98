import { useCallback, useEffect, useMemo, useReducer, useState, useSyncExternalStore, type ReactNode } from 'react';
import { CoachPanel } from '@/components/coach-panel/CoachPanel';
import type { Finding, Recipient, Surface } from '@/utils/coach';
import type { RelationshipContext } from '@/utils/coach/relationship';
import type { Range } from '@/utils/coach/schema';
import type { SecondReader } from '@/utils/coach/second-reader';
import type { NoteFix } from '@/utils/fixes/note-fixes';
import type { DraftReading } from './draft-reading';
import { useNoteFixes } from './note-fixes-loader';
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
  /** No room beside the dialog: the panel is a strip. */
  compact?: boolean;
  /** Openings to insert while the note is empty. */
  starters?: string[];
  onStarter?: (starter: string) => void;
  /** Where the note's words should be marked: the finding pointed at, else the first concern's. */
  onMark?: (range: Range | undefined) => void;
  /** Applies a one-click fix to the note through the browser's editing path. */
  onApply?: (fix: NoteFix) => void;
  /** The relationship so far with this person, for the coach. */
  relationship?: RelationshipContext;
  /** The word model's second reading, once loaded: its arrival re-reads the draft. */
  secondReader?: SecondReader;
  /** Shown above the panel, given the draft: the memory line and the follow-up starters. */
  aside?: (text: string) => ReactNode;
}

const findingKey = (f: Finding) => `${f.rule}@${f.range?.join('-') ?? ''}`;

const isTrue = (stored: unknown) => stored === true;

/** Re-reads the draft on every input and shows the coach's view of it. */
export function LiveCoach(props: LiveCoachProps) {
  const { source, reading, surface, limit, recipient, history, settings, notice, theme, compact, relationship, secondReader, aside } =
    props;
  const text = useSyncExternalStore(source.subscribe, source.read);
  const [collapsed, setCollapsed] = useStored(panelCollapsed, isTrue);
  const [dismissals, countDismissal] = useReducer((n: number) => n + 1, 0);

  const shown = useMemo(
    () => reading.seen({ text, surface, limit, recipient, history, settings, relationship, secondReader }),
    // `dismissals` is not read here: it says the reading's dismissed findings changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [reading, text, surface, limit, recipient, settings, history, relationship, secondReader, dismissals],
  );

  const onDismiss = useCallback(
    (f: Finding) => {
      reading.dismiss(f);
      countDismissal();
    },
    [reading],
  );
  const onMute = useCallback((f: Finding) => void muteRule(f.rule).catch(() => undefined), []);

  // The one-click fixes load apart from the coaching UI (note-fixes-loader.ts): no fix buttons until then.
  const fixFor = useNoteFixes();
  const fixOf = useMemo(
    () => fixFor && ((f: Finding) => fixFor(f, { text, recipient, limit: shown.limit })),
    [fixFor, text, recipient, shown.limit],
  );
  const [pointed, setPointed] = useState<Finding | undefined>();
  const firstConcern = shown.findings.find((f) => f.kind === 'concern' && f.range);
  const pointedNow = pointed && shown.findings.some((f) => findingKey(f) === findingKey(pointed)) ? pointed : undefined;
  const mark = (pointedNow ?? firstConcern)?.range;
  const { onMark } = props;
  const [markStart, markEnd] = mark ?? [];
  useEffect(
    () => onMark?.(markStart !== undefined && markEnd !== undefined ? [markStart, markEnd] : undefined),
    [onMark, markStart, markEnd],
  );

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
        onHighlight={setPointed}
        fixFor={fixOf}
        onApply={props.onApply}
        theme={theme}
        notice={notice}
        compact={compact}
        starters={props.starters}
        onStarter={props.onStarter}
      />
    </>
  );
}
