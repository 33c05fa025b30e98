import { useState } from 'react';
import { personOnly } from '@/components/person-only';
import { PANEL } from '@/components/ui-strings';
import type { Finding } from '@/utils/coach/schema';
import type { NoteFix } from '@/utils/fixes/note-fixes';

/** Checks that state a fact about the note, not a matter of style: they cannot be turned off. */
export const HARD_FACTS: ReadonlySet<string> = new Set(['empty-note', 'over-limit', 'unfilled-placeholder']);

export interface FindingItemProps {
  finding: Finding;
  text: string;
  /** The one thing to fix: shown with its reason and suggestion. */
  lead?: boolean;
  onDismiss: (finding: Finding) => void;
  onMute: (finding: Finding) => void;
  /** The finding the person is pointing at or focused in, to mark its words in the note; undefined when they leave. */
  onHighlight?: (finding: Finding | undefined) => void;
  /** The one-click edit for this finding, if it has one. */
  fixFor?: (finding: Finding) => NoteFix | undefined;
  onApply?: (fix: NoteFix) => void;
}

export function FindingItem({ finding, text, lead = false, onDismiss, onMute, onHighlight, fixFor, onApply }: FindingItemProps) {
  const fix = finding.kind === 'concern' && onApply ? fixFor?.(finding) : undefined;
  const quoted = finding.range ? text.slice(finding.range[0], finding.range[1]).trim() : '';
  const Tag = lead ? 'div' : 'li';
  return (
    <Tag
      className={`finding finding--${finding.kind}`}
      data-rule={finding.rule}
      data-range={finding.range?.join('-')}
      onMouseEnter={() => onHighlight?.(finding)}
      onMouseLeave={() => onHighlight?.(undefined)}
      onFocus={() => onHighlight?.(finding)}
      onBlur={() => onHighlight?.(undefined)}
    >
      <div className="finding-top">
        <p className="finding-message">
          {finding.message}
          {quoted && <q className="quote">{quoted}</q>}
        </p>
        {finding.kind === 'concern' && <FindingMenu finding={finding} onDismiss={onDismiss} onMute={onMute} />}
      </div>
      {(lead || finding.kind === 'concern') && <p className="finding-why">{finding.why}</p>}
      {finding.suggestion && (
        <p className="finding-suggestion">
          <strong>{PANEL.suggestionPrefix}</strong> {finding.suggestion}
        </p>
      )}
      {fix && onApply && (
        <button type="button" className="button apply" aria-label={PANEL.applyLabel(fix.label)} onClick={personOnly(() => onApply(fix))}>
          {fix.label}
        </button>
      )}
    </Tag>
  );
}

/** Dismiss and "Turn off this check", folded behind one small button per finding. */
function FindingMenu({ finding, onDismiss, onMute }: Pick<FindingItemProps, 'finding' | 'onDismiss' | 'onMute'>) {
  const [open, setOpen] = useState(false);
  return (
    <div className="menu">
      <button
        type="button"
        className="button menu-button"
        aria-expanded={open}
        aria-label={PANEL.menuLabel(finding.message)}
        onClick={personOnly(() => setOpen(!open))}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {open && (
        <div className="menu-items" role="group" aria-label={PANEL.menuLabel(finding.message)}>
          <button
            type="button"
            className="button"
            aria-label={PANEL.dismissLabel(finding.message)}
            onClick={personOnly(() => onDismiss(finding))}
          >
            {PANEL.dismiss}
          </button>
          {!HARD_FACTS.has(finding.rule) && (
            <button
              type="button"
              className="button"
              aria-label={PANEL.muteLabel(finding.message)}
              onClick={personOnly(() => onMute(finding))}
            >
              {PANEL.mute}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
