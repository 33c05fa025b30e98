import type { Range } from '../schema';
import type { Doc } from '../text/doc';
import { thanks } from './phrase-sets';

/** Thanks for nothing in particular ("thanks for connecting", "thank you for your time"). */
const ROUTINE_THANKS = new Set([
  'connecting',
  'connect',
  'accept',
  'accepted',
  'accepting',
  'considering',
  'reading',
  'listening',
  'adding',
  'replying',
  'looking',
  'having',
  'taking',
  'any',
  'checking',
]);
const ROUTINE_OBJECTS = new Set([
  'time',
  'consideration',
  'attention',
  'connection',
  'add',
  'invite',
  'invitation',
  'reply',
  'response',
  'help',
  'support',
  'patience',
]);

/** Thanks for something particular they did: appreciation is a gift. */
export function findGratitude(doc: Doc): Range[] {
  return doc.memo(findGratitude, () =>
    thanks.find(doc).flatMap((match) => {
      const next = doc.words[match.last + 1];
      const object = doc.words[match.last + 2];
      if (!next || ROUTINE_THANKS.has(next.text)) return [];
      if ((next.text === 'your' || next.text === 'the') && (!object || ROUTINE_OBJECTS.has(object.text)))
        return [];
      const end = object && (next.text === 'your' || next.text === 'the') ? object.end : next.end;
      return [[match.range[0], end] as Range];
    }),
  );
}
