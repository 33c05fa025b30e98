import type { Recipient } from '@/utils/coach/schema';
import { normalizeProfileUrl } from './profile-url';
import { messageText } from './message-text';
import { firstNameOf } from './recipient';
import { isShown, textOf } from './roots';
import {
  CONVERSATION,
  CONVERSATION_NAME,
  MESSAGE_BOX,
  MESSAGE_FORM,
  MESSAGE_SEND,
  PROFILE_LINK,
} from './selectors';

export interface MessageComposer {
  box: HTMLElement;
  form: HTMLElement | undefined;
  send: HTMLButtonElement | undefined;
  recipient: Recipient;
}

export function findMessageComposers(doc: Document = document): MessageComposer[] {
  return [...doc.querySelectorAll<HTMLElement>(MESSAGE_BOX)].filter(isShown).map((box) => {
    const form = box.closest<HTMLElement>(MESSAGE_FORM) ?? undefined;
    const send = form?.querySelector<HTMLButtonElement>(MESSAGE_SEND) ?? undefined;
    return { box, form, send, recipient: conversationRecipient(box) };
  });
}

/** The message as the person sees it: paragraphs as lines, LinkedIn's empty-line filler dropped. */
export function readMessage(box: HTMLElement): string {
  return messageText(box);
}

function conversationRecipient(box: HTMLElement): Recipient {
  const conversation = box.closest(CONVERSATION) ?? box.ownerDocument.body;
  const link = conversation.querySelector<HTMLAnchorElement>(PROFILE_LINK);
  let name: string | undefined;
  for (const selector of CONVERSATION_NAME) {
    name = textOf(conversation.querySelector(selector)) || undefined;
    if (name) break;
  }
  const profileUrl = normalizeProfileUrl(link?.getAttribute('href'));
  const recipient: Recipient = {};
  if (name) {
    recipient.name = name;
    const first = firstNameOf(name);
    if (first) recipient.firstName = first;
  }
  if (profileUrl) recipient.profileUrl = profileUrl;
  return recipient;
}
