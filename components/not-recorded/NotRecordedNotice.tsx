import { NOT_RECORDED } from '@/components/ui-strings';
import { personOnly } from '@/components/person-only';
import type { Surface } from '@/utils/coach';

export interface UnrecordedSend {
  surface: Surface;
  /** Who it went to, when the page showed a name. */
  name?: string;
}

/**
 * Says plainly that sends went out on LinkedIn but are missing from the person's history (the
 * background could not be reached after every retry). An alert, so a screen reader says it at once;
 * it stays until the person dismisses it. Fixed in a corner: the dialog it came from has closed.
 */
export function NotRecordedNotice({
  sends,
  theme,
  onDismiss,
}: {
  sends: readonly UnrecordedSend[];
  theme: 'light' | 'dark';
  onDismiss: () => void;
}) {
  return (
    <div
      className="panel"
      data-theme={theme}
      data-testid="not-recorded"
      role="alert"
      // Placement only (coach.css styles the rest): the corner of the window, above LinkedIn's UI.
      style={{ position: 'fixed', insetBlockEnd: 16, insetInlineEnd: 16, maxWidth: 360, zIndex: 2147483647 }}
    >
      <p>
        <strong>{NOT_RECORDED.heading}</strong>
      </p>
      {sends.map((send, index) => (
        <p key={index}>{NOT_RECORDED.line(send.surface, send.name)}</p>
      ))}
      <p>{NOT_RECORDED.after}</p>
      <div className="finding-actions">
        <button type="button" className="button" onClick={personOnly(onDismiss)}>
          {NOT_RECORDED.dismiss}
        </button>
      </div>
    </div>
  );
}
