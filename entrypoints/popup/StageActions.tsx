import { useRef, useState } from 'react';
import type { Contact, Stage } from '@/utils/history/model';
import { ErrorAlert } from './ErrorAlert';
import { useServices } from './services';
import { STAGE_WORDS } from './stage-words';

/** The one step that follows each stage; someone already in conversation has none to mark. */
const NEXT: Record<Stage, { stage: Stage; label: string; said: string } | undefined> = {
  requested: { stage: 'connected', label: 'Mark accepted', said: 'Marked as accepted' },
  connected: { stage: 'conversing', label: 'Mark replied', said: 'Marked as replied' },
  conversing: undefined,
};

/** Moves the relationship forward, one stage at a time. */
export function StageActions({
  contact,
  onChanged,
}: {
  contact: Contact;
  onChanged: (contact: Contact) => void;
}) {
  const { store, now, announce } = useServices();
  const [failure, setFailure] = useState<unknown>();
  const stageRef = useRef<HTMLParagraphElement>(null);
  const next = NEXT[contact.stage];

  const mark = async (stage: Stage, said: string) => {
    setFailure(undefined);
    try {
      onChanged(await store.setStage(contact.key, stage, now()));
      announce(`${said}: ${contact.name}`);
      // The pressed button makes way for the next stage's: keep focus on the stage, not the page.
      stageRef.current?.focus();
    } catch (error) {
      console.error(error);
      setFailure(error);
    }
  };

  return (
    <div className="stage-actions">
      <p ref={stageRef} tabIndex={-1} data-testid="stage">
        Stage: <strong>{STAGE_WORDS[contact.stage]}</strong>
      </p>
      {next && (
        <div className="actions">
          <button type="button" className="button" onClick={() => mark(next.stage, next.said)}>
            {next.label}
          </button>
        </div>
      )}
      {failure !== undefined && <ErrorAlert error={failure} doing="Could not change the stage" />}
    </div>
  );
}
