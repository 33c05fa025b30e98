// LinkedIn's own labels, as data. Structure finds the parts first (see invitation.ts); labels only
// confirm, or tell two buttons apart where structure cannot. Folded to lowercase before comparison.

export interface InterfaceLabels {
  addNote: string[];
  sendWithoutNote: string[];
  send: string[];
  cancel: string[];
  dismiss: string[];
  /** "Invite NAME to connect": the text before and after the name. */
  invite: [before: string, after: string][];
  /** Words of the "N personalized invitations remaining" line. */
  remaining: string[];
}

export const LABELS: Record<string, InterfaceLabels> = {
  en: {
    addNote: ['add a note'],
    sendWithoutNote: ['send without a note', 'send now'],
    send: ['send invitation', 'send'],
    cancel: ['cancel adding a note', 'cancel'],
    dismiss: ['dismiss', 'close'],
    invite: [['invite ', ' to connect']],
    remaining: ['personalized invitations remaining', 'personalised invitations remaining'],
  },
  de: {
    addNote: ['notiz hinzufügen'],
    sendWithoutNote: ['ohne notiz senden'],
    send: ['einladung senden', 'senden'],
    cancel: ['abbrechen'],
    dismiss: ['verwerfen', 'schließen'],
    invite: [['', ' als kontakt einladen']],
    remaining: ['personalisierte einladungen'],
  },
  fr: {
    addNote: ['ajouter une note'],
    sendWithoutNote: ['envoyer sans note'],
    send: ['envoyer l’invitation', "envoyer l'invitation", 'envoyer'],
    cancel: ['annuler'],
    dismiss: ['ignorer', 'fermer'],
    invite: [['inviter ', ' à rejoindre votre réseau'], ['inviter ', ' à se connecter']],
    remaining: ['invitations personnalisées'],
  },
  es: {
    addNote: ['añadir una nota', 'agregar una nota'],
    sendWithoutNote: ['enviar sin nota'],
    send: ['enviar invitación', 'enviar'],
    cancel: ['cancelar'],
    dismiss: ['descartar', 'cerrar'],
    invite: [['invitar a ', ' a conectar']],
    remaining: ['invitaciones personalizadas'],
  },
};

const ALL = Object.values(LABELS);

export function fold(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function labelMatches(text: string, pick: (labels: InterfaceLabels) => string[]): boolean {
  const folded = fold(text);
  return folded.length > 0 && ALL.some((labels) => pick(labels).includes(folded));
}

export function mentionsRemaining(text: string): boolean {
  const folded = fold(text);
  return ALL.some((labels) => labels.remaining.some((words) => folded.includes(words)));
}

/** The NAME in "Invite NAME to connect" in any known language, or undefined. */
export function nameFromInviteLabel(label: string | null | undefined): string | undefined {
  const text = (label ?? '').replace(/\s+/g, ' ').trim();
  const folded = text.toLowerCase();
  for (const labels of ALL) {
    for (const [before, after] of labels.invite) {
      if (folded.startsWith(before) && folded.endsWith(after) && folded.length > before.length + after.length) {
        return text.slice(before.length, text.length - after.length).trim();
      }
    }
  }
  return undefined;
}
