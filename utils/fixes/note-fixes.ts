import type { Finding, Range, Recipient } from '@/utils/coach/schema';

/**
 * One-click fixes: for a finding whose suggestion is a concrete edit, the edit itself. Pure: the
 * page applies it through the browser's editing path (utils/linkedin/edit-note.ts), so LinkedIn's
 * counter and Send update and Ctrl+Z undoes it.
 */
export interface NoteFix {
  /** The button's words, e.g. "Greet Ana by name". */
  label: string;
  /** Replace [start, end) with text. */
  edit?: { start: number; end: number; text: string };
  /** Then select this range (in the text after the edit), for the person to type over. */
  select?: Range;
}

export interface FixContext {
  text: string;
  recipient: Recipient;
  limit: number;
}

const GREETING = /^\s*(?:hi|hello|hey|dear|greetings)\b[^,.!?\n]{0,30}[,!]?\s*/i;
const CALL_ASK = /\b(?:could|can|shall) we\b[^.?!]{0,40}\b(?:call|chat|meeting|coffee|zoom)\b[^.?!]*[.?!]?/i;
const SELF_SENTENCE = /^(?:i am|i'm|i have|i've|i work|i run|i lead|i help|my)\b/i;
const NAME_PLACEHOLDER = /\b(?:first|name|firstname|first_name|recipient|contact)\b/i;
export const OFFER_SPOT = '[detail]';
const OFFER = `If it is useful, I am happy to share what I have learned about ${OFFER_SPOT}.`;

export function fixFor(finding: Finding, { text, recipient, limit }: FixContext): NoteFix | undefined {
  const first = recipient.firstName;
  switch (finding.rule) {
    case 'missing-name':
    case 'generic-greeting': {
      if (!first) return undefined;
      const greeting = GREETING.exec(text);
      const end = greeting ? greeting[0].length : 0;
      return { label: `Greet ${first} by name`, edit: { start: 0, end, text: `Hi ${first}, ` } };
    }
    case 'mass-networking': {
      if (!finding.range) return undefined;
      const [start, end] = sentenceAround(text, finding.range);
      if (text.slice(0, start).trim() === '' && text.slice(end).trim() === '') return undefined;
      return { label: 'Remove this sentence', edit: { start, end, text: '' } };
    }
    case 'unfilled-placeholder': {
      if (!finding.range) return undefined;
      const [start, end] = finding.range;
      if (first && NAME_PLACEHOLDER.test(text.slice(start, end))) {
        return { label: `Put in ${first}`, edit: { start, end, text: first } };
      }
      return { label: 'Select it to type over', select: finding.range };
    }
    case 'over-limit':
      return cutToLimit(text, limit);
    case 'ask-before-give': {
      if (!finding.range) return undefined;
      const [start, end] = sentenceAround(text, finding.range);
      if (!CALL_ASK.test(text.slice(start, end))) return undefined;
      const lead = text.slice(start, end).match(/\s*$/)?.[0] ?? '';
      const at = start + OFFER.indexOf(OFFER_SPOT);
      return {
        label: 'Turn the ask into an offer',
        edit: { start, end, text: `${OFFER}${lead}` },
        select: [at, at + OFFER_SPOT.length],
      };
    }
    default:
      return undefined;
  }
}

/** Drops the one sentence about the writer that brings the note within the limit, if there is one. */
function cutToLimit(text: string, limit: number): NoteFix | undefined {
  const over = text.length - limit;
  if (over <= 0) return undefined;
  const candidates = sentences(text).filter(([s, e]) => SELF_SENTENCE.test(text.slice(s, e).trim()) && e - s >= over);
  const shortest = candidates.sort((a, b) => a[1] - a[0] - (b[1] - b[0]))[0];
  if (!shortest) return undefined;
  return { label: 'Cut the sentence about you', edit: { start: shortest[0], end: shortest[1], text: '' } };
}

/**
 * The sentence holding a range, with the space after it, so removing it leaves clean text. A
 * greeting that opens the sentence ("Hi Ana, I am expanding my network.") stays.
 */
function sentenceAround(text: string, [start, end]: Range): Range {
  const [s, e] = sentences(text).find(([a, b]) => a <= start && end <= b) ?? [start, end];
  const greeting = GREETING.exec(text.slice(s, start));
  return [greeting ? s + greeting[0].length : s, e];
}

/** Sentences as ranges: each runs to its closing punctuation or line end, and takes the spaces after it. */
function sentences(text: string): Range[] {
  const found: Range[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const ends = c === '\n' || ((c === '.' || c === '?' || c === '!') && (i + 1 === text.length || /\s/.test(text[i + 1]!)));
    if (!ends) continue;
    let end = i + 1;
    while (end < text.length && text[end] === ' ') end++;
    found.push([start, end]);
    start = end;
    i = end - 1;
  }
  if (start < text.length) found.push([start, text.length]);
  return found;
}
