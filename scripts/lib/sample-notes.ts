import type { PastNote } from '../../utils/coach/schema';
import { createRandom, pick } from './prng';

// Realistic, varied connection notes built from phrase fragments, for the benchmark's history of
// past notes. Deterministic: the same seed gives the same notes.

const FIRST_NAMES = ['Amara', 'Ben', 'Chen', 'Dana', 'Elif', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kofi', 'Lena', 'Mateo', 'Nadia', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sven', 'Tariq', 'Uma', 'Viktor', 'Wen', 'Yara', 'Zoe'];
const COMPANIES = ['Acme Robotics', 'Northwind', 'Globex', 'Initech', 'Umbrella Health', 'Stark Energy', 'Wayne Logistics', 'Hooli', 'Pied Piper', 'Vandelay Imports', 'Soylent Foods', 'Tyrell Labs'];
const TOPICS = ['supply-chain forecasting', 'accessible design systems', 'Rust in embedded devices', 'hiring junior engineers', 'climate risk models', 'developer onboarding', 'B2B pricing', 'open-source governance', 'clinical data pipelines', 'remote team rituals', 'edge caching', 'product discovery interviews'];
const EVENTS = ['the Berlin product meetup', 'KubeCon', 'the alumni mixer', "last week's webinar", 'the Women in Data summit', 'the local founders breakfast', 'PyCon', 'the UX Lisbon conference'];

const GREETINGS = ['Hi {name},', 'Hello {name},', 'Hey {name} —', 'Dear {name},', 'Hi there,', 'Good morning {name},', '{name},'];
const OPENERS = [
  'I really enjoyed your post on {topic}.',
  'We met briefly at {event} and I kept thinking about what you said on {topic}.',
  'Your talk at {event} about {topic} changed how my team works.',
  'I noticed we both worked at {company}.',
  "I came across your profile while researching {topic}.",
  'Congratulations on the new role at {company}!',
  'I saw your comment on {topic} and wanted to say thanks.',
  'I am expanding my network of like-minded professionals.',
  "I'd like to add you to my professional network.",
];
const MIDDLES = [
  'I wrote up some notes on {topic} that might be useful to you; happy to share.',
  'Would you have 15 minutes for a quick call this week?',
  'Our platform helps teams like {company} cut costs by 30% — can I send a demo?',
  "I'm currently looking for a new role in {topic} and would love a referral.",
  'I would love to hear how {company} approaches {topic}.',
  'If it helps, I know a few people working on {topic} and could introduce you.',
  'Please check out my page and follow for weekly tips.',
  'How did you get started with {topic}?',
  '',
];
const CLOSINGS = ['Looking forward to staying in touch.', 'Best,', 'Thanks!', 'Cheers,', 'Hope to keep learning from your work.', 'Let me know ASAP.', ''];

const DAY_MS = 86_400_000;

function makeNote(random: () => number): string {
  const fill = (template: string) =>
    template
      .replaceAll('{name}', pick(random, FIRST_NAMES))
      .replaceAll('{company}', pick(random, COMPANIES))
      .replaceAll('{topic}', pick(random, TOPICS))
      .replaceAll('{event}', pick(random, EVENTS));
  return [GREETINGS, OPENERS, MIDDLES, CLOSINGS]
    .map((fragments) => fill(pick(random, fragments)))
    .filter((part) => part !== '')
    .join(' ');
}

/** The same note addressed to someone else: a pasted template with the name swapped. */
export function readdressed(note: string, name: string): string {
  return FIRST_NAMES.reduce((text, first) => text.replaceAll(first, name), note);
}

/** `count` past notes sent over the year before `now`, oldest first. */
export function makePastNotes(count: number, seed: number, now: number): PastNote[] {
  const random = createRandom(seed);
  const notes = Array.from({ length: count }, () => ({ text: makeNote(random), at: now - Math.floor(random() * 365 * DAY_MS) }));
  return notes.sort((a, b) => a.at - b.at);
}
