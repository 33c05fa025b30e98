import type { Range } from '../schema';
import type { Doc } from '../text/doc';

const PROMISES = new Set(["i'll", 'ill']);
const I_WILL = new Set(['will', 'can']);
/** What the writer promises to do with what is sent: read it, mark it up, put eyes on it. */
const REVIEWING = new Set(['look', 'review', 'read', 'check', 'edit', 'proofread', 'eyes', 'mark', 'critique', 'polish', 'redline']);
/** "… and I'll take a look at which of our openings fit": a recruiter's ask, however helpful it sounds. */
const HIRING = new Set(['our', 'openings', 'opening', 'roles', 'role', 'positions', 'position', 'opportunities', 'jobs', 'clients']);
const PROMISE_REACH = 6;
const REVIEW_REACH = 4;

/**
 * "Send me your resume and I'll put eyes on it tonight": what the reader sends, the writer promises
 * to review for them. An offer of help, not an ask.
 */
export function reviewPromisedAfter(doc: Doc, last: number): boolean {
  const { words } = doc;
  const sentence = words[last]?.sentence;
  const span = doc.sentences[sentence ?? -1];
  if (!span) return false;
  for (let at = last + 1; at < span.endWord; at++) if (HIRING.has(words[at]!.text)) return false;
  for (let at = last + 1; at <= last + PROMISE_REACH && words[at]?.sentence === sentence; at++) {
    const text = words[at]!.text;
    const promise = PROMISES.has(text) ? at : text === 'i' && I_WILL.has(words[at + 1]?.text ?? '') ? at + 1 : -1;
    if (promise < 0) continue;
    for (let next = promise + 1; next <= promise + REVIEW_REACH && words[next]?.sentence === sentence; next++)
      if (REVIEWING.has(words[next]!.text)) return true;
    return false;
  }
  return false;
}

const SENDING = new Set(['send', 'sending', 'forward', 'email', 'drop']);

/** Reviews promised on what the reader sends ("send me your resume and I'll put eyes on it"): gives. */
export function findReviewsPromised(doc: Doc): Range[] {
  const { words } = doc;
  const found: Range[] = [];
  for (let at = 0; at < words.length; at++) {
    if (!SENDING.has(words[at]!.text) || !reviewPromisedAfter(doc, at)) continue;
    const sentence = doc.sentences[words[at]!.sentence]!;
    found.push([words[at]!.start, words[sentence.endWord - 1]!.end]);
  }
  return found;
}
