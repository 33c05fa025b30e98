import { useId, useState, type KeyboardEvent } from 'react';
import type { Analysis, Finding } from '@/utils/coach/schema';
import type { NoteFix } from '@/utils/fixes/note-fixes';
import { StarterList } from '@/components/starter-list/StarterList';
import { FindingItem, type FindingItemProps } from './FindingItem';
import { NOTE_PRINCIPLES, PrincipleMeters } from './PrincipleMeters';
import { PANEL, VERDICT_WORDS } from '@/components/ui-strings';
import { personOnly } from '@/components/person-only';

export interface CoachPanelProps {
  analysis: Analysis;
  text: string;
  collapsed: boolean;
  onCollapsedChange: (collapsed: boolean) => void;
  onDismiss: (finding: Finding) => void;
  onMute: (finding: Finding) => void;
  onHighlight?: (finding: Finding | undefined) => void;
  fixFor?: (finding: Finding) => NoteFix | undefined;
  onApply?: (fix: NoteFix) => void;
  theme: 'light' | 'dark';
  /** A line that needs the person's attention now, above everything else. */
  notice?: string;
  /** No room beside the dialog: a strip with the verdict and the one thing to fix, the rest on demand. */
  compact?: boolean;
  /** Openings to insert while the note is empty: help first, no concern. */
  starters?: string[];
  onStarter?: (starter: string) => void;
}

/** What the coach says about the draft beside it. Presentational: no page or browser access. */
export function CoachPanel(props: CoachPanelProps) {
  const { analysis, text, theme, compact = false } = props;
  const bodyId = useId();
  const [showAll, setShowAll] = useState(false);
  const [stripOpen, setStripOpen] = useState(false);
  // Docked, the person's fold is remembered; as a strip, the details open on demand only.
  const collapsed = compact ? !stripOpen : props.collapsed;
  const onCollapsedChange = (fold: boolean) => (compact ? setStripOpen(!fold) : props.onCollapsedChange(fold));
  const startHere = analysis.verdict === 'empty' && props.starters && props.starters.length > 0 && props.onStarter;
  const concerns = startHere ? [] : analysis.findings.filter((f) => f.kind === 'concern');
  // One line per strength: "you mention their work" once, however many words show it.
  const strengths = analysis.findings.filter(
    (f, i, all) => f.kind === 'strength' && all.findIndex((g) => g.rule === f.rule) === i,
  );
  const [firstFix, ...otherConcerns] = concerns;
  const over = analysis.length > analysis.limit;
  const scored = NOTE_PRINCIPLES.some((p) => analysis.principles[p] !== undefined);

  const onKeyDown = personOnly((event: KeyboardEvent) => {
    if (event.key !== 'Escape' || collapsed) return;
    event.stopPropagation();
    onCollapsedChange(true);
  });

  return (
    <section
      className="panel"
      data-verdict={analysis.verdict}
      data-score={analysis.score}
      data-theme={theme}
      data-language={analysis.language}
      data-layout={compact ? 'strip' : 'dock'}
      aria-label={PANEL.label}
      onKeyDown={onKeyDown}
    >
      <header className="header">
        <span className={`verdict verdict--${analysis.verdict}`}>
          <span className="dot" aria-hidden="true" />
          {VERDICT_WORDS[analysis.verdict]}
        </span>
        {analysis.verdict !== 'empty' && analysis.score !== undefined && (
          // aria-label is not allowed on a plain span: screen readers get the words, eyes the figure.
          <span className="score">
            <span aria-hidden="true">{analysis.score}/100</span>
            <span className="visually-hidden">{PANEL.score(analysis.score)}</span>
          </span>
        )}
        <button
          type="button"
          className="button toggle"
          aria-expanded={!collapsed}
          aria-controls={bodyId}
          onClick={personOnly(() => onCollapsedChange(!collapsed))}
        >
          {collapsed ? PANEL.show : PANEL.hide}
        </button>
      </header>
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {PANEL.announce(analysis.verdict)}
      </p>

      {compact && collapsed && firstFix && <p className="strip-fix">{firstFix.message}</p>}
      {props.notice && (
        <p className="notice" role="alert">
          {props.notice}
        </p>
      )}
      <div id={bodyId} hidden={collapsed}>
        {analysis.language === 'other' && <p className="language">{PANEL.englishOnly}</p>}
        {startHere && (
          <>
            <h3 className="heading">{PANEL.startWith}</h3>
            <StarterList starters={props.starters!} onChoose={props.onStarter!} />
          </>
        )}
        {firstFix ? (
          <div className="first-fix">
            <h3 className="heading">{PANEL.firstFix}</h3>
            <FindingItem
              // Keyed by the finding: a dismissed finding's open menu must not stay open on the next one.
              key={keyOf(firstFix)}
              finding={firstFix}
              text={text}
              lead
              onDismiss={props.onDismiss}
              onMute={props.onMute}
              onHighlight={props.onHighlight}
              fixFor={props.fixFor}
              onApply={props.onApply}
            />
          </div>
        ) : (
          analysis.verdict === 'relational' && <p className="praise">{PANEL.nothingToFix}</p>
        )}

        {analysis.verdict !== 'empty' && scored && (
          // Only when the note gives evidence about one of them: no meter stands at a made-up default.
          <PrincipleMeters principles={analysis.principles} idPrefix={bodyId} />
        )}
        {analysis.verdict !== 'empty' && analysis.score === undefined && (
          <p className="language">{PANEL.noScore}</p>
        )}

        {strengths.length > 0 && (
          <>
            <h3 className="heading">{PANEL.strengths}</h3>
            <FindingList
              findings={strengths}
              text={text}
              onDismiss={props.onDismiss}
              onMute={props.onMute}
              onHighlight={props.onHighlight}
            />
          </>
        )}

        {otherConcerns.length > 0 && (
          <>
            <button
              type="button"
              className="button more"
              aria-expanded={showAll}
              onClick={personOnly(() => setShowAll(!showAll))}
            >
              {showAll ? PANEL.hideSuggestions : PANEL.moreSuggestions(otherConcerns.length)}
            </button>
            {showAll && (
              <FindingList
                findings={otherConcerns}
                text={text}
                onDismiss={props.onDismiss}
                onMute={props.onMute}
                onHighlight={props.onHighlight}
                fixFor={props.fixFor}
                onApply={props.onApply}
              />
            )}
          </>
        )}

        <p className={over ? 'length length--over' : 'length'}>
          {over
            ? PANEL.overLimit(analysis.length, analysis.limit)
            : PANEL.length(analysis.length, analysis.limit)}
        </p>
      </div>
    </section>
  );
}

const keyOf = (f: Finding) => `${f.rule}@${f.range?.join('-') ?? ''}`;

function FindingList({
  findings,
  ...item
}: { findings: Finding[] } & Omit<FindingItemProps, 'finding' | 'lead'>) {
  return (
    <ul className="list">
      {findings.map((finding, i) => (
        <FindingItem key={`${keyOf(finding)}#${i}`} finding={finding} {...item} />
      ))}
    </ul>
  );
}
