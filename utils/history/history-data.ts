import { z } from 'zod';
import { principleScoresSchema } from '@/utils/coach/schema';
import { analysisSummarySchema, contactSchema, touchSchema } from './model';

// The history's contacts and touches as they leave and enter the store (an export file carries
// them, see utils/your-data/export-file.ts): nothing the store derives (search words, note index
// keys, ids). Every object is strict: a field this version does not know is an error, never
// silently dropped or merged.

const analysisInFileSchema = analysisSummarySchema
  .extend({ principles: z.strictObject(principleScoresSchema.shape) })
  .strict();

export const exportedContactSchema = contactSchema.omit({ nameLower: true, nameWords: true }).strict();
export type ExportedContact = z.infer<typeof exportedContactSchema>;

export const exportedTouchSchema = touchSchema
  .omit({ id: true, noteAt: true })
  .extend({ analysis: analysisInFileSchema.nullable() })
  .strict();
export type ExportedTouch = z.infer<typeof exportedTouchSchema>;

/** Contacts and touches as they leave and enter the store. */
export interface HistoryData {
  contacts: ExportedContact[];
  touches: ExportedTouch[];
}
