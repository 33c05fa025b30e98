import { useId, useState, type KeyboardEvent } from 'react';
import type { Analysis, Finding } from '@/utils/coach/schema';
import { PRINCIPLES } from '@/utils/coach/schema';
import { FindingItem, type FindingItemProps } from './FindingItem';
import { PANEL, PRINCIPLE_NAMES, VERDICT_WORDS } from '@/components/ui-strings';
import { personOnly } from '@/components/person-only';

export interface CoachPanelProps {
  analysis: Analysis;
  text: string;
  collapsed: boolean;
  onCollapsedChange: (collapsed: boolean) => void;
  onDismiss: (finding: Finding) => void;
  onMute: (finding: Finding) => void;
  theme: 'light' | 'dark';
  /** A line that needs the person's attention now, above everything else. */
  notice?: string;
}

/** What the coach says about the draft beside it. Presentational: no page or browser access. */
export function CoachPanel(props: CoachPanelProps) {
  const { analysis, text, collapsed, onCollapsedChange, theme } = props;
  const bodyId = useId();
  const [showAll, setShowAll] = useState(false);
  const concerns = analysis.findings.filter((f) => f.kind === 'concern');
  // One line per strength: "you mention their work" once, however many words show it.
  const strengths = analysis.findings.filter(
    (f, i, all) => f.kind === 'strength' && all.findIndex((g) => g.rule === f.rule) === i,
  );
  const [firstFix, ...otherConcerns] = concerns;
  const over = analysis.length > analysis.limit;
  const scored = PRINCIPLES.flatMap((p) => {
    const value = analysis.principles[p];
    return value === undefined ? [] : [[p, value] as const];
  });

  const onKeyDown = personOnly((event: KeyboardEvent) => {
    if (event.key !== 'Escape' || collapsed) return;
    event.stopPropagation();
    onCollapsedChange(true);
  });

  return (
    <section
      className="cultivate-panel"
      data-verdict={analysis.verdict}
      data-score={analysis.score}
      data-theme={theme}
      data-language={analysis.language}
      aria-label={PANEL.label}
      onKeyDown={onKeyDown}
    >
      <header className="cultivate-header">
        <span className={`cultivate-verdict cultivate-verdict--${analysis.verdict}`}>
          <span className="cultivate-dot" aria-hidden="true" />
          {VERDICT_WORDS[analysis.verdict]}
        </span>
        {analysis.verdict !== 'empty' && analysis.score !== undefined && (
          // aria-label is not allowed on a plain span: screen readers get the words, eyes the figure.
          <span className="cultivate-score">
            <span aria-hidden="true">{analysis.score}/100</span>
            <span className="cultivate-visually-hidden">{PANEL.score(analysis.score)}</span>
          </span>
        )}
        <button
          type="button"
          className="cultivate-button cultivate-toggle"
          aria-expanded={!collapsed}
          aria-controls={bodyId}
          onClick={personOnly(() => onCollapsedChange(!collapsed))}
        >
          {collapsed ? PANEL.show : PANEL.hide}
        </button>
      </header>
      <p className="cultivate-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {PANEL.announce(analysis.verdict)}
      </p>

      {props.notice && (
        <p className="cultivate-notice" role="alert">
          {props.notice}
        </p>
      )}
      <div id={bodyId} hidden={collapsed}>
        {analysis.language === 'other' && <p className="cultivate-language">{PANEL.englishOnly}</p>}
        {firstFix ? (
          <div className="cultivate-first-fix">
            <h3 className="cultivate-heading">{PANEL.firstFix}</h3>
            <FindingItem
              finding={firstFix}
              text={text}
              lead
              onDismiss={props.onDismiss}
              onMute={props.onMute}
            />
          </div>
        ) : (
          analysis.verdict === 'relational' && <p className="cultivate-praise">{PANEL.nothingToFix}</p>
        )}

        {analysis.verdict !== 'empty' && scored.length > 0 && (
          // Only the principles the note gives evidence about: no meter stands at a made-up default.
          <ul className="cultivate-meters" aria-label={PANEL.byPrinciple}>
            {scored.map(([p, value]) => (
              <li key={p} className="cultivate-meter">
                <span className="cultivate-meter-name" id={`${bodyId}-${p}`}>
                  {PRINCIPLE_NAMES[p]}
                </span>
                <meter
                  min={0}
                  max={100}
                  low={45}
                  high={75}
                  optimum={100}
                  value={value}
                  aria-labelledby={`${bodyId}-${p}`}
                >
                  {value}
                </meter>
              </li>
            ))}
          </ul>
        )}
        {analysis.verdict !== 'empty' && analysis.score === undefined && (
          <p className="cultivate-language">{PANEL.noScore}</p>
        )}

        {strengths.length > 0 && (
          <>
            <h3 className="cultivate-heading">{PANEL.strengths}</h3>
            <FindingList findings={strengths} text={text} onDismiss={props.onDismiss} onMute={props.onMute} />
          </>
        )}

        {otherConcerns.length > 0 && (
          <>
            <button
              type="button"
              className="cultivate-button cultivate-more"
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
              />
            )}
          </>
        )}

        <p className={over ? 'cultivate-length cultivate-length--over' : 'cultivate-length'}>
          {over
            ? PANEL.overLimit(analysis.length, analysis.limit)
            : PANEL.length(analysis.length, analysis.limit)}
        </p>
      </div>
    </section>
  );
}

function FindingList({
  findings,
  ...item
}: { findings: Finding[] } & Omit<FindingItemProps, 'finding' | 'lead'>) {
  return (
    <ul className="cultivate-list">
      {findings.map((finding, i) => (
        <FindingItem key={`${finding.rule}-${i}`} finding={finding} {...item} />
      ))}
    </ul>
  );
}
