import { defineRule } from '../rule';
import { findGives } from '../signals/gives';

export const offersValueRule = defineRule({
  id: 'offers-value',
  principle: 'give',
  kind: 'strength',
  description: 'Offers something: a resource, an intro, help, congratulations.',
  check(doc) {
    return findGives(doc).map((range) => ({
      severity: 'info',
      message: 'You give something: help, a resource, thanks or congratulations.',
      why: 'Give more and get less: giving first is how cultivation starts.',
      range,
    }));
  },
});
