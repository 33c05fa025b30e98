import { defineRule } from '../rule';
import { isPersonal, mentionsSomethingSpecific } from '../signals/personal';
import { firstNameOf } from '../signals/recipient-name';

export const nothingSpecific = defineRule({
  id: 'nothing-specific',
  principle: 'relationship',
  kind: 'concern',
  description: 'Nothing in the note is specific to this person.',
  check(doc, context) {
    if (doc.words.length === 0 || isPersonal(doc, context)) return [];
    // A named event or tool may be personal in a way the coach cannot see: say so gently.
    const severity = mentionsSomethingSpecific(doc, context) ? 'info' : 'warning';
    const who = firstNameOf(doc.draft.recipient) ?? 'this person';
    const { headline } = doc.draft.recipient;
    return [
      {
        severity,
        message: `Nothing here is specific to ${who}: it could be sent to anyone.`,
        why: 'A detail only they would recognise shows you are starting a relationship, not filling a quota.',
        suggestion: headline
          ? `Mention something from their work as "${headline}" that caught your attention, and why.`
          : 'Mention one thing of theirs you read, heard or used, and why it caught your attention.',
      },
    ];
  },
});
