import { expect } from 'vitest';
import type { ScenarioBrowser, ScenarioPage, Target } from '../driver/types';
import {
  backgroundSends,
  expectAttribute,
  expectCount,
  expectNewSends,
  pageSends,
  PANEL,
  PROMPT,
} from './expect-page';
import { TRANSACTIONAL_NOTE } from './invitation';
import { NOTE } from './layouts';

/** One invitation layout with LinkedIn's interface in another language, named as a person sees it. */
export interface LocalizedLayout {
  id: string;
  /** The interface language (BCP 47). */
  lang: string;
  path: string;
  person: string;
  open(page: ScenarioPage): Promise<void>;
  addNote: Target;
  sendWithoutNote: Target;
  send: Target;
  limit: number;
  /** A note in the interface's language, for the honest reading (pending the coach's wiring). */
  foreignNote: string;
}

/** The panel sits right after LinkedIn's note, inside the same dialog, in any layout. */
const PANEL_BESIDE_NOTE: Target = { css: 'textarea#custom-message + cultivate-coach' };

const connect = (label: string, role: 'button' | 'link') => async (page: ScenarioPage) => {
  await page.click({ role, name: label });
};

export const LOCALIZED_LAYOUTS: LocalizedLayout[] = [
  {
    id: 'German, artdeco profile dialog',
    lang: 'de',
    path: '/in/jonas-weber/',
    person: 'Jonas Weber',
    open: connect('Jonas Weber als Kontakt einladen', 'button'),
    addNote: { role: 'button', name: 'Notiz hinzufügen' },
    sendWithoutNote: { role: 'button', name: 'Ohne Notiz senden' },
    send: { role: 'button', name: 'Einladung senden' },
    limit: 200,
    foreignNote:
      'Hallo Jonas, Ihr Vortrag über Wärmepumpen im Altbau hat unserer Genossenschaft sehr geholfen. Gerne teile ich unsere Messdaten. Wie haben Sie die Vermieter überzeugt?',
  },
  {
    id: 'German, search dialog in the interop shadow root',
    lang: 'de',
    path: '/search/results/people/de/',
    person: 'Lena Hoffmann',
    open: connect('Lena Hoffmann als Kontakt einladen', 'link'),
    addNote: { role: 'button', name: 'Notiz hinzufügen' },
    sendWithoutNote: { role: 'button', name: 'Ohne Notiz senden' },
    send: { role: 'button', name: 'Einladung senden' },
    limit: 200,
    foreignNote:
      'Hallo Lena, Ihre Karte der Freiburger Wärmenetze war die klarste, die ich kenne. Ich schicke Ihnen gern unsere Daten aus Kassel. Wie sind Sie an die Verbrauchswerte gekommen?',
  },
  {
    id: 'French, artdeco profile dialog',
    lang: 'fr',
    path: '/in/camille-lefevre/',
    person: 'Camille Lefèvre',
    open: connect('Inviter Camille Lefèvre à rejoindre votre réseau', 'button'),
    addNote: { role: 'button', name: 'Ajouter une note' },
    sendWithoutNote: { role: 'button', name: 'Envoyer sans note' },
    send: { role: 'button', name: 'Envoyer l’invitation' },
    limit: 200,
    foreignNote:
      'Bonjour Camille, votre retour sur les pistes cyclables de la Guillotière m’a beaucoup servi. Je peux vous envoyer nos comptages de Villeurbanne. Comment avez-vous convaincu les commerçants ?',
  },
  {
    id: 'French, search dialog in the interop shadow root',
    lang: 'fr',
    path: '/search/results/people/fr/',
    person: 'Théo Marchand',
    open: connect('Inviter Théo Marchand à rejoindre votre réseau', 'link'),
    addNote: { role: 'button', name: 'Ajouter une note' },
    sendWithoutNote: { role: 'button', name: 'Envoyer sans note' },
    send: { role: 'button', name: 'Envoyer l’invitation' },
    limit: 200,
    foreignNote:
      'Bonjour Théo, votre article sur les crues de la Loire avait des graphiques d’une clarté rare. Je tiens un jeu de données des marégraphes et je peux le partager. Comment avez-vous vérifié les chiffres ?',
  },
  {
    id: 'Spanish, artdeco profile dialog',
    lang: 'es',
    path: '/in/lucia-fernandez/',
    person: 'Lucía Fernández',
    open: connect('Invita a Lucía Fernández a conectar', 'button'),
    addNote: { role: 'button', name: 'Añadir una nota' },
    sendWithoutNote: { role: 'button', name: 'Enviar sin nota' },
    send: { role: 'button', name: 'Enviar invitación' },
    limit: 200,
    foreignNote:
      'Hola Lucía, tu taller de robótica para docentes cambió cómo damos tecnología en mi colegio. Te puedo enviar nuestras fichas de Scratch. ¿Cómo consigues que las niñas sigan en el club?',
  },
  {
    id: 'Spanish, search dialog in the interop shadow root',
    lang: 'es',
    path: '/search/results/people/es/',
    person: 'Javier Ortega',
    open: connect('Invita a Javier Ortega a conectar', 'link'),
    addNote: { role: 'button', name: 'Añadir una nota' },
    sendWithoutNote: { role: 'button', name: 'Enviar sin nota' },
    send: { role: 'button', name: 'Enviar invitación' },
    limit: 200,
    foreignNote:
      'Hola Javier, tu reportaje sobre las inundaciones de Málaga tenía unos gráficos muy claros. Tengo datos limpios de mareógrafos y te los puedo pasar. ¿Cómo verificaste las cifras del ayuntamiento?',
  },
];

/** Step one shows the prompt; the first localized "send without a note" shows why a note matters, the second sends once. */
export async function promptAndNoteLessSend(browser: ScenarioBrowser, layout: LocalizedLayout) {
  const before = (await backgroundSends(browser)).length;
  const page = await browser.openLinkedIn(layout.path);
  await layout.open(page);
  await page.waitFor(PROMPT);
  await expectAttribute(page, PROMPT, 'data-mode', 'invite');

  await page.click(layout.sendWithoutNote);
  await expectAttribute(page, PROMPT, 'data-mode', 'confirm');
  expect(await pageSends(page)).toBe(0);

  await page.click(layout.sendWithoutNote);
  await expect.poll(() => pageSends(page)).toBe(1);
  const [sent] = await expectNewSends(browser, before, 1);
  expect(sent).toMatchObject({ surface: 'invitation', note: null, recipient: { name: layout.person } });
  await expectCount(page, PROMPT, 0);
  await page.close();
}

/** The panel sits beside the note, judges an English transactional note as one, and the send is recorded once. */
export async function panelJudgesAnEnglishNoteAndRecordsOneSend(
  browser: ScenarioBrowser,
  layout: LocalizedLayout,
) {
  const before = (await backgroundSends(browser)).length;
  const page = await browser.openLinkedIn(layout.path);
  await layout.open(page);
  await page.waitFor(PROMPT);
  await page.click(layout.addNote);
  await page.waitFor(NOTE);
  await expectCount(page, PANEL_BESIDE_NOTE, 1);
  await expectAttribute(page, PANEL, 'data-verdict', 'empty');

  const note = TRANSACTIONAL_NOTE.slice(0, layout.limit);
  await page.type(NOTE, note);
  await expectAttribute(page, PANEL, 'data-verdict', 'transactional');
  expect(await page.count({ css: 'cultivate-coach [data-rule]' })).toBeGreaterThan(0);
  expect(await page.text(PANEL)).toContain(`${note.length}/${layout.limit}`);

  await page.click(layout.send);
  await expect.poll(() => pageSends(page)).toBe(1);
  const [sent] = await expectNewSends(browser, before, 1);
  expect(sent).toMatchObject({ surface: 'invitation', note, recipient: { name: layout.person } });
  expect(sent?.analysis?.verdict).toBe('transactional');
  await expectCount(page, { css: 'cultivate-coach' }, 0);
  await page.close();
}

/**
 * PENDING the coach's language wiring (issue 9): not run yet. A note in the interface's language
 * gets an honest reading: the panel says it reads English notes only (`data-language="other"` on
 * its root) and shows only the checks that do not depend on words (placeholders, length over the
 * limit, template reuse, pace, empty note).
 */
export const LANGUAGE_INDEPENDENT_RULES = [
  'unfilled-placeholder',
  'over-limit',
  'template-reuse',
  'request-burst',
  'empty-note',
] as const;

export async function foreignNoteGetsAnHonestReading(browser: ScenarioBrowser, layout: LocalizedLayout) {
  const page = await browser.openLinkedIn(layout.path);
  await layout.open(page);
  await page.waitFor(PROMPT);
  await page.click(layout.addNote);
  await page.waitFor(NOTE);
  await page.fill(NOTE, layout.foreignNote);
  // The panel's root (the element carrying data-verdict) says which language it read.
  await expectAttribute(page, PANEL, 'data-language', 'other');
  expect(await page.text(PANEL)).toMatch(/English only/);
  const rules = (await page.attributes({ css: 'cultivate-coach [data-rule]' }, 'data-rule')).map((rule) => rule ?? '');
  for (const rule of rules) expect(LANGUAGE_INDEPENDENT_RULES as readonly string[]).toContain(rule);
  // Never a guess at words it cannot read: "unread" unless a check that reads no words (pace, after
  // this session's sends) has something to say.
  const verdict = await page.attribute(PANEL, 'data-verdict');
  if (rules.length === 0) expect(verdict).toBe('unread');
  else expect(verdict).not.toBe('relational');
  await page.close();
}
