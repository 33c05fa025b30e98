import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { NotePrompt, type NotePromptMode } from '@/components/note-prompt/NotePrompt';
import { PANEL } from '@/components/ui-strings';
import type { Recipient } from '@/utils/coach';
import type { RelationshipContext } from '@/utils/coach/relationship';
import type { CoachHistory } from '@/utils/history/api';
import type { NoteFix } from '@/utils/fixes/note-fixes';
import { coachRelationship, type Recall } from '@/utils/journey/recall';
import { editNote, selectInNote } from '@/utils/linkedin/edit-note';
import { insertNote } from '@/utils/linkedin/insert-note';
import type { InvitationDialog } from '@/utils/linkedin/invitation';
import { pageTheme } from '@/utils/linkedin/theme';
import { noteStarters, spotIn } from '@/utils/starters/note-starters';
import type { Range } from '@/utils/coach/schema';
import { LazyJourneyAside } from './journey-aside-loader';
import { LiveCoach, type DraftSource } from './LiveCoach';
import { loadRelationship } from './load-relationship';
import { NoteMarks } from './note-marks';
import type { DraftInputs } from './analyze-draft';
import { DraftReading } from './draft-reading';
import { recordSend } from './record-send';
import { loadHistory, type SharedState } from './shared-state';
import { UiSlot, type Placement } from './ui-slot';

/**
 * One invitation dialog, from "Add a note to your invitation?" to Send: the prompt on step one,
 * the panel beside the note on step two, and one record when the invitation goes.
 */
export class InvitationSession {
  private readonly prompt: UiSlot;
  private readonly panel: UiSlot;
  private readonly theme = pageTheme();
  private readonly reading = new DraftReading();
  private history: CoachHistory | undefined;
  /** The relationship so far, when they are in the history (a new invitation after a withdrawal). */
  private known: Recall | undefined;
  private relationship: RelationshipContext | undefined;
  private knownFor: string | undefined;
  /** The first "Send without a note" is held once, to show why a note matters; never twice. */
  private heldOnce = false;
  /** With the person's "pause before a transactional note" on, their first Send is held once too. */
  private pausedOnce = false;
  private recorded = false;
  private pendingStarter: string | undefined;

  constructor(
    ctx: ContentScriptContext,
    private found: InvitationDialog,
    private recipient: Recipient,
    private readonly shared: SharedState,
  ) {
    this.prompt = new UiSlot(ctx, 'cultivate-prompt');
    this.panel = new UiSlot(ctx, 'cultivate-coach');
    void loadHistory().then((history) => {
      this.history = history;
      this.render();
    });
    this.loadRelationship();
    this.render();
  }

  private loadRelationship(): void {
    const asked = JSON.stringify(this.recipient);
    if (asked === this.knownFor) return;
    this.knownFor = asked;
    void loadRelationship(this.recipient, this.shared.settings.offers).then((known) => {
      if (asked !== this.knownFor) return;
      this.known = known;
      this.relationship = coachRelationship(known);
      this.render();
    });
  }

  get dialog(): HTMLElement {
    return this.found.dialog;
  }

  update(found: InvitationDialog, recipient: Recipient): void {
    const changed =
      signature(found, recipient) !== signature(this.found, this.recipient) || !sameParts(found, this.found);
    this.found = found;
    this.recipient = recipient;
    this.loadRelationship();
    if (found.step === 'note' && found.note && this.pendingStarter !== undefined) {
      insertNote(found.note, this.pendingStarter, spotIn(this.pendingStarter));
      this.pendingStarter = undefined;
    }
    if (changed) this.render();
  }

  render(): void {
    if (!this.shared.settingsRead) return;
    const { step, note } = this.found;
    if (step === 'note' && note) {
      this.prompt.hide();
      this.panel.show(
        { anchor: note, append: 'after', float: { frame: () => this.found.dialog, align: () => this.found.note, prefer: 'below', dock: true } },
        (layout) => (
          <LiveCoach
            source={this.sourceFor(note)}
            reading={this.reading}
            surface="invitation"
            limit={this.found.limit}
            recipient={this.recipient}
            history={this.history}
            settings={this.shared.settings}
            notice={this.pausedOnce ? PANEL.pauseNotice : undefined}
            theme={this.theme}
            compact={layout.mode === 'strip'}
            relationship={this.relationship}
            secondReader={this.shared.secondReader}
            aside={this.memory()}
            starters={this.starters()}
            onStarter={(starter) => insertNote(note, starter, spotIn(starter))}
            onMark={this.onMark}
            onApply={this.onApply}
          />
        ),
      );
      return;
    }
    this.panel.hide();
    this.clearMarks();
    const mode = this.promptMode();
    const starters = this.found.buttons.addNote ? this.starters() : [];
    this.prompt.show(this.promptPlacement(), (layout) => (
      <NotePrompt
        compact={layout.mode === 'strip'}
        mode={mode}
        recipientName={this.recipient.firstName ?? this.recipient.name}
        starters={starters}
        onChooseStarter={(starter) => this.chooseStarter(starter)}
        theme={this.theme}
      />
    ));
  }

  private starters(): string[] {
    return noteStarters({ recipient: this.recipient, offers: this.shared.settings.offers, limit: this.found.limit ?? 300 });
  }

  /** Called for every click on the page (capture phase) while this dialog is open. */
  onClick(path: EventTarget[], event: Event): void {
    const { step, buttons, note } = this.found;
    if (step === 'choose' && buttons.sendWithoutNote && path.includes(buttons.sendWithoutNote)) {
      if (!this.heldOnce && this.promptMode() === 'invite' && buttons.addNote) {
        this.heldOnce = true;
        event.preventDefault();
        event.stopImmediatePropagation();
        this.render();
        return;
      }
      this.record(null);
    } else if (
      step === 'note' &&
      note &&
      buttons.send &&
      path.includes(buttons.send) &&
      isEnabled(buttons.send)
    ) {
      if (
        !this.pausedOnce &&
        this.shared.settings.pauseBeforeTransactional &&
        this.readsAsTransaction(note.value)
      ) {
        this.pausedOnce = true;
        event.preventDefault();
        event.stopImmediatePropagation();
        this.render();
        return;
      }
      this.record(note.value);
    }
  }

  dispose(): void {
    this.prompt.hide();
    this.panel.hide();
    this.clearMarks();
  }

  private marks: NoteMarks | undefined;

  /** Marks words in the current note; a new note element gets a new mirror. */
  private readonly onMark = (range: Range | undefined) => {
    const note = this.found.step === 'note' ? this.found.note : undefined;
    if (!note) return this.clearMarks();
    if (this.marks?.note !== note) {
      this.clearMarks();
      this.marks = new NoteMarks(note);
    }
    this.marks.show(range);
  };

  /** A one-click fix, typed into the note as the person would; the panel re-reads it from the input event. */
  private readonly onApply = (fix: NoteFix) => {
    const note = this.found.step === 'note' ? this.found.note : undefined;
    if (!note) return;
    if (fix.edit) editNote(note, fix.edit.start, fix.edit.end, fix.edit.text);
    if (fix.select) selectInNote(note, fix.select);
  };

  private clearMarks(): void {
    this.marks?.dispose();
    this.marks = undefined;
  }

  private record(note: string | null): void {
    if (this.recorded) return;
    this.recorded = true;
    const { name } = this.recipient;
    void recordSend('invitation', this.recipient, note, this.reading.seen(this.inputs(note ?? '')), {
      onNotRecorded: () => this.shared.notRecorded?.({ surface: 'invitation', name }),
    });
  }

  private inputs(text: string): DraftInputs {
    return {
      text,
      surface: 'invitation',
      limit: this.found.limit,
      recipient: this.recipient,
      history: this.history,
      settings: this.shared.settings,
      relationship: this.relationship,
      secondReader: this.shared.secondReader,
    };
  }

  /** The memory line above the panel, for someone already in the history. */
  private memory() {
    const known = this.known;
    if (!known) return undefined;
    return (text: string) => <LazyJourneyAside known={known} surface="invitation" recipient={this.recipient} text={text} theme={this.theme} />;
  }

  private source: { note: HTMLTextAreaElement; source: DraftSource } | undefined;

  /** One stable subscription per note element, so re-renders do not re-subscribe. */
  private sourceFor(note: HTMLTextAreaElement): DraftSource {
    if (this.source?.note !== note) {
      this.source = {
        note,
        source: {
          subscribe: (onChange) => {
            note.addEventListener('input', onChange);
            return () => note.removeEventListener('input', onChange);
          },
          read: () => note.value,
        },
      };
    }
    return this.source.source;
  }

  private readsAsTransaction(text: string): boolean {
    return this.reading.analyze(this.inputs(text)).verdict === 'transactional';
  }

  private chooseStarter(starter: string): void {
    this.pendingStarter = starter;
    this.found.buttons.addNote?.click();
  }

  private promptMode(): NotePromptMode {
    if (this.found.step === 'upsell' || this.found.remainingNotes === 0) return 'no-notes';
    return this.heldOnce ? 'confirm' : 'invite';
  }

  /** In the DOM just before LinkedIn's buttons (so Tab meets the starters first); drawn beside the dialog. */
  private promptPlacement(): Placement {
    const { dialog, buttons } = this.found;
    const float = { frame: () => this.found.dialog, prefer: 'below', dock: true } as const;
    const firstAction = buttons.addNote ?? buttons.sendWithoutNote;
    const bar = firstAction?.parentElement;
    if (!firstAction || !bar) return { anchor: dialog, append: 'last', float };
    return { anchor: bar === dialog ? firstAction : bar, append: 'before', float };
  }
}

function isEnabled(button: HTMLElement): boolean {
  return !(button as HTMLButtonElement).disabled && button.getAttribute('aria-disabled') !== 'true';
}

function signature(found: InvitationDialog, recipient: Recipient): string {
  return JSON.stringify([found.step, found.limit, found.remainingNotes, found.emailGate, recipient]);
}

function sameParts(a: InvitationDialog, b: InvitationDialog): boolean {
  return (
    a.note === b.note &&
    a.buttons.addNote === b.buttons.addNote &&
    a.buttons.sendWithoutNote === b.buttons.sendWithoutNote &&
    a.buttons.send === b.buttons.send
  );
}
