import { defineRule } from '../rule';
import type { Range } from '../schema';
import { sentenceAt } from '../signals/hooks';
import { findSharedContext } from '../signals/shared-context';

export const sharedContextRule = defineRule({
  id: 'shared-context',
  principle: 'relationship',
  kind: 'strength',
  description: 'Names something specific you share: an event, school, team or person, and how.',
  check(doc) {
    // "Haverly High grad (class of ’04)" is one shared thing however many of its words match: one per sentence.
    const bySentence = new Map<number, Range>();
    for (const range of findSharedContext(doc)) {
      const sentence = sentenceAt(doc, range[0]) ?? -1;
      if (!bySentence.has(sentence)) bySentence.set(sentence, range);
    }
    return [...bySentence.values()].map((range) => ({
      severity: 'info',
      message: 'You name something you share.',
      why: 'Shared context turns a stranger into someone they can place, the start of a relationship.',
      range,
    }));
  },
});
