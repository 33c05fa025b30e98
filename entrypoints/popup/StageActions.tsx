import { useRef, useState } from 'react';
import type { Contact, Stage } from '@/utils/history/model';
import { STAGES } from '@/utils/history/model';
import { ErrorAlert } from './ErrorAlert';
import { useServices } from './services';
import { STAGE_WORDS } from './stage-words';

const ACTIONS: Array<{ stage: Stage; label: string; said: string }> = [
  { stage: 'connected', label: 'Mark accepted', said: 'Marked as accepted' },
  { stage: 'conversing', label: 'Mark replied', said: 'Marked as replied' },
];

/** Moves the relationship forward; a stage already reached is not offered again. */
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
  const reached = STAGES.indexOf(contact.stage);

  const mark = async (stage: Stage, said: string) => {
    setFailure(undefined);
    try {
      onChanged(await store.setStage(contact.key, stage, now()));
      announce(`${said}: ${contact.name}`);
      // The pressed button is now disabled and would drop focus to the page: keep it on the stage.
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
      <div className="actions">
        {ACTIONS.map(({ stage, label, said }) => (
          <button
            key={stage}
            type="button"
            className="button"
            disabled={STAGES.indexOf(stage) <= reached}
            onClick={() => mark(stage, said)}
          >
            {label}
          </button>
        ))}
      </div>
      {failure !== undefined && <ErrorAlert error={failure} doing="Could not change the stage" />}
    </div>
  );
}
