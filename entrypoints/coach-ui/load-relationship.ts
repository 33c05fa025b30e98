import { analyze, type Recipient } from '@/utils/coach';
import { isProfileKey, nameKey } from '@/utils/contact-key/contact-key';
import { recall, type Recall } from '@/utils/journey/recall';
import { logDebug } from '@/utils/log';
import { ask } from '@/utils/messaging/client';

/** The key the history keeps this person under, if the page told us who they are. */
function contactKeyOf(recipient: Recipient): string | undefined {
  return isProfileKey(recipient.profileUrl) ? recipient.profileUrl : nameKey(recipient.name);
}

/**
 * The relationship so far with the person a draft is for, asked of the background once per
 * draft; their earlier notes are read again by the coach to quote what they offered or asked.
 * Undefined for someone new, or when the background cannot answer (coaching goes on without it).
 */
export async function loadRelationship(recipient: Recipient, offers: string[]): Promise<Recall | undefined> {
  const contactKey = contactKeyOf(recipient);
  if (!contactKey) return undefined;
  try {
    const reply = await ask({ type: 'to-background:relationship', contactKey });
    // The rules alone: the recall quotes what a note offered or asked, which the word model's second
    // reading does not find, and what it quotes should not hang on whether the model has loaded yet.
    return recall(reply, Date.now(), (note) => analyze({ text: note }, { offers }));
  } catch (error) {
    logDebug('coaching without the relationship so far', error);
    return undefined;
  }
}
