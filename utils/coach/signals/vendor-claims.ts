import {
  COMPANY_SUBJECTS,
  CUSTOMER_NOUNS,
  MAKING_VERBS,
  PRODUCT_NOUNS,
  RESULT_VERBS,
  SERVING_VERBS,
  SHARED_SUBJECT_NEXT,
} from '../phrases/vendor-voice';
import type { Doc } from '../text/doc';
import type { PhraseMatch } from '../text/phrase-matcher';

/** How far after the subject its verb may come ("we've recently built"), and the verb's object. */
const VERB_REACH = 3;
const OBJECT_REACH = 5;
const FOR_REACH = 3;

const VENDOR_CLAIM = {
  phrase: 'we … (a product, a kind of customer, a result with a figure)',
  note: 'vendor claim',
};

/**
 * A company speaking of what it sells, by the shape of the sentence rather than a fixed phrase:
 * we + make/offer + a product ("we've built a platform that…"), we + serve + a kind of customer
 * ("we work with several companies like…"), we + a result verb + a figure ("we cut costs by 18%"),
 * and a product described by whom it is for ("an AI platform for HR teams").
 */
export function findVendorClaims(doc: Doc): readonly PhraseMatch[] {
  return doc.memo(findVendorClaims, () => {
    const { words } = doc;
    const claims: PhraseMatch[] = [];
    const claim = (first: number, last: number) => {
      const a = words[first];
      const b = words[last];
      if (a && b) claims.push({ phrase: VENDOR_CLAIM, first, last, range: [a.start, b.end] });
    };
    const sameSentence = (from: number, at: number) =>
      words[at] !== undefined && words[at]?.sentence === words[from]?.sentence;
    const findAfter = (
      from: number,
      reach: number,
      table: ReadonlySet<string>,
      stop?: ReadonlySet<string>,
    ) => {
      for (let at = from + 1; at <= from + reach && sameSentence(from, at); at++) {
        const word = words[at]?.text ?? '';
        if (table.has(word)) return at;
        if (stop?.has(word)) return -1;
      }
      return -1;
    };

    words.forEach((word, subject) => {
      if (!COMPANY_SUBJECTS.has(word.text) || SHARED_SUBJECT_NEXT.has(words[subject + 1]?.text ?? '')) return;
      for (let verb = subject + 1; verb <= subject + VERB_REACH && sameSentence(subject, verb); verb++) {
        const text = words[verb]?.text ?? '';
        const object = MAKING_VERBS.has(text)
          ? findAfter(verb, OBJECT_REACH, PRODUCT_NOUNS, YOU)
          : SERVING_VERBS.has(text)
            ? findAfter(verb, OBJECT_REACH, CUSTOMER_NOUNS)
            : RESULT_VERBS.has(text)
              ? figureAfter(doc, verb)
              : -1;
        if (object >= 0) {
          claim(subject, object);
          return;
        }
      }
    });
    words.forEach((word, product) => {
      if (!PRODUCT_NOUNS.has(word.text) || words[product + 1]?.text !== 'for') return;
      const customer = findAfter(product + 1, FOR_REACH, CUSTOMER_NOUNS);
      if (customer >= 0) claim(product, customer);
    });
    return claims.sort((a, b) => a.first - b.first);
  });
}

/** "we both make … for you": the object of making is no longer a product once the reader comes in. */
const YOU = new Set(['you', 'your']);

/** The first figure after a word in its sentence: "18%", "3x", "40 percent". */
function figureAfter(doc: Doc, from: number): number {
  const { words } = doc;
  for (let at = from + 1; words[at] !== undefined && words[at]?.sentence === words[from]?.sentence; at++) {
    const word = words[at];
    if (!word || !startsWithDigit(word.text)) continue;
    const times = word.text.endsWith('x') && isDigits(word.text.slice(0, -1));
    if (doc.text[word.end] === '%' || times || words[at + 1]?.text === 'percent') return at;
  }
  return -1;
}

function startsWithDigit(text: string): boolean {
  const first = text.charCodeAt(0);
  return first >= 48 && first <= 57;
}

function isDigits(text: string): boolean {
  return text.length > 0 && [...text].every((char) => char >= '0' && char <= '9');
}
