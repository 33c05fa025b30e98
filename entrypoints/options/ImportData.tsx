import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { describeError, type DataServices } from './data-services';
import type { Importer, ImportPreview } from './importers';
import { ImportSummary } from './ImportSummary';

type State =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'refused'; error: string; problems: string[] }
  | { kind: 'ready'; preview: ImportPreview }
  | { kind: 'importing' }
  | { kind: 'done'; text: string }
  | { kind: 'failed'; error: string };

/** Choose a file; it is checked whole and summarised; nothing is written until the person confirms. */
export function ImportData({ services }: { services: DataServices }) {
  const id = useId();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  // The chosen file lives in the importer (a worker in the browser), never in React state.
  const importer = useRef<Importer | undefined>(undefined);

  useEffect(() => () => importer.current?.discard(), []);

  const letGo = () => {
    importer.current?.discard();
    importer.current = undefined;
  };

  const reset = (next: State) => {
    setState(next);
    if (input.current) input.current.value = '';
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    letGo();
    const current = services.importer();
    importer.current = current;
    setState({ kind: 'checking' });
    try {
      const checked = await current.check(chosen);
      if (importer.current !== current) return;
      if (!checked.ok) {
        letGo();
        return reset({ kind: 'refused', error: checked.error, problems: checked.problems.slice(1) });
      }
      setState({ kind: 'ready', preview: checked.preview });
      // The summary is what to read next; moving focus there says so to a screen reader too.
      requestAnimationFrame(() => summary.current?.focus());
    } catch (error) {
      if (importer.current !== current) return;
      letGo();
      reset({ kind: 'failed', error: `Could not check the file: ${describeError(error)}` });
    }
  };

  const confirm = async () => {
    const current = importer.current;
    if (!current) return;
    setState({ kind: 'importing' });
    try {
      const counts = await current.apply();
      services.followUpsChanged();
      reset({
        kind: 'done',
        text: `Imported: ${counts.newContacts} new contacts, ${counts.replacedContacts} replaced, ${counts.newTouches} notes and sends added, and your settings.`,
      });
    } catch (error) {
      services.followUpsChanged();
      reset({ kind: 'failed', error: describeError(error) });
    } finally {
      if (importer.current === current) letGo();
    }
    input.current?.focus();
  };

  const cancel = () => {
    letGo();
    reset({ kind: 'idle' });
    input.current?.focus();
  };

  return (
    <div className="data-part">
      <h3>Import</h3>
      <div className="field">
        <label htmlFor={id}>Import a Cultivate export</label>
        <p className="hint" id={`${id}-hint`}>
          A file from “Export everything”, up to 50 MB. It is checked whole first, and you see what it changes before anything is written.
        </p>
        <input
          ref={input}
          id={id}
          type="file"
          accept="application/json,.json"
          aria-describedby={`${id}-hint`}
          disabled={state.kind === 'checking' || state.kind === 'importing'}
          onChange={(event) => void choose(event)}
        />
      </div>
      <p role="status" className="data-result" data-testid="import-status">
        {state.kind === 'checking' ? 'Checking the file…' : state.kind === 'importing' ? 'Importing…' : state.kind === 'done' ? state.text : ''}
      </p>
      {state.kind === 'refused' && (
        <div role="alert" className="notice" data-testid="import-error">
          <p>{state.error}</p>
          {state.problems.length > 0 && (
            <ul>
              {state.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          )}
          <p>Nothing was imported; your history and settings are as they were.</p>
        </div>
      )}
      {state.kind === 'failed' && (
        <p role="alert" className="field-error">
          {state.error}
        </p>
      )}
      {state.kind === 'ready' && (
        <div className="confirm" ref={summary} tabIndex={-1} role="group" aria-label="What the import will change">
          <ImportSummary preview={state.preview} />
          <div className="field-row">
            <button type="button" className="primary" onClick={() => void confirm()}>
              Import
            </button>
            <button type="button" onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
