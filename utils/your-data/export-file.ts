import { z } from 'zod';
import { exportedContactSchema, exportedTouchSchema } from '@/utils/history/history-data';
import { strictSettingsSchema } from '@/utils/settings/schema';

// The one file "Export everything" writes and "Import" reads: the person's contacts, touches and
// settings. Every object is strict: a field this version does not know is an error, never
// silently dropped or merged.

export const EXPORT_FORMAT = 'cultivate-export';
export const EXPORT_VERSION = 1;

/** Problems reported about references (unknown contacts, repeated keys) before giving up. */
const MAX_REFERENCE_PROBLEMS = 20;

export const exportFileSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    exportedAt: z.iso.datetime(),
    settings: strictSettingsSchema,
    contacts: z.array(exportedContactSchema),
    touches: z.array(exportedTouchSchema),
  })
  .strict()
  .superRefine(({ contacts, touches }, ctx) => {
    let problems = 0;
    const report = (path: (string | number)[], message: string) => {
      if (problems++ < MAX_REFERENCE_PROBLEMS) ctx.addIssue({ code: 'custom', path, message });
    };
    const keys = new Set<string>();
    contacts.forEach((contact, index) => {
      if (keys.has(contact.key))
        report(['contacts', index, 'key'], `"${contact.key}" appears twice in this file`);
      keys.add(contact.key);
    });
    touches.forEach((touch, index) => {
      if (!keys.has(touch.contactKey))
        report(['touches', index, 'contactKey'], `no contact "${touch.contactKey}" in this file`);
    });
  });
export type ExportFile = z.infer<typeof exportFileSchema>;
