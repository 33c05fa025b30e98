import { defineRule } from '../rule';

export const emptyNote = defineRule({
  id: 'empty-note',
  languageIndependent: true,
  principle: 'relationship',
  kind: 'concern',
  description: 'There is no note at all.',
  check(doc) {
    if (doc.text.trim() !== '') return [];
    return [
      {
        severity: 'warning',
        message:
          'There is no note yet. A line or two about why you are reaching out makes all the difference.',
        why: 'A request with no note reads as one of a thousand; a personal line starts a relationship.',
        suggestion: 'Say where you came across their work, or what you have in common.',
      },
    ];
  },
});
