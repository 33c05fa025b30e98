import { testRule } from '../testing/rule-tester';
import { emptyNote } from './empty-note';

testRule(emptyNote, {
  valid: ['Hi Ana, loved your talk.', '.', '👋'],
  invalid: [{ text: '' }, { text: '   \n\t ' }],
});
