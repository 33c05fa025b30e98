import type { Verdict } from '@/utils/coach/schema';
import type { TouchKind } from '@/utils/history/model';

// The words of the memory line and the follow-up starters, in one place, ready for translation.

const KIND: Record<TouchKind, string> = {
  invitation: 'your invitation',
  message: 'a message',
  'follow-up': 'a follow-up',
};

const READ_AS: Partial<Record<Verdict, string>> = {
  relational: 'it read as a relationship',
  'needs-work': 'it nearly read as a relationship',
  transactional: 'it read as a transaction',
  empty: 'with no note',
};

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['month', 30 * 24 * 60 * 60 * 1000],
  ['week', 7 * 24 * 60 * 60 * 1000],
  ['day', 24 * 60 * 60 * 1000],
  ['hour', 60 * 60 * 1000],
];
const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "3 days ago", "yesterday"; under an hour is "just now". */
export function ago(at: number, now: number): string {
  const diff = at - now;
  for (const [unit, size] of UNITS) if (Math.abs(diff) >= size) return format.format(Math.round(diff / size), unit);
  return 'just now';
}

export const MEMORY = {
  label: (who: string) => `What you know of ${who}`,
  lastWrote: (kind: TouchKind, when: string, verdict: Verdict | undefined, hadNote: boolean) => {
    const reading = hadNote ? READ_AS[verdict ?? 'empty'] : READ_AS.empty;
    return `You last wrote ${when} (${KIND[kind]})${reading ? `: ${reading}` : ''}.`;
  },
  offered: (quote: string) => `Your note offered “${quote}”.`,
  asked: (quote: string) => `It asked “${quote}”.`,
  accepted: (who: string, when: string) => `${who} accepted your invitation ${when}.`,
  offerReminder: (quote: string) => `Your note offered “${quote}”: this is a good moment to send it.`,
  followUpDue: 'A follow-up is due.',
  howWeMet: (note: string) => `How you met: “${note}”.`,
  starters: 'Ways to follow up',
};
