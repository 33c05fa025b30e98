import { personOnly } from '@/components/person-only';
import { PROMPT } from '@/components/ui-strings';

export type NotePromptMode = 'invite' | 'confirm' | 'no-notes';

export interface NotePromptProps {
  mode: NotePromptMode;
  recipientName?: string;
  starters: string[];
  onChooseStarter: (starter: string) => void;
  theme: 'light' | 'dark';
}

/** Beside LinkedIn's "Add a note to your invitation?": why a note matters, and a few ways to begin. */
export function NotePrompt({ mode, recipientName, starters, onChooseStarter, theme }: NotePromptProps) {
  const who = recipientName ?? PROMPT.someone;
  return (
    <aside
      className="cultivate-prompt"
      data-testid="note-prompt"
      data-mode={mode}
      data-theme={theme}
      aria-label={PROMPT.label}
    >
      <p className="cultivate-prompt-lead" role="status" aria-live="polite">
        {mode === 'no-notes'
          ? PROMPT.noNotesLeft(who)
          : mode === 'confirm'
            ? PROMPT.confirm
            : PROMPT.invite(who)}
      </p>
      {mode !== 'no-notes' && starters.length > 0 && (
        <ul className="cultivate-starters" aria-label={PROMPT.starters}>
          {starters.map((starter) => (
            <li key={starter}>
              <button type="button" className="cultivate-starter" onClick={personOnly(() => onChooseStarter(starter))}>
                {starter}
              </button>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
