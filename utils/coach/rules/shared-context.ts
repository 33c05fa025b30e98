import { defineRule } from '../rule';
import { sharedContext } from '../signals/phrase-sets';

export const sharedContextRule = defineRule({
  id: 'shared-context',
  principle: 'relationship',
  kind: 'strength',
  description: 'Names shared context: an event, school, team or mutual contact.',
  check(doc) {
    return sharedContext.find(doc).map((match) => ({
      severity: 'info',
      message: 'You name something you share.',
      why: 'Shared context turns a stranger into someone they can place, the start of a relationship.',
      range: match.range,
    }));
  },
});
