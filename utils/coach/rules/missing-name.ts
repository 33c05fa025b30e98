import { defineRule } from '../rule';
import { addressedByTitle, recipientFirstName, nameMentions } from '../signals/recipient-name';

const MIN_WORDS = 4;

export const missingName = defineRule({
  id: 'missing-name',
  principle: 'relationship',
  kind: 'concern',
  description: "The recipient's name is known but the note does not use it.",
  check(doc) {
    const firstName = recipientFirstName(doc);
    if (!firstName || doc.words.length < MIN_WORDS || nameMentions(doc).length > 0 || addressedByTitle(doc)) return [];
    return [
      {
        severity: 'info',
        message: `You could greet ${firstName} by name.`,
        why: 'Their name tells them this note is for them, not for a list.',
        suggestion: `Hi ${firstName},`,
      },
    ];
  },
});
