import { defineRule } from '../rule';
import { boilerplate } from '../signals/phrase-sets';

export const defaultBoilerplate = defineRule({
  id: 'default-boilerplate',
  principle: 'relationship',
  kind: 'concern',
  description: "LinkedIn's default invitation text.",
  check(doc) {
    // LinkedIn's app once filled the box with its default line, and people wrote their own note
    // under it: the default as the first sentence, then two sentences and more than five words of
    // the writer's own, is a line to cut (a warning that weighs nothing toward a transaction, as a
    // "[link]" left to paste), not the whole note.
    const { words, sentences } = doc;
    const ownNoteBelow = sentences.length > 2 && words.length - sentences[0]!.endWord > 5;
    return boilerplate.find(doc).map((match) => ({
      severity: ownNoteBelow && words[match.firstAt]!.sentence === 0 ? 'warning' : 'error',
      message: "This is LinkedIn's default text, so it tells them nothing about you or why them.",
      why: 'The default line is what a thousand requests say; a relationship starts with something only you could write.',
      range: match.range,
      suggestion:
        'Replace it with one sentence about why you want to connect with this person in particular.',
    }));
  },
});
