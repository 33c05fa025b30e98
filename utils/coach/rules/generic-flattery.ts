import { defineRule } from '../rule';
import { isPersonal } from '../signals/personal';
import { genericFlattery } from '../signals/phrase-sets';

export const genericFlatteryRule = defineRule({
  id: 'generic-flattery',
  principle: 'relationship',
  kind: 'concern',
  description: 'Praise that fits anyone: "impressive profile", "your profile caught my eye".',
  check(doc, context) {
    const personal = isPersonal(doc, context);
    return genericFlattery.find(doc).map((match) => ({
      severity: personal ? 'info' : 'warning',
      message: 'This compliment could be paid to anyone, so it says little.',
      why: 'Specific appreciation builds a relationship; praise that fits every profile reads as a template.',
      range: match.range,
      suggestion: 'Name the one thing of theirs that impressed you, and why.',
    }));
  },
});
