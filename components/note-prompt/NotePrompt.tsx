export type NotePromptMode = 'invite' | 'confirm' | 'no-notes';

export interface NotePromptProps {
  mode: NotePromptMode;
  recipientName?: string;
  starters: string[];
  onChooseStarter: (starter: string) => void;
  theme: 'light' | 'dark';
}

const WHY = 'A personal note turns a request into the start of a relationship, and people accept them more often.';

/** Beside LinkedIn's "Add a note to your invitation?": why a note matters, and a few ways to begin. */
export function NotePrompt({ mode, recipientName, starters, onChooseStarter, theme }: NotePromptProps) {
  const who = recipientName ?? 'them';
  return (
    <aside className="cultivate-prompt" data-testid="note-prompt" data-mode={mode} data-theme={theme} aria-label="Cultivate">
      <p className="cultivate-prompt-lead" role="status" aria-live="polite">
        {mode === 'no-notes'
          ? `No personal notes left this month. Connect with ${who} now, and once they accept, follow up with a message about why you reached out.`
          : mode === 'confirm'
            ? `Send without a note? ${WHY} Pick a start below, or choose Send without a note again to send as it is.`
            : `Add a line for ${who}? ${WHY}`}
      </p>
      {mode !== 'no-notes' && starters.length > 0 && (
        <ul className="cultivate-starters" aria-label="Ways to begin your note">
          {starters.map((starter) => (
            <li key={starter}>
              <button type="button" className="cultivate-starter" onClick={() => onChooseStarter(starter)}>
                {starter}
              </button>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
