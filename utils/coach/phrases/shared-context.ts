import type { PhraseEntry } from '../text/phrase-matcher';
import { wordSet } from '../text/word-set';

/** Something the two people already share: an event, a school, a team, a person. */
export const SHARED_CONTEXT: readonly PhraseEntry[] = [
  'we met at',
  'we met _ at',
  "we've met",
  'we have met',
  'we met in',
  'we met last',
  'we met during',
  'met you at',
  'meeting you at',
  'we spoke at',
  'we talked at',
  'we chatted at',
  'chatting at',
  'our chat',
  'our conversation',
  'our talk at',
  'sat next to',
  'both attended',
  'also attended',
  'i was at',
  'in the audience',
  'class of',
  'worked together',
  'served together',
  'served with',
  'deployed together',
  'we served',
  'used to work',
  'former colleague',
  'former colleagues',
  'your workshop at',
  'great to meet you',
  'great meeting you',
  'nice to meet you',
  'nice meeting you',
  // "so nice seeing you at the hockey banquet"
  'nice seeing you',
  'great seeing you',
  'good seeing you',
  'lovely seeing you',
  'good to meet you',
  'lovely to meet you',
  'lovely meeting you',
  'great chatting',
  'good chatting',
  'great talking',
  'good talking',
  'nice talking',
  // "So great working that hip revision with you Tuesday"; "would be great working with you" is a wish (signals/shared-context.ts).
  'great working',
  'good working',
  'lovely working',
  'fun working',
  'great collaborating',
  'fun collabing',
  'fun collaborating',
  'collabing on',
  'panel together',
  'were together at',
  'volunteered together',
  // "you're the one who lent me a battery": a small moment they share.
  "you're the one who",
  'you were the one who',
  'owe you one',
  'we overlapped',
  'overlapped at',
  'we studied',
  'we worked',
  // Their place in the writer's own history: "I served under you at Bastion", "I was your student in 2019".
  'served under you',
  'serve under you',
  'worked under you',
  // Not "what worked for you", "glad the template worked for you": how something went for them.
  'i worked for you',
  'reported to you',
  'was your student',
  'you taught me',
  'you trained me',
  'you mentored me',
  'you hired me',
  // Missing something done together: "I just miss our Thursday lifting crew".
  'miss our',
  'miss working with you',
  'miss seeing you',
];

/**
 * Shared in name only until something particular follows: "we're both alumni" or "a mutual
 * connection" fits anyone; "we were both at PyData Berlin" and "our mutual friend Dana" do not.
 * The rule wants a name or a figure within a few words, or a named person just before
 * ("Dana suggested we connect").
 */
export const SHARED_IF_NAMED: readonly PhraseEntry[] = [
  'we were both',
  'we were at',
  'we met on',
  'we both',
  'same school',
  'same university',
  'same program',
  'same team',
  'same cohort',
  'same bootcamp',
  'mutual friend',
  'mutual connection',
  'mutual contact',
  'our mutual',
  'suggested i reach out',
  'suggested i contact',
  'suggested we connect',
  'suggested i connect',
  'recommended i reach out',
  'recommended i connect',
  'recommended we connect',
  'pointed me to you',
  'introduced us',
  'mentioned you',
  'speaks highly of you',
  'spoke highly of you',
  // "my mentor Sister Akinyi says you were her preceptor … She speaks of you so warmly"
  'speaks of you',
  'spoke of you',
  'says you were her',
  'says you were his',
  'same meetup',
  'at the meetup',
  'at the conference',
  'same conference',
  'the same slack',
  'neighbors',
  'neighbours',
  "we're both",
  'we are both',
  'we were on the same',
  'we were in the same',
  // "Your daughter and mine were in the same troop", "our kids were on the same team".
  'mine were in the same',
  'mine were on the same',
  'kids were in the same',
  'kids were on the same',
  'mutual friends',
];

/** What a named group is called: "the Riverside running club". Not "group": "the SaaS Founders group" is a LinkedIn group. */
export const GROUPS: ReadonlySet<string> = wordSet(
  'club team choir band cohort league crew society chapter lab',
);
/** Words that make "in the same LinkedIn group" LinkedIn's doing or mere sameness. */
export const NOT_A_GROUP_NAME: ReadonlySet<string> = wordSet('linkedin same facebook');

/** Words right after a SHARED_IF_NAMED phrase that make it a place, a group or LinkedIn's doing. */
export const SHARED_IN_NAME_ONLY: ReadonlySet<string> = wordSet(
  'in based located living live connected members member part linkedin professionals professional ' +
  'community-minded',
);

/**
 * Belonging to the same large group: "fellow Leeds Digital Festival alum here", "we're both Hack Reactor
 * alumni". Thousands share it and it says nothing of how the two met, so it is overlap, not context.
 */
export const MEMBERSHIP: ReadonlySet<string> = wordSet(
  'fellow alum alumni alumna alumnus alums grads members',
);
