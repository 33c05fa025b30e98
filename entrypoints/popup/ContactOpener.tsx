import type { Contact } from '@/utils/history/model';

export type OpenContact = (contact: Contact, opener: HTMLElement) => void;

/**
 * The contact's name as a button that opens their timeline. Its click area stretches over the
 * whole card (see .contact-opener in popup.css), while the card's other text stays readable.
 */
export function ContactOpener({ contact, onOpen }: { contact: Contact; onOpen: OpenContact }) {
  return (
    <button
      type="button"
      className="contact-opener"
      onClick={(event) => onOpen(contact, event.currentTarget)}
    >
      {contact.name}
    </button>
  );
}
