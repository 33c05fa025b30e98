import type { Recipient } from '@/utils/coach/schema';

export interface StarterInput {
  recipient: Recipient;
  /** What the person can offer others, from their settings. */
  offers?: string[];
  limit?: number;
}

/**
 * The marked spot in a starter for the person's own detail. It is a placeholder the coach already
 * flags (unfilled-placeholder), so a starter sent untouched reads as the template it still is.
 */
export const STARTER_SPOT = '[detail]';

/** Where the marked spot is in a note, if it is still there. */
export function spotIn(text: string): [number, number] | undefined {
  const at = text.indexOf(STARTER_SPOT);
  return at < 0 ? undefined : [at, at + STARTER_SPOT.length];
}

/**
 * Two or three opening lines built from what is known of the recipient (and the person's own
 * offers): each gives or shows curiosity before it asks anything, and carries a marked spot
 * (STARTER_SPOT) for the person to make it theirs. Pure: the same input gives the same starters.
 */
export function noteStarters({ recipient, offers = [], limit = 300 }: StarterInput): string[] {
  const hello = recipient.firstName ? `Hi ${recipient.firstName},` : 'Hi,';
  const work = describeWork(recipient.headline);
  const yourWork = work ? `your work ${work.phrase}` : 'your work';
  const starters = [
    `${hello} I read about ${yourWork}, especially ${STARTER_SPOT}, and it stayed with me. What are you most excited about in it right now?`,
  ];

  const offer = offers.map((o) => o.trim()).find((o) => o.length > 0);
  starters.push(
    offer
      ? `${hello} ${yourWork} caught my eye, especially ${STARTER_SPOT}. If it is ever useful, I am happy to help with ${offer}.`
      : `${hello} ${yourWork} stood out to me, especially ${STARTER_SPOT}. I would be glad to stay in touch and share anything useful I come across.`,
  );

  if (recipient.company) {
    starters.push(
      `${hello} I have been following what ${recipient.company} is doing, especially ${STARTER_SPOT}, and would like to keep in touch. How did you get started there?`,
    );
  }
  return starters.map((s) => fitTo(s, limit));
}

interface Work {
  phrase: string;
}

/**
 * What a headline says they work on. "Head of Community at Horta Labs · Urban farming" → "on urban
 * farming"; "Data journalist at The Harbour Post" → "as a data journalist".
 */
function describeWork(headline: string | undefined): Work | undefined {
  const parts = (headline ?? '')
    .split(/\s*[·|•]\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return undefined;
  if (parts.length > 1) {
    const topic = shortTopic(lowerFirst(parts[parts.length - 1]!));
    return topic ? { phrase: `on ${topic}` } : undefined;
  }
  const role = lowerFirst(parts[0]!.replace(/\s+(?:at|@)\s+.*$/i, '').trim());
  if (!role || role.length > 60) return undefined;
  return { phrase: `as ${/^[aeiou]/i.test(role) ? 'an' : 'a'} ${role}` };
}

/**
 * A headline's topic, short enough to say in a sentence: a long list is cut to its first item and
 * to a few words ("open data, civic tech, urban farming and food policy" → "open data").
 */
function shortTopic(topic: string): string | undefined {
  let short = topic.replace(/[!.]+$/, '').trim();
  if (short.length > TOPIC_MAX) short = short.split(/\s*(?:,|;|\/|&|\+|\band\b)\s*/)[0]!.trim();
  const words = short.split(/\s+/);
  if (words.length > TOPIC_WORDS) short = words.slice(0, TOPIC_WORDS).join(' ');
  return short.length > 0 && short.length <= TOPIC_MAX ? short : undefined;
}

const TOPIC_MAX = 40;
const TOPIC_WORDS = 6;

/** Lowercase a leading capital unless the word looks like an acronym or a name ("AI", "NHS"). */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

function fitTo(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  const lastStop = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('? '));
  return lastStop > limit / 2 ? cut.slice(0, lastStop + 1) : cut.slice(0, cut.lastIndexOf(' ')).trimEnd();
}
