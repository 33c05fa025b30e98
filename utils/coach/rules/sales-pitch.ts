import { defineRule } from '../rule';
import { outsideTopics } from '../signals/topics';
import { findPitches } from '../signals/pitches';
import { onlyPlacesInAFreeThing } from '../signals/commerce-shapes';

export const salesPitchRule = defineRule({
  id: 'sales-pitch',
  principle: 'relationship',
  kind: 'concern',
  description: 'A sales pitch: a product, service, pricing, leads, ROI.',
  check(doc) {
    const pitches = outsideTopics(doc, findPitches(doc));
    const gently = onlyPlacesInAFreeThing(doc, pitches);
    return pitches.map((match) => ({
      severity: gently ? 'warning' : 'error',
      message: 'This reads as a sales pitch to someone you have not met yet.',
      why: 'Your goal is relationships, not securing the next sale: a pitch in a first note is harvesting before sowing.',
      range: match.range,
      suggestion:
        'Drop the pitch for now; connect over their work, and let business come from the relationship.',
    }));
  },
});
