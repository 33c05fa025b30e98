import { defineRule } from '../rule';
import { findOffersUsed } from '../signals/offers-used';

export const ownOfferUsed = defineRule({
  id: 'own-offer-used',
  principle: 'give',
  kind: 'strength',
  description: 'Puts one of your own offers (from your goals) to use.',
  check(doc, context) {
    return findOffersUsed(doc, context).map((use) => ({
      severity: 'info',
      message: `You offer what you said you can give: "${use.offer}".`,
      why: 'Give more and get less: offering what you are good at is the most natural way to give first.',
      range: use.range,
    }));
  },
});
