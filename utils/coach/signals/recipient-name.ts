import type { Recipient } from '../schema';
import { memoKey, type Doc } from '../text/doc';
import { segmentWords } from '../text/segment';
import { flatMap } from '../text/flat-map';
import { wordsAmong, wordsIn } from '../text/word-index';
import { wordSet } from '../text/word-set';

/** Titles that come before a name but are not one. */
const HONORIFICS = wordSet('mr mrs ms miss mx dr prof professor sir dame rev sgt sergeant cdr commander capt captain col colonel maj major lt pastor');

function nameParts(text: string | undefined) {
  return segmentWords(text ?? '').filter((word) => word.folded.length > 1 && !HONORIFICS.has(word.folded));
}

/** The folded words of the recipient's name, first name first. */
export function nameWords(recipient: Recipient): string[] {
  return [
    ...new Set(
      flatMap([recipient.firstName, recipient.name], (part) => nameParts(part).map((word) => word.folded)),
    ),
  ];
}

export function firstNameOf(recipient: Recipient): string | undefined {
  return nameParts(recipient.firstName)[0]?.raw ?? nameParts(recipient.name)[0]?.raw;
}

const firstNameKey = memoKey();

/** firstNameOf this doc's recipient, found once per doc: three rules ask for it. */
export function recipientFirstName(doc: Doc): string | undefined {
  return doc.cached(firstNameKey, recipientFirstNameAfresh);
}

function recipientFirstNameAfresh(doc: Doc): string | undefined {
  return firstNameOf(doc.draft.recipient);
}

const nameMentionsKey = memoKey();

/** Word indexes in the doc that are part of the recipient's name. */
export function nameMentions(doc: Doc): number[] {
  return doc.cached(nameMentionsKey, nameMentionsAfresh);
}

function nameMentionsAfresh(doc: Doc): number[] {
  return [...wordsAmong(doc, recipientNameSet(doc))];
}

const recipientNameSetKey = memoKey();

/** recipientNameWords as a set, made once per doc: two detectors look the note's words up in it. */
export function recipientNameSet(doc: Doc): ReadonlySet<string> {
  return doc.cached(recipientNameSetKey, recipientNameSetAfresh);
}

function recipientNameSetAfresh(doc: Doc): ReadonlySet<string> {
  return new Set(recipientNameWords(doc));
}

const recipientNameWordsKey = memoKey();

/** nameWords of this doc's recipient, computed once per doc. */
export function recipientNameWords(doc: Doc): string[] {
  return doc.cached(recipientNameWordsKey, recipientNameWordsAfresh);
}

function recipientNameWordsAfresh(doc: Doc): string[] {
  return nameWords(doc.draft.recipient);
}

/** "Dear Sir/Madam": a title that names nobody. */
const NOBODY_IN_PARTICULAR = wordSet("madam madame ma'am maam or all");

const addressedByTitleKey = memoKey();

/**
 * Someone addressed by title and name ("Dear Mr. Halvorsen", "Hi Dr. Patel"): named, even when the
 * recipient's details do not carry that name (a surname, a name the profile spells otherwise).
 */
export function addressedByTitle(doc: Doc): boolean {
  return doc.cached(addressedByTitleKey, addressedByTitleAfresh);
}

function addressedByTitleAfresh(doc: Doc): boolean {
  return wordsIn(doc, HONORIFICS).some((index) => {
    const word = doc.words[index]!;
    const next = doc.words[index + 1];
    return word.raw !== word.folded && !!next && next.raw !== next.folded && !HONORIFICS.has(next.folded) && !NOBODY_IN_PARTICULAR.has(next.folded);
  });
}
