import { defineRule } from '../rule';
import { bringsSomething } from '../signals/gives';
import { findLinksGiven, handsOverLink } from '../signals/links';
import { findChases } from '../signals/chases';

export const pushyFollowUp = defineRule({
  id: 'pushy-follow-up',
  principle: 'journey',
  kind: 'concern',
  description: 'Chases a stranger for an answer: "following up on my message", "haven\'t heard back".',
  check(doc) {
    // A follow-up that brings something ("here is the write-up, in case it helps") is the journey itself.
    if (bringsSomething(doc) || handsOverLink(doc) || findLinksGiven(doc).length > 0) return [];
    // One chase is enough to say so: the first one is quoted.
    return findChases(doc).slice(0, 1).map((match) => ({
      severity: 'warning',
      message: 'This chases them for an answer to your ask.',
      why: 'The journey, not the pit stop: a follow-up that only presses your ask tells them the relationship is the ask.',
      range: match.range,
      suggestion: 'Follow up with something for them (a resource, a thought on their work), or let the ask go.',
    }));
  },
});
