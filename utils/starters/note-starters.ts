import type { Recipient } from '@/utils/coach/schema';

export interface StarterInput {
  recipient: Recipient;
  /** What the person can offer others, from their settings. */
  offers?: string[];
  limit?: number;
}

/**
 * Two or three opening lines built from what is known of the recipient (and the person's own
 * offers): each gives or shows curiosity before it asks anything, and leaves an obvious place to
 * make it personal. Pure: the same input gives the same starters.
 */
export function noteStarters({ recipient, offers = [], limit = 300 }: StarterInput): string[] {
  const hello = recipient.firstName ? `Hi ${recipient.firstName},` : 'Hi,';
  const work = describeWork(recipient.headline);
  const yourWork = work ? `your work ${work.phrase}` : 'your work';
  const starters = [
    `${hello} I came across ${yourWork} and would love to follow along. What are you most excited about in it right now?`,
  ];

  const offer = offers.map((o) => o.trim()).find((o) => o.length > 0);
  starters.push(
    offer
      ? `${hello} ${yourWork} caught my eye. If it is ever useful, I am happy to help with ${offer}.`
      : `${hello} ${yourWork} stood out to me. I would be glad to stay in touch and share anything useful I come across.`,
  );

  if (recipient.company) {
    starters.push(
      `${hello} I have been following what ${recipient.company} is doing and would like to keep in touch. How did you get started there?`,
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
    const topic = lowerFirst(parts[parts.length - 1]!);
    return topic.length <= 80 ? { phrase: `on ${topic}` } : undefined;
  }
  const role = lowerFirst(parts[0]!.replace(/\s+(?:at|@)\s+.*$/i, '').trim());
  if (!role || role.length > 60) return undefined;
  return { phrase: `as ${/^[aeiou]/i.test(role) ? 'an' : 'a'} ${role}` };
}

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
