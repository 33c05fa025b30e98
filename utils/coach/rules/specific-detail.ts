import { defineRule } from '../rule';
import type { Range } from '../schema';
import { findEarnedWorkMentions, sentenceAt } from '../signals/hooks';
import type { TheirWorkSource, WorkMention } from '../signals/their-work';
import type { Doc } from '../text/doc';

const MESSAGES: Record<TheirWorkSource, string> = {
  work: 'You mention something specific they made or did.',
  yours: 'You mention something that is theirs.',
  memory: 'You recall something they said or did.',
  attention: 'You show you read or watched their work.',
  headline: 'You connect to what they do.',
  company: 'You connect to where they work.',
};

const fromProfile = (mention: WorkMention) => mention.source === 'headline' || mention.source === 'company';

/**
 * One finding per sentence: "your DataDays Lisbon talk … has stuck with me" is one detail, not two, and
 * "Hollins Dental" one name, not two words. A mention that took attention wins over a profile word.
 */
function onePerSentence(doc: Doc, mentions: readonly WorkMention[]): WorkMention[] {
  const bySentence = new Map<number, WorkMention>();
  for (const mention of mentions) {
    const sentence = sentenceAt(doc, mention.range[0]) ?? -1;
    const kept = bySentence.get(sentence);
    if (!kept || (fromProfile(kept) && !fromProfile(mention))) bySentence.set(sentence, mention);
    else if (fromProfile(kept) && fromProfile(mention) && joined(doc, kept.range, mention.range))
      bySentence.set(sentence, { ...kept, range: [kept.range[0], mention.range[1]] });
  }
  return [...bySentence.values()];
}

/** "Hollins Dental": two profile words with only a space between them are one name. */
function joined(doc: Doc, first: Range, second: Range): boolean {
  return doc.text.slice(first[1], second[0]).trim() === '';
}

export const specificDetail = defineRule({
  id: 'specific-detail',
  principle: 'relationship',
  kind: 'strength',
  description: 'Mentions a specific piece of their work: a post, talk, project, or their field.',
  check(doc) {
    return onePerSentence(doc, findEarnedWorkMentions(doc)).map((mention) => ({
      severity: 'info',
      message: MESSAGES[mention.source],
      why: 'A specific detail shows you paid attention, which is where relationships start.',
      range: mention.range,
    }));
  },
});
