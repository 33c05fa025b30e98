import { defineRule } from '../rule';

export const overLimit = defineRule({
  id: 'over-limit',
  languageIndependent: true,
  principle: 'relationship',
  kind: 'concern',
  description: 'Longer than the note limit (300 characters for an invitation).',
  check(doc) {
    const { limit, surface } = doc.draft;
    if (surface === 'message' && !doc.limitGiven) return [];
    const over = doc.text.length - limit;
    if (over <= 0) return [];
    return [
      {
        severity: 'warning',
        message: `${over} character${over === 1 ? '' : 's'} over the ${limit}-character limit; LinkedIn will not send it as is.`,
        why: 'A note that is cut off never arrives whole; a short, personal note does the relationship more good.',
        range: [limit, doc.text.length],
        suggestion: `Trim ${over} character${over === 1 ? '' : 's'}: keep the detail about them, drop the part about you.`,
      },
    ];
  },
});
