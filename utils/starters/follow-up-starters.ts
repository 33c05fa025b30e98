import type { Recipient } from '@/utils/coach/schema';

/** The marked spot in a follow-up starter where the person's own words go; the coach flags it if left. */
export const OWN_WORDS = '[your detail here]';

export interface FollowUpInput {
  recipient: Recipient;
  /** What the invitation offered, in the person's own words ("happy to share my dataset"). */
  offered?: string;
}

/** "happy to share my dataset" → "my dataset": the thing offered, without how it was offered. */
const OFFER_LEAD = /^(?:i(?:'d|’d| would| could| can)? )?(?:be )?(?:(?:very |more than )?(?:happy|glad|delighted) to |could |can )?(?:share|send(?: you| over)?|pass on|forward) (.+)$/i;

/**
 * Two or three first lines for a message to someone who accepted: the invitation's offer kept,
 * a question about their work, and a plain keep-in-touch. Each has one marked spot for the person's
 * own words, so none can go out as a template. Pure.
 */
export function followUpStarters({ recipient, offered }: FollowUpInput): string[] {
  const hello = recipient.firstName ? `Hi ${recipient.firstName},` : 'Hi,';
  const starters: string[] = [];
  if (offered) {
    const thing = OFFER_LEAD.exec(offered.trim())?.[1];
    starters.push(
      thing
        ? `${hello} thank you for connecting. As promised, here is ${thing}: ${OWN_WORDS}`
        : `${hello} thank you for connecting. Following up on my note (“${offered}”): ${OWN_WORDS}`,
    );
  }
  const where = recipient.company ? ` at ${recipient.company}` : '';
  starters.push(`${hello} glad we are connected. ${OWN_WORDS} What are you working on${where} these days?`);
  if (starters.length < 3) {
    starters.push(`${hello} thanks for accepting. ${OWN_WORDS} I would like to keep in touch and hear how your work goes.`);
  }
  return starters;
}
