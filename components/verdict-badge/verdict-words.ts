import type { Verdict } from '@/utils/coach/schema';

/** The short words on a verdict badge (the popup and timeline); the in-page coach has its own (ui-strings). */
export const BADGE_WORDS: Record<Verdict, string> = {
  relational: 'Relational',
  'needs-work': 'Nearly there',
  transactional: 'Transactional',
  empty: 'No note',
  unread: 'Not read (English only)',
};

// A shape as well as a colour, so the verdict never rests on colour alone.
export const BADGE_MARKS: Record<Verdict, string> = {
  relational: '✓',
  'needs-work': '~',
  transactional: '!',
  empty: '–',
  unread: '?',
};
