// LinkedIn's own labels, as data. Structure finds the parts first (see invitation.ts); labels only
// confirm, or tell two buttons apart where structure cannot. Folded to lowercase before comparison.
//
// Sources (wording LinkedIn shows with its interface in that language), gathered from public
// scripts and extensions that match these labels on live pages, cross-checked where more than one
// source agreed. A label missing here costs nothing but a confirmation: the structural path
// (textarea#custom-message, the send-invite markers, the primary/secondary buttons) still works.
// Best attested in every language: "send without a note" and the Connect control's pattern. Seen
// in fewer sources: "add a note" in pt, it and nl, and the remaining-notes words outside en; the
// plain verbs (Senden, Annuler, Cancelar, Annulla, Annuleren, Fechar, Chiudi, Sluiten) are
// LinkedIn's usual button words.

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

export const LABELS = {
  en: {
    addNote: ['add a note'],
    sendWithoutNote: ['send without a note', 'send now'],
    send: ['send invitation', 'send'],
    cancel: ['cancel adding a note', 'cancel'],
    dismiss: ['dismiss', 'close'],
    invite: [['invite ', ' to connect']],
    remaining: ['personalized invitations remaining', 'personalised invitations remaining', 'personalized invitation remaining'],
  },
  de: {
    // LinkedIn has tried "Nachricht" for "Notiz" in the German dialog.
    addNote: ['notiz hinzufügen', 'nachricht hinzufügen'],
    sendWithoutNote: ['ohne notiz senden', 'ohne nachricht senden', 'jetzt senden'],
    send: ['einladung senden', 'senden'],
    cancel: ['abbrechen'],
    dismiss: ['verwerfen', 'schließen'],
    invite: [['', ' als kontakt einladen']],
    remaining: ['personalisierte einladungen', 'personalisierte einladung'],
  },
  fr: {
    addNote: ['ajouter une note'],
    sendWithoutNote: ['envoyer sans note', 'envoyer sans ajouter de note', 'envoyer maintenant'],
    send: ['envoyer l’invitation', "envoyer l'invitation", 'envoyer'],
    cancel: ['annuler'],
    dismiss: ['ignorer', 'fermer'],
    invite: [['inviter ', ' à rejoindre votre réseau'], ['inviter ', ' à se connecter']],
    remaining: ['invitations personnalisées', 'invitation personnalisée'],
  },
  es: {
    addNote: ['añadir una nota', 'agregar una nota'],
    sendWithoutNote: ['enviar sin nota', 'enviar ahora'],
    send: ['enviar invitación', 'enviar'],
    cancel: ['cancelar'],
    dismiss: ['descartar', 'cerrar'],
    invite: [['invita a ', ' a conectar'], ['invitar a ', ' a conectar']],
    remaining: ['invitaciones personalizadas', 'invitación personalizada'],
  },
  pt: {
    addNote: ['adicionar nota', 'adicionar uma nota'],
    sendWithoutNote: ['enviar sem nota', 'enviar sem uma nota'],
    send: ['enviar convite', 'enviar'],
    cancel: ['cancelar'],
    dismiss: ['fechar'],
    invite: [['convidar ', ' para se conectar']],
    remaining: ['convites personalizados', 'convite personalizado'],
  },
  it: {
    addNote: ['aggiungi una nota', 'aggiungi nota'],
    sendWithoutNote: ['invia senza nota'],
    send: ['invia invito', 'invia'],
    cancel: ['annulla'],
    dismiss: ['chiudi'],
    invite: [['invita ', ' a collegarsi']],
    remaining: ['inviti personalizzati', 'invito personalizzato'],
  },
  nl: {
    addNote: ['opmerking toevoegen', 'een opmerking toevoegen'],
    sendWithoutNote: ['verzenden zonder opmerking'],
    send: ['uitnodiging verzenden', 'verzenden'],
    cancel: ['annuleren'],
    dismiss: ['sluiten'],
    invite: [['connectieverzoek verzenden naar ', '']],
    remaining: ['gepersonaliseerde uitnodigingen', 'gepersonaliseerde uitnodiging'],
  },
} satisfies Record<string, InterfaceLabels>;

export type InterfaceLanguage = keyof typeof LABELS;

// Pure, so a bundle that needs only DEGREE_LABELS (the watcher) leaves LABELS out.
const ALL: InterfaceLabels[] = /* @__PURE__ */ Object.values(LABELS);

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
  // Lowercasing can change a string's length (İ → i̇); only slice when it did not.
  if (folded.length !== text.length) return undefined;
  for (const labels of ALL) {
    for (const [before, after] of labels.invite) {
      if (folded.startsWith(before) && folded.endsWith(after) && folded.length > before.length + after.length) {
        const name = text.slice(before.length, text.length - after.length).trim();
        if (name) return name;
      }
    }
  }
  return undefined;
}

/**
 * The connection degree on a profile's top card, per interface language: the badge beside the name
 * (`1st`, `2nd`, `3rd+`), its visually hidden words, and the first word of the Pending control's
 * label ("Pending, click to withdraw invitation sent to NAME"). Kept apart from LABELS so the
 * watcher that loads on every LinkedIn page carries only these few words. The badge is read by its
 * digit first; these words confirm it where the structure is gone. English and German are the best
 * attested (public scripts match "· 1st" and "· 1." beside the name, "1st degree connection" and
 * the Pending label); the others follow LinkedIn's usual wording in that language.
 */
export interface DegreeLabels {
  /** Badge texts for the 1st, 2nd and 3rd+ degree, folded to lowercase. */
  badges: [first: string[], second: string[], third: string[]];
  /** The visually hidden words, e.g. "1st degree connection", per degree. */
  hidden: [first: string[], second: string[], third: string[]];
  /** The Pending control's label begins with one of these. */
  pending: string[];
  /** A primary action labelled "Message NAME" begins with one of these. */
  message: string[];
}

export const DEGREE_LABELS: Record<InterfaceLanguage, DegreeLabels> = {
  en: {
    badges: [['1st'], ['2nd'], ['3rd+', '3rd']],
    hidden: [['1st degree connection'], ['2nd degree connection'], ['3rd degree connection', '3rd+ degree connection']],
    pending: ['pending, click to withdraw invitation sent to', 'pending'],
    message: ['message'],
  },
  de: {
    badges: [['1.'], ['2.'], ['3.+', '3.']],
    hidden: [['kontakt 1. grades'], ['kontakt 2. grades'], ['kontakt 3. grades', 'kontakt 3.+ grades']],
    pending: ['ausstehend'],
    message: ['nachricht'],
  },
  fr: {
    badges: [['1er'], ['2e'], ['3e+', '3e']],
    hidden: [['relation de 1er niveau'], ['relation de 2e niveau'], ['relation de 3e niveau']],
    pending: ['en attente'],
    message: ['message', 'envoyer un message'],
  },
  es: {
    badges: [['1er', '1º'], ['2º'], ['3er+', '3º+', '3º']],
    hidden: [['contacto de 1er grado'], ['contacto de 2º grado'], ['contacto de 3er grado']],
    pending: ['pendiente'],
    message: ['enviar mensaje', 'mensaje'],
  },
  pt: {
    badges: [['1º'], ['2º'], ['3º+', '3º']],
    hidden: [['conexão de 1º grau'], ['conexão de 2º grau'], ['conexão de 3º grau']],
    pending: ['pendente'],
    message: ['enviar mensagem', 'mensagem'],
  },
  it: {
    badges: [['1°'], ['2°'], ['3°+', '3°']],
    hidden: [['collegamento di 1° grado'], ['collegamento di 2° grado'], ['collegamento di 3° grado']],
    pending: ['in sospeso', 'in attesa'],
    message: ['messaggio', 'invia messaggio'],
  },
  nl: {
    badges: [['1e'], ['2e'], ['3e+', '3e']],
    hidden: [['1e-graads connectie'], ['2e-graads connectie'], ['3e-graads connectie']],
    pending: ['in behandeling'],
    message: ['bericht'],
  },
};
