import { defineRule } from '../rule';
import { offersValue } from '../signals/phrase-sets';

export const offersValueRule = defineRule({
  id: 'offers-value',
  principle: 'give',
  kind: 'strength',
  description: 'Offers something: a resource, an intro, help, congratulations.',
  check(doc) {
    return offersValue.find(doc).map((match) => ({
      severity: 'info',
      message: 'You offer something before asking for anything.',
      why: 'Give more and get less: giving first is how cultivation starts.',
      range: match.range,
    }));
  },
});
