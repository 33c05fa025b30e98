import { useState } from 'react';
import { exportEverything } from '@/utils/your-data/your-data';
import { describeError, withHistory, type DataServices } from './data-services';

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string } | { kind: 'error'; text: string };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One button: every contact, touch and setting, as one JSON file. */
export function ExportData({ services }: { services: DataServices }) {
  const [state, setState] = useState<State>({ kind: 'idle' });

  const run = async () => {
    setState({ kind: 'busy' });
    try {
      const file = await withHistory(services, (store) => exportEverything(store, services.now()));
      services.download(file.name, file.text);
      setState({
        kind: 'done',
        text: `Exported ${plural(file.contacts, 'contact', 'contacts')}, ${plural(file.touches, 'note and send', 'notes and sends')} and your settings to ${file.name}.`,
      });
    } catch (error) {
      setState({ kind: 'error', text: `Could not export: ${describeError(error)}` });
    }
  };

  return (
    <div className="data-part">
      <h3>Export</h3>
      <p className="hint">One JSON file with your contacts, everything you sent and your settings. It is saved on this computer; nothing is uploaded.</p>
      <button type="button" onClick={() => void run()} disabled={state.kind === 'busy'}>
        Export everything
      </button>
      <p role="status" className="data-result" data-testid="export-status">
        {state.kind === 'busy' ? 'Exporting…' : state.kind === 'done' ? state.text : ''}
      </p>
      {state.kind === 'error' && (
        <p role="alert" className="field-error">
          {state.text}
        </p>
      )}
    </div>
  );
}
