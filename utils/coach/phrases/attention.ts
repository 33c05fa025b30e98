import type { PhraseEntry } from '../text/phrase-matcher';

/** Signs of having paid attention to this person's work or news. */
export const ATTENTION: readonly PhraseEntry[] = [
  'saw/read/watched/heard/tried/ran your',
  'listened to your',
  'heard/saw you speak',
  'heard you talk',
  'saw you present',
  'saw/heard the news',
  'read about your',
  'saw/read that you',
  'finally tried',
  'been using your',
  'i/we use your',
  'we/i adapted',
  'your team won',
  "your team's",
  'i still remember',
  'i remember',
  'keeps coming back to me',
  'stuck/stayed with me',
  'your point about/on',
  'your take on',
  'your tip/question/comment/answer',
  'the bit/part about',
  'the section/bit on',
  'the part where',

  // Having seen or kept something of theirs.
  'saw the clip/video/post/photos',
  'saw it on',
  'read the piece',
  'the one where you',
  'your line/reply/words',
  'made my week/morning/day',
  'is the one i send',
  // Having acted on what they said.
  'took/followed your advice',
  'i/we tried it with',
];
