import { OTHER_WORDS, SELF_WORDS } from '../phrases/pronouns';
import { defineRule } from '../rule';
import { findAsks } from '../signals/asks';
import { bringsSomething } from '../signals/gives';
import { isPersonal } from '../signals/personal';
import { THRESHOLDS } from '../strictness';
import { wordsIn } from '../text/word-index';

export const selfFocused = defineRule({
  id: 'self-focused',
  principle: 'give',
  kind: 'concern',
  description: 'The note is more about me than about you (I/me/my against you/your).',
  check(doc, context) {
    const { selfFocusMinCount, selfFocusRatio } = THRESHOLDS[context.strictness];
    const self = wordsIn(doc, SELF_WORDS).length;
    const other = wordsIn(doc, OTHER_WORDS).length;
    if (self < selfFocusMinCount || self < selfFocusRatio * Math.max(other, 1)) return [];
    // "Here are the books I mentioned; I talked to my colleague and gave him your name": a note that
    // tells what the writer did for the reader says "I" often, and centres the reader all the same.
    if (bringsSomething(doc) && findAsks(doc).length === 0) return [];
    return [
      {
        severity: isPersonal(doc, context) ? 'info' : 'warning',
        message: `The note says I/me/my ${self} times and you/your ${other}: it talks more about you than about them.`,
        why: 'Give more and get less: a note that centres the reader shows you came to give, not only to get.',
        suggestion: 'Turn one sentence about yourself into one about them or their work.',
      },
    ];
  },
});
