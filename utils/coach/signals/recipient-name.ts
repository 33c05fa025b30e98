import type { Recipient } from '../schema';
import type { Doc } from '../text/doc';
import { segmentWords } from '../text/segment';

/** The folded words of the recipient's name, first name first. */
export function nameWords(recipient: Recipient): string[] {
  const words = [recipient.firstName, recipient.name].flatMap((part) => segmentWords(part ?? '').map((w) => w.text));
  return [...new Set(words)].filter((word) => word.length > 1);
}

export function firstNameOf(recipient: Recipient): string | undefined {
  const source = recipient.firstName ?? recipient.name;
  return source ? segmentWords(source)[0]?.raw : undefined;
}

/** Word indexes in the doc that are part of the recipient's name. */
export function nameMentions(doc: Doc): number[] {
  const names = new Set(nameWords(doc.draft.recipient));
  return doc.words.flatMap((word, index) => (names.has(word.text) ? [index] : []));
}
