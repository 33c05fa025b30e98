import type { Verdict } from '@/utils/coach/schema';
import type { SendRecord } from '@/utils/history/model';
import type { HistoryStore } from '@/utils/history/api';

const DAY = 24 * 60 * 60 * 1000;

export interface SendSketch {
  name: string;
  at: number;
  note?: string | null;
  verdict?: Verdict;
  rules?: string[];
  headline?: string;
  surface?: SendRecord['surface'];
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/** A send as the content script records it, with only what a test cares about spelled out. */
export function send(sketch: SendSketch): SendRecord {
  const note =
    sketch.note === undefined ? `Hi ${sketch.name.split(' ')[0]}, enjoyed your talk.` : sketch.note;
  const verdict = sketch.verdict ?? (note ? 'relational' : 'empty');
  const score = { relational: 85, 'needs-work': 55, transactional: 20, empty: 0, unread: 50 }[verdict];
  return {
    surface: sketch.surface ?? 'invitation',
    recipient: {
      name: sketch.name,
      headline: sketch.headline,
      profileUrl: `linkedin.com/in/${slug(sketch.name)}`,
    },
    note,
    analysis: {
      verdict,
      score,
      principles: { give: score, relationship: score, journey: score, visibility: score },
      rules: sketch.rules ?? [],
    },
    pageUrl: `https://www.linkedin.com/in/${slug(sketch.name)}/`,
    at: sketch.at,
  };
}

export async function recordAll(store: HistoryStore, sketches: SendSketch[]): Promise<void> {
  for (const sketch of sketches) await store.recordSend(send(sketch));
}

/** A believable few months of showing up, for the screenshot and a look by eye. */
export async function seedSampleHistory(store: HistoryStore, now: number): Promise<void> {
  const people: Array<[string, string, string | null, Verdict, string[]]> = [
    [
      'Ana Souza',
      'Staff engineer at Lumen · accessibility',
      'Hi Ana, your talk at JSConf on focus management changed how our team builds dialogs. I wrote up our notes and would be glad to share them.',
      'relational',
      ['specific-detail', 'offers-value', 'shared-context'],
    ],
    [
      'Kofi Mensah',
      'Product designer, Accra',
      'Hi Kofi, I loved your post on design critiques. What made the weekly format stick for your team?',
      'relational',
      ['specific-detail', 'genuine-question'],
    ],
    [
      'Mei Tanaka',
      'Founder, Riverstone Analytics',
      'Hi Mei, I help startups grow revenue. Do you have 15 minutes this week for a quick call?',
      'transactional',
      ['sales-pitch', 'ask-before-give', 'false-urgency'],
    ],
    ['Lucas Pereira', 'Data engineer at Nubank', null, 'empty', []],
    [
      'Priya Raman',
      'Engineering manager, Fintech',
      'Hi Priya, we were both at the Berlin meetup. I would like to keep in touch.',
      'needs-work',
      ['shared-context', 'long-term-intent'],
    ],
    [
      'Tom Becker',
      'Recruiter',
      'Hello, I am looking for a new role. Any openings on your team?',
      'transactional',
      ['job-seeking', 'ask-before-give'],
    ],
    [
      'Sara Lindqvist',
      'Open-source maintainer (Vitest)',
      'Hi Sara, thank you for the snapshot rewrite: it cut our CI time in half. Happy to send the numbers if useful.',
      'relational',
      ['specific-detail', 'offers-value'],
    ],
  ];
  const sketches: SendSketch[] = [];
  people.forEach(([name, headline, note, verdict, rules], i) => {
    sketches.push({ name, headline, note, verdict, rules, at: now - (i * 1.6 + 0.1) * DAY });
  });
  for (let week = 2; week < 12; week++) {
    if (week === 6) continue;
    const count = 1 + (week % 3);
    for (let j = 0; j < count; j++) {
      sketches.push({
        name: `Contact ${week}-${j}`,
        headline: 'Designer',
        at: now - (week * 7 + j) * DAY,
        verdict: 'relational',
      });
    }
  }
  sketches.push({
    name: 'Ana Souza',
    at: now - 0.05 * DAY,
    surface: 'message',
    note: 'Here are the notes I promised: hope they help with the audit.',
    verdict: 'relational',
    rules: ['offers-value', 'long-term-intent'],
  });
  await recordAll(
    store,
    sketches.sort((a, b) => a.at - b.at),
  );
  // Accepted a while ago, so their follow-ups are due now.
  await store.setStage('linkedin.com/in/kofi-mensah', 'connected', now - 9 * DAY);
  await store.setStage('linkedin.com/in/priya-raman', 'connected', now - 8 * DAY);
}
