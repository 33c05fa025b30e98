/**
 * An invitation dialog at its note step, as LinkedIn's markup has it, planted in happy-dom's
 * document: the note and its Send button. `heading` names the person, when a test needs a name.
 */
export function plantInvitationNote(heading?: string) {
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  dialog.className = 'artdeco-modal send-invite';
  if (heading) {
    const title = document.createElement('h2');
    title.textContent = heading;
    dialog.append(title);
  }
  const note = document.createElement('textarea');
  note.id = 'custom-message';
  const send = document.createElement('button');
  send.setAttribute('aria-label', 'Send invitation');
  send.textContent = 'Send';
  dialog.append(note, send);
  document.body.append(dialog);
  return { dialog, note, send };
}

/** A LinkedIn message box (a contenteditable in a `.msg-form`) with its Send button; `write` types into it. */
export function plantMessageBox() {
  const form = document.createElement('form');
  form.className = 'msg-form';
  const box = document.createElement('div');
  box.className = 'msg-form__contenteditable';
  box.setAttribute('contenteditable', 'true');
  box.setAttribute('role', 'textbox');
  const send = document.createElement('button');
  send.className = 'msg-form__send-button';
  send.type = 'submit';
  form.append(box, send);
  document.body.append(form);
  const write = (text: string) => {
    const p = document.createElement('p');
    p.textContent = text;
    box.replaceChildren(p);
  };
  return { box, send, write };
}
