import type { Principle } from '@/utils/coach/schema';

export const PRINCIPLE_READINGS: Record<Principle, string> = {
  give: 'Offer something before you ask: a resource, an introduction, congratulations, real curiosity about their work.',
  relationship: 'Write to this person, not to a list: their name, a detail of their work, what you share.',
  journey: 'Connect for the long run, not for a one-off need: follow their work, keep in touch, follow up.',
  visibility: 'Show up steadily over weeks instead of sending a burst of requests or one pasted note.',
};
