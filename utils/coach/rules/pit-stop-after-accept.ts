import { defineRule } from '../rule';
import { findAsks } from '../signals/asks';
import { findGives } from '../signals/gives';
import { findPitches } from '../signals/pitches';
import { findFollowThrough } from './follows-through';

export const pitStopAfterAccept = defineRule({
  id: 'pit-stop-after-accept',
  principle: 'journey',
  kind: 'concern',
  description: 'The first message after they accepted goes straight to an ask or a pitch.',
  check(doc, context) {
    const relationship = context.relationship;
    if (doc.draft.surface !== 'message' || !relationship?.firstMessageAfterAcceptance) return [];
    const first = [...findAsks(doc), ...findPitches(doc)].sort((a, b) => a.range[0] - b.range[0])[0];
    if (!first) return [];
    const start = first.range[0];
    const gaveFirst =
      findGives(doc).some(([from]) => from < start) ||
      findFollowThrough(doc, relationship.offered).some(({ range }) => range[0] < start);
    if (gaveFirst) return [];
    const offer = relationship.offered[0];
    return [
      {
        severity: 'warning',
        message: 'This first message since they accepted goes straight to an ask.',
        why: 'The journey, not the pit stop: the request was the first step. An ask right after it turns the connection into a transaction.',
        range: first.range,
        suggestion: offer
          ? `Start with what your invitation offered (“${offer}”), and keep the ask for a later message.`
          : 'Start with something for them, or a real question about their work, and keep the ask for a later message.',
      },
    ];
  },
});
