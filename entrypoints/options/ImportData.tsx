import { useId, useRef, useState, type ChangeEvent } from 'react';
import type { ImportCounts } from '@/utils/history/api';
import type { ExportFile } from '@/utils/your-data/export-file';
import { applyImport, prepareImport } from '@/utils/your-data/your-data';
import { describeError, withHistory, type DataServices } from './data-services';
import { ImportSummary } from './ImportSummary';

type State =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'refused'; error: string; problems: string[] }
  | { kind: 'ready'; file: ExportFile; counts: ImportCounts }
  | { kind: 'importing' }
  | { kind: 'done'; text: string }
  | { kind: 'failed'; error: string };

/** Choose a file; it is checked whole and summarised; nothing is written until the person confirms. */
export function ImportData({ services }: { services: DataServices }) {
  const id = useId();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const summary = useRef<HTMLDivElement>(null);

  const reset = (next: State) => {
    setState(next);
    if (input.current) input.current.value = '';
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    setState({ kind: 'checking' });
    try {
      const prepared = await withHistory(services, (store) => prepareImport(store, chosen));
      if (!prepared.ok) return reset({ kind: 'refused', error: prepared.error, problems: prepared.problems.slice(1) });
      setState({ kind: 'ready', file: prepared.file, counts: prepared.counts });
      // The summary is what to read next; moving focus there says so to a screen reader too.
      requestAnimationFrame(() => summary.current?.focus());
    } catch (error) {
      reset({ kind: 'failed', error: `Could not check the file: ${describeError(error)}` });
    }
  };

  const confirm = async (file: ExportFile) => {
    setState({ kind: 'importing' });
    try {
      const counts = await withHistory(services, (store) => applyImport(store, file));
      services.followUpsChanged();
      reset({
        kind: 'done',
        text: `Imported: ${counts.newContacts} new contacts, ${counts.replacedContacts} replaced, ${counts.newTouches} notes and sends added, and your settings.`,
      });
    } catch (error) {
      services.followUpsChanged();
      reset({ kind: 'failed', error: describeError(error) });
    }
    input.current?.focus();
  };

  const cancel = () => {
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
          <ImportSummary file={state.file} counts={state.counts} />
          <div className="field-row">
            <button type="button" className="primary" onClick={() => void confirm(state.file)}>
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
