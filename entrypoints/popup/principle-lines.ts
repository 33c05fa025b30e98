import type { Principle } from '@/utils/coach/schema';

/** One line each, short enough for the popup's empty state. */
export const PRINCIPLE_LINES: Record<Principle, string> = {
  give: 'Offer something before you ask for anything.',
  relationship: 'Write to this person, not to a list.',
  journey: 'Connect for the long run, not for a one-off need.',
  visibility: 'Show up a little every week rather than in bursts.',
};
