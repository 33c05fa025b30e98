import { useId, type KeyboardEvent } from 'react';
import type { Analysis, Finding } from '@/utils/coach/schema';
import { PRINCIPLES } from '@/utils/coach/schema';
import { PRINCIPLE_NAMES, VERDICT_WORDS } from './verdict-words';

export interface CoachPanelProps {
  analysis: Analysis;
  text: string;
  collapsed: boolean;
  onCollapsedChange: (collapsed: boolean) => void;
}

/** What the coach says about the draft beside it. Presentational: no page or browser access. */
export function CoachPanel({ analysis, text, collapsed, onCollapsedChange }: CoachPanelProps) {
  const bodyId = useId();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !collapsed) {
      event.stopPropagation();
      onCollapsedChange(true);
    }
  };
  const concerns = analysis.findings.filter((f) => f.kind === 'concern');
  const strengths = analysis.findings.filter((f) => f.kind === 'strength');
  const firstFix = concerns[0];
  const over = analysis.length > analysis.limit;

  return (
    <section
      className="cultivate-panel"
      data-verdict={analysis.verdict}
      data-score={analysis.score}
      aria-label="Cultivate coach"
      onKeyDown={onKeyDown}
    >
      <header className="cultivate-header">
        <span className={`cultivate-verdict cultivate-verdict--${analysis.verdict}`}>
          {VERDICT_WORDS[analysis.verdict]}
        </span>
        {analysis.verdict !== 'empty' && (
          <span className="cultivate-score" aria-label={`Score ${analysis.score} out of 100`}>
            {analysis.score}
          </span>
        )}
        <button
          type="button"
          className="cultivate-toggle"
          aria-expanded={!collapsed}
          aria-controls={bodyId}
          onClick={() => onCollapsedChange(!collapsed)}
        >
          {collapsed ? 'Show coach' : 'Hide coach'}
        </button>
      </header>
      <p className="cultivate-visually-hidden" role="status" aria-live="polite">
        {VERDICT_WORDS[analysis.verdict]}
      </p>

      <div id={bodyId} hidden={collapsed}>
        {firstFix && <FindingItem finding={firstFix} text={text} lead />}

        {analysis.verdict !== 'empty' && (
          <ul className="cultivate-meters" aria-label="By principle">
            {PRINCIPLES.map((p) => (
              <li key={p} className="cultivate-meter">
                <span className="cultivate-meter-name">{PRINCIPLE_NAMES[p]}</span>
                <meter min={0} max={100} low={45} high={75} optimum={100} value={analysis.principles[p]}>
                  {analysis.principles[p]}
                </meter>
              </li>
            ))}
          </ul>
        )}

        {strengths.length > 0 && (
          <ul className="cultivate-strengths" aria-label="What already works">
            {strengths.map((f, i) => (
              <FindingItem key={`${f.rule}-${i}`} finding={f} text={text} />
            ))}
          </ul>
        )}

        <p className={over ? 'cultivate-length cultivate-length--over' : 'cultivate-length'}>
          {analysis.length}/{analysis.limit} characters
        </p>
      </div>
    </section>
  );
}

function FindingItem({ finding, text, lead = false }: { finding: Finding; text: string; lead?: boolean }) {
  const quoted = finding.range ? text.slice(finding.range[0], finding.range[1]) : '';
  const Tag = lead ? 'div' : 'li';
  return (
    <Tag className={`cultivate-finding cultivate-finding--${finding.kind}`} data-rule={finding.rule}>
      <p className="cultivate-finding-message">
        {finding.message}
        {quoted && <q className="cultivate-quote">{quoted}</q>}
      </p>
      {lead && <p className="cultivate-finding-why">{finding.why}</p>}
      {lead && finding.suggestion && <p className="cultivate-finding-suggestion">{finding.suggestion}</p>}
    </Tag>
  );
}
