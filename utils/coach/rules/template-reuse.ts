import { defineRule } from '../rule';
import { countNearCopies } from '../similarity/template-index';
import { THRESHOLDS } from '../strictness';

const MIN_WORDS = 6;
const MANY_COPIES = 10;

export const templateReuse = defineRule({
  id: 'template-reuse',
  languageIndependent: true,
  principle: 'visibility',
  kind: 'concern',
  description: 'Nearly the same note as ones already sent to other people.',
  check(doc, context) {
    if (doc.words.length < MIN_WORDS || context.recentNotes.length === 0) return [];
    const { templateSimilarity, templateMinCopies } = THRESHOLDS[context.strictness];
    const copies = countNearCopies(doc.text.slice(0, doc.readEnd), context.recentNotes, templateSimilarity);
    if (copies < templateMinCopies) return [];
    return [
      {
        severity: copies >= MANY_COPIES ? 'error' : 'warning',
        message: `This note is nearly the same as ${copies} note${copies === 1 ? '' : 's'} you already sent.`,
        why: 'One note pasted to many people is a mass mailing, not showing up; people notice.',
        suggestion: 'Keep your structure if you like, but write the middle sentence for this person alone.',
      },
    ];
  },
});
