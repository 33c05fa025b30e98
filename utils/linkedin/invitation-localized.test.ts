// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { findInvitation } from './invitation';
import { searchRoots } from './roots';

afterEach(() => document.body.replaceChildren());

function html(markup: string): void {
  // Test fixtures only: markup written here, never page text.
  const template = document.createElement('template');
  template.innerHTML = markup;
  document.body.replaceChildren(template.content);
}

/** The invitation dialog as LinkedIn shows it with its interface in each language of the table. */
const DIALOGS = [
  { lang: 'de', dismiss: 'Verwerfen', addNote: 'Notiz hinzufügen', sendWithoutNote: 'Ohne Notiz senden', cancel: 'Abbrechen', send: 'Einladung senden', remaining: 'Noch 4 personalisierte Einladungen in diesem Monat.', person: 'Jonas Weber' },
  { lang: 'fr', dismiss: 'Ignorer', addNote: 'Ajouter une note', sendWithoutNote: 'Envoyer sans note', cancel: 'Annuler', send: 'Envoyer l’invitation', remaining: 'Il vous reste 5 invitations personnalisées ce mois-ci.', person: 'Camille Lefèvre' },
  { lang: 'es', dismiss: 'Descartar', addNote: 'Añadir una nota', sendWithoutNote: 'Enviar sin nota', cancel: 'Cancelar', send: 'Enviar invitación', remaining: 'Te quedan 4 invitaciones personalizadas este mes.', person: 'Lucía Fernández' },
  { lang: 'pt', dismiss: 'Fechar', addNote: 'Adicionar nota', sendWithoutNote: 'Enviar sem nota', cancel: 'Cancelar', send: 'Enviar convite', remaining: 'Restam 2 convites personalizados para este mês.', person: 'Mateus Almeida' },
  { lang: 'it', dismiss: 'Chiudi', addNote: 'Aggiungi una nota', sendWithoutNote: 'Invia senza nota', cancel: 'Annulla', send: 'Invia invito', remaining: 'Ti restano 3 inviti personalizzati per questo mese.', person: 'Giulia Ferrari' },
  { lang: 'nl', dismiss: 'Sluiten', addNote: 'Opmerking toevoegen', sendWithoutNote: 'Verzenden zonder opmerking', cancel: 'Annuleren', send: 'Uitnodiging verzenden', remaining: 'Nog 1 gepersonaliseerde uitnodiging deze maand.', person: 'Gijs van der Velden' },
];

describe.each(DIALOGS)('the invitation dialog with the interface in $lang', (d) => {
  test('step one: the buttons, the name in bold and the remaining notes', () => {
    html(`
      <div class="artdeco-modal-overlay" data-test-modal-id="send-invite-modal">
        <div class="artdeco-modal send-invite" role="dialog" aria-labelledby="send-invite-modal">
          <button aria-label="${d.dismiss}" class="artdeco-modal__dismiss"><svg></svg></button>
          <h2 id="send-invite-modal">…</h2>
          <p><span>… <strong>${d.person}</strong> …</span></p>
          <p>${d.remaining}</p>
          <div class="artdeco-modal__actionbar">
            <button aria-label="${d.addNote}" class="artdeco-button--secondary">${d.addNote}</button>
            <button aria-label="${d.sendWithoutNote}" class="artdeco-button--primary">${d.sendWithoutNote}</button>
          </div>
        </div>
      </div>`);
    const found = findInvitation(searchRoots());
    expect(found?.step).toBe('choose');
    expect(found?.shownName).toBe(d.person);
    expect(found?.remainingNotes).toBe(Number(/\d/.exec(d.remaining)?.[0]));
    expect(found?.buttons.addNote?.getAttribute('aria-label')).toBe(d.addNote);
    expect(found?.buttons.sendWithoutNote?.getAttribute('aria-label')).toBe(d.sendWithoutNote);
  });

  test('step one, where structure cannot tell the buttons apart: the labels do', () => {
    // No primary class, and "send without a note" first: order and roles say the opposite.
    html(`
      <div role="dialog" class="send-invite">
        <button aria-label="${d.dismiss}">×</button>
        <div><button>${d.sendWithoutNote}</button><button>${d.addNote}</button></div>
      </div>`);
    const found = findInvitation(searchRoots());
    expect(found?.buttons.addNote?.textContent).toBe(d.addNote);
    expect(found?.buttons.sendWithoutNote?.textContent).toBe(d.sendWithoutNote);
  });

  test('step two: the note, the counter, Cancel and Send', () => {
    html(`
      <div role="dialog" class="artdeco-modal send-invite">
        <button aria-label="${d.dismiss}" class="artdeco-modal__dismiss"><svg></svg></button>
        <h2 id="send-invite-modal">…</h2>
        <p>${d.remaining}</p>
        <textarea id="custom-message" name="message"></textarea>
        <span>0/200</span>
        <div>
          <button aria-label="${d.send}" disabled>…</button>
          <button aria-label="${d.cancel}">${d.cancel}</button>
        </div>
      </div>`);
    const found = findInvitation(searchRoots());
    expect(found?.step).toBe('note');
    expect(found?.limit).toBe(200);
    expect(found?.buttons.send?.getAttribute('aria-label')).toBe(d.send);
    expect(found?.buttons.cancel?.getAttribute('aria-label')).toBe(d.cancel);
  });
});

describe('the remaining-notes line in a language the table does not know', () => {
  test('is read by its shape: a plain paragraph with one small number', () => {
    html(`
      <dialog open>
        <button aria-label="Zamknij"><svg></svg></button>
        <h2>Dodać notatkę do zaproszenia?</h2>
        <p><span>Spersonalizuj zaproszenie dla <strong>Oksana Petrenko</strong>, dodając notatkę.</span></p>
        <p>Pozostały 3 spersonalizowane zaproszenia w tym miesiącu.</p>
        <div><button class="artdeco-button--secondary">Dodaj notatkę</button><button class="artdeco-button--primary">Wyślij bez notatki</button></div>
      </dialog>`);
    const found = findInvitation(searchRoots(), true);
    expect(found?.remainingNotes).toBe(3);
    expect(found?.shownName).toBe('Oksana Petrenko');
    expect(found?.buttons.addNote?.textContent).toBe('Dodaj notatkę');
  });

  test('zero is read too, so the prompt can suggest connecting now', () => {
    html(`<div role="dialog" class="send-invite"><p>Blim 0 flooble wubba.</p><div><button>Glorp</button><button>Snarf</button></div></div>`);
    expect(findInvitation(searchRoots())?.remainingNotes).toBe(0);
  });

  test('is not guessed from the counter, a heading, a paragraph with two numbers or the line naming the person', () => {
    html(`
      <div role="dialog" class="send-invite">
        <h2>Blim 5 blam</h2>
        <p>Flooble <strong>Ana 2</strong> gribble.</p>
        <p>12 wubba 2026 lubba.</p>
        <textarea id="custom-message"></textarea>
        <p>12/300</p>
        <div><button>Glorp</button><button>Snarf</button></div>
      </div>`);
    expect(findInvitation(searchRoots())?.remainingNotes).toBeUndefined();
  });

  test('the upsell dialog is never read by shape (its lists and trial lines hold numbers)', () => {
    html(`
      <div role="dialog" class="send-invite">
        <h2>Blim Premium</h2>
        <p>5 InMail flooble.</p>
        <a href="/premium/products/">Premium</a>
      </div>`);
    const found = findInvitation(searchRoots());
    expect(found?.step).toBe('upsell');
    expect(found?.remainingNotes).toBeUndefined();
  });
});
