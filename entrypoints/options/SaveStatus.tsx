import type { SaveState } from './use-settings';

/** "Saved" after each change, announced politely; an error stays until the next save. */
export function SaveStatus({ state }: { state: SaveState }) {
  const text =
    state.kind === 'saving' ? 'Saving…' : state.kind === 'saved' ? 'Saved' : state.kind === 'error' ? state.message : '';
  return (
    <p className={state.kind === 'error' ? 'save-status save-status--error' : 'save-status'} role="status" aria-live="polite" data-testid="save-status">
      {text}
    </p>
  );
}
