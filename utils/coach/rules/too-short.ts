import { defineRule } from '../rule';
import { mentionsSomethingSpecific } from '../signals/personal';
import { THRESHOLDS } from '../strictness';

export const tooShort = defineRule({
  id: 'too-short',
  principle: 'relationship',
  kind: 'concern',
  description: 'Too short to carry anything personal.',
  check(doc, context) {
    const thresholds = THRESHOLDS[context.strictness];
    const minWords =
      doc.draft.surface === 'message' ? thresholds.tooShortWordsMessage : thresholds.tooShortWords;
    const count = doc.words.length;
    if (count === 0 || count >= minWords || mentionsSomethingSpecific(doc, context)) return [];
    return [
      {
        severity: 'info',
        message: 'This is very short; one more sentence could make it personal.',
        why: 'A line about why them turns a click into the start of a relationship.',
        suggestion: 'Add one sentence about what drew you to their work.',
      },
    ];
  },
});
