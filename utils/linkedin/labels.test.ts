import { describe, expect, test } from 'vitest';
import { LABELS, labelMatches, mentionsRemaining, nameFromInviteLabel, type InterfaceLabels } from './labels';

/** One row per interface language: what LinkedIn shows, as a person sees it (original case). */
const LANGUAGES = [
  {
    lang: 'en',
    addNote: 'Add a note',
    sendWithoutNote: 'Send without a note',
    send: 'Send invitation',
    cancel: 'Cancel',
    dismiss: 'Dismiss',
    invite: ['Invite Ana Souza to connect', 'Ana Souza'],
    remaining: '3 personalized invitations remaining for this month.',
  },
  {
    lang: 'de',
    addNote: 'Notiz hinzufügen',
    sendWithoutNote: 'Ohne Notiz senden',
    send: 'Einladung senden',
    cancel: 'Abbrechen',
    dismiss: 'Verwerfen',
    invite: ['Jonas Weber als Kontakt einladen', 'Jonas Weber'],
    remaining: 'Noch 3 personalisierte Einladungen für diesen Monat.',
  },
  {
    lang: 'fr',
    addNote: 'Ajouter une note',
    sendWithoutNote: 'Envoyer sans note',
    send: 'Envoyer l’invitation',
    cancel: 'Annuler',
    dismiss: 'Ignorer',
    invite: ['Inviter Aline Dupont à rejoindre votre réseau', 'Aline Dupont'],
    remaining: 'Il vous reste 3 invitations personnalisées ce mois-ci.',
  },
  {
    lang: 'es',
    addNote: 'Añadir una nota',
    sendWithoutNote: 'Enviar sin nota',
    send: 'Enviar invitación',
    cancel: 'Cancelar',
    dismiss: 'Descartar',
    invite: ['Invita a José Ramírez a conectar', 'José Ramírez'],
    remaining: 'Te quedan 3 invitaciones personalizadas este mes.',
  },
  {
    lang: 'pt',
    addNote: 'Adicionar nota',
    sendWithoutNote: 'Enviar sem nota',
    send: 'Enviar convite',
    cancel: 'Cancelar',
    dismiss: 'Fechar',
    invite: ['Convidar Mateus Almeida para se conectar', 'Mateus Almeida'],
    remaining: 'Restam 3 convites personalizados para este mês.',
  },
  {
    lang: 'it',
    addNote: 'Aggiungi una nota',
    sendWithoutNote: 'Invia senza nota',
    send: 'Invia invito',
    cancel: 'Annulla',
    dismiss: 'Chiudi',
    invite: ['Invita Giulia Ferrari a collegarsi', 'Giulia Ferrari'],
    remaining: 'Ti restano 3 inviti personalizzati per questo mese.',
  },
  {
    lang: 'nl',
    addNote: 'Opmerking toevoegen',
    sendWithoutNote: 'Verzenden zonder opmerking',
    send: 'Uitnodiging verzenden',
    cancel: 'Annuleren',
    dismiss: 'Sluiten',
    invite: ['Connectieverzoek verzenden naar Gijs van der Velden', 'Gijs van der Velden'],
    remaining: 'Nog 3 gepersonaliseerde uitnodigingen deze maand.',
  },
] as const;

const PICKS = {
  addNote: (l: InterfaceLabels) => l.addNote,
  sendWithoutNote: (l: InterfaceLabels) => l.sendWithoutNote,
  send: (l: InterfaceLabels) => l.send,
  cancel: (l: InterfaceLabels) => l.cancel,
  dismiss: (l: InterfaceLabels) => l.dismiss,
};

describe.each(LANGUAGES)("LinkedIn's labels in $lang", (row) => {
  test('the table has the language', () => {
    expect(Object.keys(LABELS)).toContain(row.lang);
  });

  test.each(Object.keys(PICKS) as (keyof typeof PICKS)[])('recognises %s', (part) => {
    expect(labelMatches(row[part], PICKS[part])).toBe(true);
    expect(labelMatches(`  ${row[part].toUpperCase()} `, PICKS[part])).toBe(true);
  });

  test('"Add a note" and "Send without a note" are never confused', () => {
    expect(labelMatches(row.addNote, PICKS.sendWithoutNote)).toBe(false);
    expect(labelMatches(row.sendWithoutNote, PICKS.addNote)).toBe(false);
  });

  test('reads the name in the Connect control', () => {
    const [label, name] = row.invite;
    expect(nameFromInviteLabel(label)).toBe(name);
  });

  test('recognises the remaining-notes line', () => {
    expect(mentionsRemaining(row.remaining)).toBe(true);
  });
});

describe("LinkedIn's labels, whatever the language", () => {
  test.each([
    ['Invite  Dr. Wei   Zhang to connect', 'Dr. Wei Zhang'],
    ['Invitar a José Ramírez a conectar', 'José Ramírez'],
    ['Inviter Aline Dupont à se connecter', 'Aline Dupont'],
    ['Invite إيمان to connect', 'إيمان'],
    ['Jonas Weber als Kontakt einladen', 'Jonas Weber'],
  ])('reads the name in %j', (label, name) => {
    expect(nameFromInviteLabel(label)).toBe(name);
  });

  test.each([
    ['Follow Ana'],
    ['Invite to connect'],
    [''],
    ['Message Ana Souza'],
    ['als Kontakt einladen'],
    ['Connectieverzoek verzenden naar '],
  ])('finds no name in %j', (label) => {
    expect(nameFromInviteLabel(label)).toBeUndefined();
  });

  test('matches labels whole, never a longer text that contains one', () => {
    expect(labelMatches('Add a note about this post', PICKS.addNote)).toBe(false);
    expect(labelMatches('Notiz hinzufügen und teilen', PICKS.addNote)).toBe(false);
    expect(labelMatches('', PICKS.send)).toBe(false);
  });

  test('a line without the remaining-notes words is not one', () => {
    expect(mentionsRemaining('You have 3 new messages')).toBe(false);
    expect(mentionsRemaining('Sie haben 3 neue Nachrichten')).toBe(false);
  });
});
