import { defineRule } from '../rule';
import { findSharedContext } from '../signals/shared-context';

export const sharedContextRule = defineRule({
  id: 'shared-context',
  principle: 'relationship',
  kind: 'strength',
  description: 'Names something specific you share: an event, school, team or person, and how.',
  check(doc) {
    return findSharedContext(doc).map((range) => ({
      severity: 'info',
      message: 'You name something you share.',
      why: 'Shared context turns a stranger into someone they can place, the start of a relationship.',
      range,
    }));
  },
});
