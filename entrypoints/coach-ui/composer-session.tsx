import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { RelationshipContext } from '@/utils/coach/relationship';
import type { CoachHistory } from '@/utils/history/api';
import { coachRelationship, type Recall } from '@/utils/journey/recall';
import type { Range } from '@/utils/coach/schema';
import type { NoteFix } from '@/utils/fixes/note-fixes';
import { editMessage, selectInMessage } from '@/utils/linkedin/edit-message';
import { insertMessage } from '@/utils/linkedin/insert-message';
import { readMessage, type MessageComposer } from '@/utils/linkedin/message-composer';
import { OWN_WORDS } from '@/utils/starters/follow-up-starters';
import { LazyJourneyAside } from './journey-aside-loader';
import { pageTheme } from '@/utils/linkedin/theme';
import { DraftReading } from './draft-reading';
import { LiveCoach, type DraftSource } from './LiveCoach';
import { loadRelationship } from './load-relationship';
import { MessageMarks } from './message-marks';
import { recordSend } from './record-send';
import { loadHistory, type SharedState } from './shared-state';
import { UiSlot } from './ui-slot';

/** LinkedIn allows long messages; the coach judges them as messages, not 300-character notes. */
const MESSAGE_LIMIT = 8_000;

/** A message composer (a first message or follow-up after connecting): the panel, and one record per send. */
export class ComposerSession {
  private readonly panel: UiSlot;
  private readonly theme = pageTheme();
  private readonly reading = new DraftReading();
  private history: CoachHistory | undefined;
  private known: Recall | undefined;
  private relationship: RelationshipContext | undefined;
  private readonly source: DraftSource;

  constructor(
    ctx: ContentScriptContext,
    private found: MessageComposer,
    private readonly shared: SharedState,
  ) {
    const box = found.box;
    this.panel = new UiSlot(ctx, 'cultivate-coach');
    this.source = {
      subscribe: (onChange) => {
        box.addEventListener('input', onChange);
        return () => box.removeEventListener('input', onChange);
      },
      read: () => readMessage(box),
    };
    void loadHistory().then((history) => {
      this.history = history;
      this.render();
    });
    this.loadRelationship();
    this.render();
  }

  /** Who they are may only show once the conversation header renders: asked again when it changes. */
  private loadRelationship(): void {
    const recipient = this.found.recipient;
    void loadRelationship(recipient, this.shared.settings.offers).then((known) => {
      if (JSON.stringify(recipient) !== JSON.stringify(this.found.recipient)) return;
      this.known = known;
      this.relationship = coachRelationship(known);
      this.render();
    });
  }

  get box(): HTMLElement {
    return this.found.box;
  }

  update(found: MessageComposer): void {
    const changed = JSON.stringify(found.recipient) !== JSON.stringify(this.found.recipient) || found.send !== this.found.send;
    const someoneElse = JSON.stringify(found.recipient) !== JSON.stringify(this.found.recipient);
    this.found = found;
    if (someoneElse) {
      this.known = undefined;
      this.relationship = undefined;
      this.loadRelationship();
    }
    if (changed) this.render();
  }

  render(): void {
    if (!this.shared.settingsRead) return;
    const known = this.known;
    this.panel.show(
      {
        anchor: this.found.form ?? this.found.box,
        append: 'before',
        float: { frame: () => this.found.form ?? this.found.box, align: () => this.found.box, prefer: 'above', dock: false },
      },
      (layout) => (
        <LiveCoach
          source={this.source}
          reading={this.reading}
          surface="message"
          limit={MESSAGE_LIMIT}
          recipient={this.found.recipient}
          history={this.history}
          settings={this.shared.settings}
          theme={this.theme}
          compact={layout.mode === 'strip'}
          relationship={this.relationship}
          secondReader={this.shared.secondReader}
          onMark={this.onMark}
          onApply={this.onApply}
          aside={
            known &&
            ((text) => (
              <LazyJourneyAside
                known={known}
                surface="message"
                recipient={this.found.recipient}
                text={text}
                theme={this.theme}
                onChooseStarter={(starter) => this.chooseStarter(starter)}
              />
            ))
          }
        />
      ),
    );
  }

  /** Like the invitation's starters: only into an empty box, with the marked spot selected. */
  private chooseStarter(starter: string): void {
    if (readMessage(this.found.box) !== '') return;
    insertMessage(this.found.box, starter, OWN_WORDS);
  }

  private marks: MessageMarks | undefined;

  /** Marks words in the current box; a new box element gets a new frame. */
  private readonly onMark = (range: Range | undefined) => {
    const box = this.found.box;
    if (this.marks?.box !== box) {
      this.clearMarks();
      this.marks = new MessageMarks(box, this.found.form ?? box);
    }
    this.marks.show(range);
  };

  /** A one-click fix, typed into the box as the person would; the panel re-reads it from the input event. */
  private readonly onApply = (fix: NoteFix) => {
    const box = this.found.box;
    if (fix.edit && !editMessage(box, fix.edit.start, fix.edit.end, fix.edit.text)) return;
    if (fix.select) selectInMessage(box, fix.select);
  };

  private clearMarks(): void {
    this.marks?.dispose();
    this.marks = undefined;
  }

  onClick(path: EventTarget[]): void {
    const send = this.found.send;
    if (send && path.includes(send) && !send.disabled) this.record(readMessage(this.found.box));
  }

  /** Enter sends on LinkedIn unless the person turned that off: record only if the box was emptied. */
  onKeyDown(path: EventTarget[], event: KeyboardEvent, later: (fn: () => void) => void): void {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing || !path.includes(this.found.box)) return;
    const text = readMessage(this.found.box);
    if (!text) return;
    later(() => {
      if (readMessage(this.found.box) === '') this.record(text);
    });
  }

  dispose(): void {
    this.panel.hide();
    this.clearMarks();
  }

  private record(text: string): void {
    if (!text) return;
    const { recipient } = this.found;
    const inputs = {
      text,
      surface: 'message',
      limit: MESSAGE_LIMIT,
      recipient,
      history: this.history,
      settings: this.shared.settings,
      relationship: this.relationship,
      secondReader: this.shared.secondReader,
    } as const;
    void recordSend('message', recipient, text, this.reading.seen(inputs), {
      onNotRecorded: () => this.shared.notRecorded?.({ surface: 'message', name: recipient.name }),
    });
  }
}
