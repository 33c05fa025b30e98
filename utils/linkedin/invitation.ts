import { fold, labelMatches, mentionsRemaining, type InterfaceLabels } from './labels';
import { isShown, labelOf, queryAll, textOf } from './roots';
import {
  ANY_DIALOG,
  COUNTER_LEAVES,
  COUNTER_PATTERN,
  DIALOG_BUTTONS,
  DIGITS,
  EMAIL_INPUT,
  INVITATION_DIALOG,
  NOT_REMAINING_LINE,
  NOTE_TEXTAREA,
  OUR_UI,
  PRIMARY_BUTTON,
  REMAINING_LINE,
  REMAINING_PARAGRAPH,
  SHOWN_NAME,
  UPSELL_LINK,
} from './selectors';

/** choose: "Add a note to your invitation?"; note: the note is open; upsell: notes used up. */
export type InvitationStep = 'choose' | 'note' | 'upsell';

export interface InvitationButtons {
  addNote?: HTMLElement;
  sendWithoutNote?: HTMLElement;
  send?: HTMLElement;
  cancel?: HTMLElement;
}

export interface InvitationDialog {
  dialog: HTMLElement;
  step: InvitationStep;
  note?: HTMLTextAreaElement;
  /** Characters allowed, from the page's counter ("0/200" on free accounts). */
  limit?: number;
  /** From "N personalized invitations remaining for this month", when shown. */
  remainingNotes?: number;
  /** LinkedIn asks for the member's email before it lets the invitation go. */
  emailGate: boolean;
  buttons: InvitationButtons;
  /** The name LinkedIn shows in bold in the dialog, if any. */
  shownName?: string;
}

/**
 * Finds the invitation dialog in any known layout, by structure first: the note textarea, the
 * send-invite markers, a dialog that opened just after the person used a Connect control.
 */
export function findInvitation(roots: ParentNode[], connectJustUsed = false): InvitationDialog | undefined {
  const note = queryAll<HTMLTextAreaElement>(roots, NOTE_TEXTAREA).find(isShown);
  if (note) {
    const dialog = (note.closest(ANY_DIALOG) ?? note.parentElement?.parentElement ?? note.parentElement) as HTMLElement;
    return describe(dialog, note);
  }
  for (const selector of INVITATION_DIALOG) {
    const dialog = queryAll<HTMLElement>(roots, selector).find(isShown);
    if (dialog) return describe(dialog);
  }
  if (connectJustUsed) {
    const dialog = queryAll<HTMLElement>(roots, ANY_DIALOG).find((d) => isShown(d) && actionButtons(d).length > 0);
    if (dialog) return describe(dialog);
  }
  return undefined;
}

function describe(dialog: HTMLElement, note?: HTMLTextAreaElement): InvitationDialog {
  const upsell = !note && dialog.querySelector(UPSELL_LINK) !== null;
  const step: InvitationStep = note ? 'note' : upsell ? 'upsell' : 'choose';
  const buttons = actionButtons(dialog);
  return {
    dialog,
    step,
    note,
    limit: note ? readCounter(dialog) : undefined,
    remainingNotes: step === 'upsell' ? readLabelledRemaining(dialog) : readRemaining(dialog),
    emailGate: dialog.querySelector(EMAIL_INPUT) !== null,
    buttons: step === 'note' ? noteButtons(buttons) : step === 'choose' ? chooseButtons(buttons) : {},
    shownName: [...dialog.querySelectorAll(SHOWN_NAME)].map(textOf).find((t) => t.length > 0 && t.length < 120),
  };
}

/** The dialog's own buttons, in order, without our UI and without its close (×) button. */
function actionButtons(dialog: HTMLElement): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>(DIALOG_BUTTONS)].filter(
    (b) => !b.closest(OUR_UI) && isShown(b) && !isDismiss(b),
  );
}

function isDismiss(button: HTMLElement): boolean {
  if (labelMatches(labelOf(button), (l) => l.dismiss)) return true;
  // Action buttons always carry visible words; an icon-only button is the close button.
  const words = textOf(button);
  return words.length === 0 || words === '×';
}

function byLabel(buttons: HTMLElement[], pick: (labels: InterfaceLabels) => string[]): HTMLElement | undefined {
  return buttons.find((b) => labelMatches(labelOf(b), pick) || labelMatches(textOf(b), pick));
}

/** Labels when known; otherwise the primary button sends and the other one is the alternative. */
function pair(buttons: HTMLElement[], primaryPick: (l: InterfaceLabels) => string[], otherPick: (l: InterfaceLabels) => string[]) {
  let primary = byLabel(buttons, primaryPick);
  let other = byLabel(buttons, otherPick);
  const actions = buttons.slice(-2);
  if (!primary) {
    const candidates = actions.filter((b) => b !== other);
    primary = candidates.find((b) => b.matches(PRIMARY_BUTTON)) ?? candidates.at(-1);
  }
  if (!other) other = actions.find((b) => b !== primary);
  return { primary, other: other === primary ? undefined : other };
}

function chooseButtons(buttons: HTMLElement[]): InvitationButtons {
  const { primary, other } = pair(buttons, (l) => l.sendWithoutNote, (l) => l.addNote);
  return { sendWithoutNote: primary, addNote: other };
}

function noteButtons(buttons: HTMLElement[]): InvitationButtons {
  const { primary, other } = pair(buttons, (l) => l.send, (l) => l.cancel);
  return { send: primary, cancel: other };
}

function leaves(dialog: HTMLElement): Element[] {
  return [...dialog.querySelectorAll(COUNTER_LEAVES)].filter(
    (el) => el.children.length === 0 && !el.closest(OUR_UI),
  );
}

function readCounter(dialog: HTMLElement): number | undefined {
  for (const el of leaves(dialog)) {
    const match = COUNTER_PATTERN.exec(el.textContent ?? '');
    if (match?.[1]) return Number(match[1]);
  }
  return undefined;
}

/** The "N personalized invitations remaining" line: its words when known, else its shape. */
function readRemaining(dialog: HTMLElement): number | undefined {
  return readLabelledRemaining(dialog) ?? readRemainingByShape(dialog);
}

function readLabelledRemaining(dialog: HTMLElement): number | undefined {
  for (const el of dialog.querySelectorAll(REMAINING_LINE)) {
    if (el.closest(OUR_UI)) continue;
    const text = fold(el.textContent);
    if (text.length > 160 || !mentionsRemaining(text)) continue;
    const digits = DIGITS.exec(text);
    if (digits) return Number(digits[0]);
  }
  return undefined;
}

/**
 * In a language the table does not know: the line is a paragraph of its own, of plain text, with
 * one small number in it. The sentence that names the person holds a <strong>, so it never is one.
 */
function readRemainingByShape(dialog: HTMLElement): number | undefined {
  for (const el of dialog.querySelectorAll(REMAINING_PARAGRAPH)) {
    if (el.children.length > 0 || el.closest(OUR_UI) || el.closest(NOT_REMAINING_LINE)) continue;
    const text = fold(el.textContent);
    if (text.length === 0 || text.length > 120 || COUNTER_PATTERN.test(text)) continue;
    const numbers = text.match(/\d+/g);
    if (numbers?.length === 1 && numbers[0]!.length <= 3) return Number(numbers[0]);
  }
  return undefined;
}
