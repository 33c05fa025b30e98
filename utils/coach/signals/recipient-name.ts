import type { Recipient } from '../schema';
import type { Doc } from '../text/doc';
import { segmentWords } from '../text/segment';

/** Titles that come before a name but are not one. */
const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'rev',
]);

function nameParts(text: string | undefined) {
  return segmentWords(text ?? '').filter((word) => word.text.length > 1 && !HONORIFICS.has(word.text));
}

/** The folded words of the recipient's name, first name first. */
export function nameWords(recipient: Recipient): string[] {
  return [
    ...new Set(
      [recipient.firstName, recipient.name].flatMap((part) => nameParts(part).map((word) => word.text)),
    ),
  ];
}

export function firstNameOf(recipient: Recipient): string | undefined {
  return nameParts(recipient.firstName)[0]?.raw ?? nameParts(recipient.name)[0]?.raw;
}

/** Word indexes in the doc that are part of the recipient's name. */
export function nameMentions(doc: Doc): number[] {
  return doc.memo(nameMentions, () => {
    const names = new Set(recipientNameWords(doc));
    return doc.words.flatMap((word, index) => (names.has(word.text) ? [index] : []));
  });
}

/** nameWords of this doc's recipient, computed once per doc. */
export function recipientNameWords(doc: Doc): string[] {
  return doc.memo(recipientNameWords, () => nameWords(doc.draft.recipient));
}
