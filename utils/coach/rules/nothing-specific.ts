import { defineRule } from '../rule';
import { findGives } from '../signals/gives';
import { askingSentences } from '../signals/hooks';
import { findPitches } from '../signals/pitches';
import { isPersonal, mentionsSomethingSpecific } from '../signals/personal';
import { recipientFirstName } from '../signals/recipient-name';

export const nothingSpecific = defineRule({
  id: 'nothing-specific',
  principle: 'relationship',
  kind: 'concern',
  description: 'Nothing in the note is specific to this person.',
  check(doc, context) {
    if (doc.words.length === 0 || isPersonal(doc, context)) return [];
    // A named event or tool may be personal in a way the coach cannot see: say so gently.
    // An open offer in a note that asks and pitches nothing ("if you ever want a sounding board, my
    // calendar is open") gives without taking: worth a nudge, not a warning.
    const onlyGives =
      findGives(doc).length > 0 && askingSentences(doc).size === 0 && findPitches(doc).length === 0;
    const severity = mentionsSomethingSpecific(doc, context) || onlyGives ? 'info' : 'warning';
    const who = recipientFirstName(doc) ?? 'this person';
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
