import type { Principle, Verdict } from '@/utils/coach/schema';

export const VERDICT_WORDS: Record<Verdict, string> = {
  empty: 'No note yet',
  relational: 'Reads as a relationship',
  'needs-work': 'Nearly there',
  transactional: 'Reads as a transaction',
};

export const PRINCIPLE_NAMES: Record<Principle, string> = {
  give: 'Give more than you get',
  relationship: 'Relationships, not transactions',
  journey: 'The journey, not the pit stop',
  visibility: 'Visibility through showing up',
};
