import { currentRuleIds } from '@/utils/coach/rule-renames';
import type { ExportedContact, ExportedTouch } from './history-data';
import type { Contact, Touch } from './model';
import { nameWords } from './name-words';

// Between stored records and the export file: the file drops what the store derives, the store
// derives it again on import. Fields in a fixed order, so the same history is the same file.
// Rule ids are today's (utils/coach/rule-renames): a file from before a rename imports as the same
// records, and matches what is stored.

const CONTACT_FIELDS = [
  'key',
  'name',
  'headline',
  'company',
  'profileUrl',
  'firstContactAt',
  'stage',
  'lastTouchAt',
  'connectedAt',
  'nextFollowUpAt',
  'howWeMet',
] as const satisfies readonly (keyof ExportedContact)[];

const TOUCH_FIELDS = ['contactKey', 'kind', 'surface', 'at', 'note', 'analysis', 'pageUrl'] as const satisfies readonly (keyof ExportedTouch)[];

function pick<T extends object>(record: T, fields: readonly (keyof T)[]): T {
  const picked: Partial<T> = {};
  for (const field of fields) if (record[field] !== undefined) picked[field] = record[field];
  return picked as T;
}

export function exportedContact(contact: ExportedContact | Contact): ExportedContact {
  return pick<ExportedContact>(contact, CONTACT_FIELDS);
}

export function exportedTouch(touch: ExportedTouch | Touch): ExportedTouch {
  const picked = pick<ExportedTouch>(touch, TOUCH_FIELDS);
  if (picked.analysis) {
    const { verdict, score, principles, rules } = picked.analysis;
    const { give, relationship, journey, visibility } = principles;
    picked.analysis = { verdict, score, principles: { give, relationship, journey, visibility }, rules: [...currentRuleIds(rules)] };
  }
  return picked;
}

export function storedContact(contact: ExportedContact): Contact {
  return { ...exportedContact(contact), nameLower: contact.name.toLowerCase(), nameWords: nameWords(contact.name) };
}

export function storedTouch(touch: ExportedTouch): Touch {
  const stored: Touch = exportedTouch(touch);
  if (stored.note?.trim()) stored.noteAt = stored.at;
  return stored;
}

/** Two touches are the same record when everything the file holds about them is equal. */
export function touchSignature(touch: ExportedTouch | Touch): string {
  return JSON.stringify(exportedTouch(touch));
}

export function sameContact(a: ExportedContact | Contact, b: ExportedContact | Contact): boolean {
  return JSON.stringify(exportedContact(a)) === JSON.stringify(exportedContact(b));
}
