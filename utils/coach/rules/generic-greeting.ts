import { defineRule } from '../rule';
import { genericGreetings } from '../signals/phrase-sets';
import { isPersonal } from '../signals/personal';
import { addressedByTitle, recipientFirstName, nameMentions } from '../signals/recipient-name';

export const genericGreeting = defineRule({
  id: 'generic-greeting',
  principle: 'relationship',
  kind: 'concern',
  description: 'A greeting that fits anyone: "Dear Sir/Madam", "Hi there", "Hello friend".',
  check(doc, context) {
    // "Dear Madam" in a note that names something of theirs is a formal manner, not a list's greeting.
    const named = nameMentions(doc).length > 0 || addressedByTitle(doc) || isPersonal(doc, context);
    const firstName = recipientFirstName(doc);
    return genericGreetings.find(doc).map((match) => ({
      severity: named ? 'info' : 'warning',
      message: 'This greeting could be addressed to anyone.',
      why: 'Greeting someone by name is the smallest sign that the note was written for them, not for a list.',
      range: match.range,
      suggestion: firstName ? `Hi ${firstName},` : 'Use their first name.',
    }));
  },
});
