// Everything Cultivate knows about LinkedIn's markup lives here. LinkedIn changes its classes
// often; ids, names, aria-labels and data-test attributes have held for years, so they come first.

/** The invitation note, step two of the "Add a note" dialog. */
export const NOTE_TEXTAREA = ['textarea#custom-message', 'textarea[name="message"]'] as const;

/** The "0/300" (Premium) or "0/200" (free) counter near the note. */
export const NOTE_COUNTER_PATTERN = /^\s*\d{1,4}\s*\/\s*(\d{2,4})\s*$/;

/** Containers the counter may sit in, nearest first. */
export const NOTE_CONTAINERS = ['[role="dialog"]', 'dialog', '.send-invite', 'form'] as const;
