import { defineRule } from '../rule';
import { IRREGULAR_PAST } from '../phrases/their-work';
import type { Doc } from '../text/doc';
import type { PhraseMatch } from '../text/phrase-matcher';
import { outsideTopics } from '../signals/topics';
import { findAsks, forAnother } from '../signals/asks';
import { deniedBefore, precededBy } from '../signals/negation';
import { deadlines, unhurried, urgency } from '../signals/phrase-sets';
import { isPastTense } from '../signals/tense';
import { wordSet } from '../text/word-set';

/** "I immediately rewrote the workshop", "thought of you right away": the writer tells what they did, and presses nobody. */
const NARRATOR = wordSet('i we he she they');

function told(doc: Doc, match: PhraseMatch): boolean {
  const before = doc.words[match.firstAt - 1]?.folded ?? '';
  // "not urgent": the writer takes pressure off.
  if (NARRATOR.has(before) || deniedBefore(doc, match.firstAt, 1)) return true;
  if (precededBy(doc, match.firstAt, 6, IRREGULAR_PAST)) return true;
  const next = doc.words[match.lastAt + 1]?.folded ?? '';
  return isPastTense(next);
}

export const falseUrgency = defineRule({
  id: 'false-urgency',
  principle: 'journey',
  kind: 'concern',
  description: 'Pressure to act now: "ASAP", "urgent", an ask "this week".',
  check(doc) {
    // "could you call me this week? Nothing urgent": the writer has loosened the day. "Could you take
    // a call from him this week?": the day is for someone else the note speaks of.
    const askSentences = new Set(
      unhurried.find(doc).length > 0
        ? []
        : findAsks(doc)
            .filter((ask) => !forAnother(doc, ask.firstAt))
            .map((ask) => doc.words[ask.firstAt]?.sentence),
    );
    const pressing = deadlines
      .find(doc)
      .filter((match) => askSentences.has(doc.words[match.firstAt]?.sentence));
    const pressure = urgency.find(doc).filter((match) => !told(doc, match));
    return outsideTopics(doc, [...pressure, ...pressing]).map((match) => ({
      severity: 'warning',
      message: 'This adds time pressure to a first hello.',
      why: 'Take the journey, not the pit stop: relationships grow on their own schedule, not on a deadline.',
      range: match.range,
      suggestion: 'Remove the deadline; let them answer when it suits them.',
    }));
  },
});
