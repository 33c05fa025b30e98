import { personOnly } from '@/components/person-only';
import { PANEL } from '@/components/ui-strings';
import type { Finding } from '@/utils/coach/schema';

export interface FindingItemProps {
  finding: Finding;
  text: string;
  /** The one thing to fix: shown with its reason and suggestion. */
  lead?: boolean;
  onDismiss: (finding: Finding) => void;
  onMute: (finding: Finding) => void;
}

export function FindingItem({ finding, text, lead = false, onDismiss, onMute }: FindingItemProps) {
  const quoted = finding.range ? text.slice(finding.range[0], finding.range[1]).trim() : '';
  const Tag = lead ? 'div' : 'li';
  return (
    <Tag className={`cultivate-finding cultivate-finding--${finding.kind}`} data-rule={finding.rule}>
      <p className="cultivate-finding-message">
        {finding.message}
        {quoted && <q className="cultivate-quote">{quoted}</q>}
      </p>
      {(lead || finding.kind === 'concern') && <p className="cultivate-finding-why">{finding.why}</p>}
      {finding.suggestion && (
        <p className="cultivate-finding-suggestion">
          <strong>{PANEL.suggestionPrefix}</strong> {finding.suggestion}
        </p>
      )}
      {finding.kind === 'concern' && (
        <p className="cultivate-finding-actions">
          <button
            type="button"
            className="cultivate-button"
            aria-label={PANEL.dismissLabel(finding.message)}
            onClick={personOnly(() => onDismiss(finding))}
          >
            {PANEL.dismiss}
          </button>
          <button
            type="button"
            className="cultivate-button"
            aria-label={PANEL.muteLabel(finding.message)}
            onClick={personOnly(() => onMute(finding))}
          >
            {PANEL.mute}
          </button>
        </p>
      )}
    </Tag>
  );
}
