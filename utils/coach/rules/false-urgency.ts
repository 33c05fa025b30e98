import { defineRule } from '../rule';
import { asks, deadlines, urgency } from '../signals/phrase-sets';
import type { Doc } from '../text/doc';

export const falseUrgency = defineRule({
  id: 'false-urgency',
  principle: 'journey',
  kind: 'concern',
  description: 'Pressure to act now: "ASAP", "urgent", an ask "this week".',
  check(doc) {
    return [...urgency.find(doc), ...deadlines.find(doc).filter((match) => sameSentenceAsAsk(doc, match.first))].map(
      (match) => ({
        severity: 'warning',
        message: 'This adds time pressure to a first hello.',
        why: 'Take the journey, not the pit stop: relationships grow on their own schedule, not on a deadline.',
        range: match.range,
        suggestion: 'Remove the deadline; let them answer when it suits them.',
      }),
    );
  },
});

function sameSentenceAsAsk(doc: Doc, wordIndex: number): boolean {
  const sentence = doc.words[wordIndex]?.sentence;
  return asks.find(doc).some((ask) => doc.words[ask.first]?.sentence === sentence);
}
