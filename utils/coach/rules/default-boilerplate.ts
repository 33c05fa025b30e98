import { defineRule } from '../rule';
import { boilerplate } from '../signals/phrase-sets';

export const defaultBoilerplate = defineRule({
  id: 'default-boilerplate',
  principle: 'relationship',
  kind: 'concern',
  description: "LinkedIn's default invitation text.",
  check(doc) {
    return boilerplate.find(doc).map((match) => ({
      severity: 'error',
      message: "This is LinkedIn's default text, so it tells them nothing about you or why them.",
      why: 'The default line is what a thousand requests say; a relationship starts with something only you could write.',
      range: match.range,
      suggestion:
        'Replace it with one sentence about why you want to connect with this person in particular.',
    }));
  },
});
