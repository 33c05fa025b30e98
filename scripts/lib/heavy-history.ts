import { contactAfterSend, followUpTouch, touchFromSend } from '../../utils/history/apply-send';
import { contactKeyFor } from '../../utils/history/contact-key';
import type { Contact, Touch } from '../../utils/history/model';
import { analysisSummary, invitation, message } from '../../utils/history/test-fixtures';
import { DAY_MS } from '../../utils/history/weeks';
import { createRandom, pick } from './prng';

// A heavy user's history, the same every time: 10,000 contacts, 100,000 touches over three years,
// 10,000 of them with a note. Built with the store's own rules; the benchmarks write it where they measure.

export const CONTACTS = 10_000;
export const TOUCHES = 100_000;
const NOTE_EVERY = TOUCHES / 10_000;
const SPAN_MS = 3 * 365 * DAY_MS;
export const NOW = new Date(2026, 10, 25, 10, 0).getTime();

const OPENERS = ['Hi {name},', 'Hello {name},', 'Dear {name},', ''];
const MIDDLES = [
  'your talk on {topic} at {event} changed how our team thinks about it.',
  'I enjoyed your post on {topic} and would love to follow your work.',
  'we met at {event}; thanks again for the pointers on {topic}.',
  'I would love 15 minutes to show you our {topic} platform.',
  'if it helps, I know people working on {topic} and could introduce you.',
];
const TOPICS = [
  'CRDTs',
  'onboarding',
  'design tokens',
  'graph sampling',
  'compilers',
  'hiring',
  'observability',
];
const EVENTS = ['PyData', 'Strange Loop', 'the Lisbon JS meetup', 'KubeCon', 'a Figma Config panel'];

export function makeNote(random: () => number): string {
  return `${pick(random, OPENERS)} ${pick(random, MIDDLES)}`
    .replace('{name}', pick(random, FIRST))
    .replace('{topic}', pick(random, TOPICS))
    .replace('{event}', pick(random, EVENTS))
    .trim();
}

const FIRST = [
  'Ada',
  'Priya',
  'Tomás',
  'Mei',
  'Olu',
  'Hana',
  'Marc',
  'Inês',
  'Noor',
  'Sam',
  'Li',
  'Grace',
  'José',
  'Anne-Marie',
  'Kai',
];
const LAST = [
  'Smith',
  'Raman',
  'Kovač',
  'Chen',
  'Adeyemi',
  'Satō',
  'Dubois',
  'Costa',
  'Haddad',
  'Okafor',
  'Wei',
  'Hopper',
  'Álvarez',
  "O'Neil",
];

export function buildHeavyHistory(): { contacts: Contact[]; touches: Touch[] } {
  const random = createRandom(20261125);
  const people = Array.from({ length: CONTACTS }, (_, i) => ({
    slug: `person-${i}`,
    name: `${pick(random, FIRST)} ${pick(random, LAST)}`,
  }));
  const contacts = new Map<string, Contact>();
  const touches: Touch[] = [];
  for (let i = 0; i < TOUCHES; i += 1) {
    const at = NOW - SPAN_MS + Math.floor((i / TOUCHES) * SPAN_MS);
    // The first touch of each person is an invitation; later ones go to anyone already met.
    const person = i < CONTACTS ? people[i] : pick(random, people.slice(0, Math.min(CONTACTS, i)));
    if (!person) throw new Error('no person');
    const withNote = i % NOTE_EVERY === 0;
    const key = contactKeyFor(invitation(person.slug, person.name, at, null));
    const existing = contacts.get(key);
    if (existing && !withNote && random() < 0.3) {
      touches.push(followUpTouch(key, at));
      contacts.set(key, { ...existing, lastTouchAt: at });
      continue;
    }
    const send =
      existing && withNote && random() < 0.5
        ? message(person.slug, person.name, at, makeNote(random))
        : invitation(person.slug, person.name, at, withNote ? makeNote(random) : null, {
            analysis: withNote ? analysisSummary(random() < 0.6 ? 'relational' : 'needs-work') : null,
          });
    contacts.set(key, contactAfterSend(existing, key, send));
    touches.push(touchFromSend(key, send));
  }
  // A fifth of the people accepted; their follow-ups fall over the month around now.
  for (const contact of [...contacts.values()].filter(() => random() < 0.2)) {
    contacts.set(contact.key, {
      ...contact,
      stage: 'connected',
      nextFollowUpAt: NOW - 15 * DAY_MS + Math.floor(random() * 30 * DAY_MS),
    });
  }

  return { contacts: [...contacts.values()], touches };
}
