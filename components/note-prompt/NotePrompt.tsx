import { useState } from 'react';
import { CultivateMark } from '@/components/CultivateMark';
import { personOnly } from '@/components/person-only';
import { StarterList } from '@/components/starter-list/StarterList';
import { PROMPT } from '@/components/ui-strings';

export type NotePromptMode = 'invite' | 'confirm' | 'no-notes';

export interface NotePromptProps {
  mode: NotePromptMode;
  recipientName?: string;
  starters: string[];
  onChooseStarter: (starter: string) => void;
  theme: 'light' | 'dark';
  /** No room beside the dialog: one short line, the starters one click away. */
  compact?: boolean;
}

/** Beside LinkedIn's "Add a note to your invitation?": why a note matters, and a few ways to begin. */
export function NotePrompt({ mode, recipientName, starters, onChooseStarter, theme, compact = false }: NotePromptProps) {
  const who = recipientName ?? PROMPT.someone;
  const [open, setOpen] = useState(false);
  const lead =
    mode === 'no-notes'
      ? compact
        ? PROMPT.noNotesLeftShort
        : PROMPT.noNotesLeft(who)
      : mode === 'confirm'
        ? compact
          ? PROMPT.held
          : `${PROMPT.held} ${PROMPT.why}`
        : compact
          ? PROMPT.inviteShort(who)
          : PROMPT.invite(who);
  const canStart = mode !== 'no-notes' && starters.length > 0;
  const showStarters = canStart && (!compact || open);
  return (
    <aside
      className="prompt"
      data-testid="note-prompt"
      data-mode={mode}
      data-theme={theme}
      data-layout={compact ? 'strip' : 'dock'}
      aria-label={PROMPT.label}
    >
      <div className="prompt-top">
        <CultivateMark />
        <p className="prompt-lead" role="status" aria-live="polite">
          {lead}
        </p>
        {compact && canStart && (
          <button type="button" className="button" aria-expanded={open} onClick={personOnly(() => setOpen(!open))}>
            {open ? PROMPT.hideStarters : PROMPT.showStarters}
          </button>
        )}
      </div>
      {showStarters && <StarterList starters={starters} onChoose={onChooseStarter} />}
    </aside>
  );
}
