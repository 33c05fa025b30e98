import { useRef, useState } from 'react';
import { deleteEverything } from '@/utils/your-data/your-data';
import { describeError, withHistory, type DataServices } from './data-services';

type State = { kind: 'idle' } | { kind: 'confirming' } | { kind: 'deleting' } | { kind: 'done' } | { kind: 'error'; text: string };

/** Delete everything, after a second, explicit button; Cancel and Escape step back. */
export function DeleteData({ services }: { services: DataServices }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const start = useRef<HTMLButtonElement>(null);
  const warning = useRef<HTMLParagraphElement>(null);

  const ask = () => {
    setState({ kind: 'confirming' });
    requestAnimationFrame(() => warning.current?.focus());
  };
  const cancel = () => {
    setState({ kind: 'idle' });
    requestAnimationFrame(() => start.current?.focus());
  };
  const remove = async () => {
    setState({ kind: 'deleting' });
    try {
      await withHistory(services, (store) => deleteEverything(store));
      setState({ kind: 'done' });
    } catch (error) {
      setState({ kind: 'error', text: `Could not delete everything: ${describeError(error)}` });
    }
    services.followUpsChanged();
    requestAnimationFrame(() => start.current?.focus());
  };

  return (
    <div className="data-part">
      <h3>Delete</h3>
      <p className="hint">Removes your contacts, everything you sent and your settings from this browser.</p>
      <button type="button" ref={start} className="danger" hidden={state.kind === 'confirming'} disabled={state.kind === 'deleting'} onClick={ask}>
        Delete everything…
      </button>
      {state.kind === 'confirming' && (
        <div className="confirm" role="group" aria-label="Confirm deleting everything" onKeyDown={(event) => event.key === 'Escape' && cancel()}>
          <p ref={warning} tabIndex={-1}>
            <strong>Delete all your contacts, notes and settings?</strong> This cannot be undone. Export first if you may want them back.
          </p>
          <div className="field-row">
            <button type="button" className="danger" onClick={() => void remove()}>
              Yes, delete everything
            </button>
            <button type="button" onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <p role="status" className="data-result" data-testid="delete-status">
        {state.kind === 'deleting' ? 'Deleting…' : state.kind === 'done' ? 'Everything is deleted: your history is empty and your settings are back to the suggestions.' : ''}
      </p>
      {state.kind === 'error' && (
        <p role="alert" className="field-error">
          {state.text}
        </p>
      )}
    </div>
  );
}
