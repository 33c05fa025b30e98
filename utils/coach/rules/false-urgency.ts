import { defineRule } from '../rule';
import { outsideTopics } from '../signals/topics';
import { findAsks } from '../signals/asks';
import { deadlines, urgency } from '../signals/phrase-sets';

export const falseUrgency = defineRule({
  id: 'false-urgency',
  principle: 'journey',
  kind: 'concern',
  description: 'Pressure to act now: "ASAP", "urgent", an ask "this week".',
  check(doc) {
    const askSentences = new Set(findAsks(doc).map((ask) => doc.words[ask.first]?.sentence));
    const pressing = deadlines
      .find(doc)
      .filter((match) => askSentences.has(doc.words[match.first]?.sentence));
    return outsideTopics(doc, [...urgency.find(doc), ...pressing]).map((match) => ({
      severity: 'warning',
      message: 'This adds time pressure to a first hello.',
      why: 'Take the journey, not the pit stop: relationships grow on their own schedule, not on a deadline.',
      range: match.range,
      suggestion: 'Remove the deadline; let them answer when it suits them.',
    }));
  },
});
