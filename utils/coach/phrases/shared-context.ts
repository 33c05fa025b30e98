import type { Phrase } from '../text/phrase-matcher';

/** Something the two people already share: an event, a school, a team, a person. */
export const SHARED_CONTEXT: readonly Phrase[] = [
  { phrase: 'we met at' },
  { phrase: 'we met _ at' },
  { phrase: "we've met" },
  { phrase: 'we have met' },
  { phrase: 'we met in' },
  { phrase: 'we met last' },
  { phrase: 'we met during' },
  { phrase: 'met you at' },
  { phrase: 'meeting you at' },
  { phrase: 'we spoke at' },
  { phrase: 'we talked at' },
  { phrase: 'we chatted at' },
  { phrase: 'chatting at' },
  { phrase: 'our chat at' },
  { phrase: 'our chat' },
  { phrase: 'our conversation' },
  { phrase: 'our talk at' },
  { phrase: 'sat next to' },
  { phrase: 'both attended' },
  { phrase: 'also attended' },
  { phrase: 'i was at' },
  { phrase: 'i was in the audience' },
  { phrase: 'in the audience' },
  { phrase: 'class of' },
  { phrase: 'worked together' },
  { phrase: 'served together' },
  { phrase: 'served with' },
  { phrase: 'deployed together' },
  { phrase: 'we served' },
  { phrase: 'used to work' },
  { phrase: 'former colleague' },
  { phrase: 'former colleagues' },
  { phrase: 'your workshop at' },
  { phrase: 'great to meet you' },
  { phrase: 'great meeting you' },
  { phrase: 'nice to meet you' },
  { phrase: 'nice meeting you' },
  { phrase: 'good to meet you' },
  { phrase: 'lovely to meet you' },
  { phrase: 'lovely meeting you' },
  { phrase: 'great chatting' },
  { phrase: 'good chatting' },
  { phrase: 'great talking' },
  { phrase: 'good talking' },
  { phrase: 'nice talking' },
  // "So great working that hip revision with you Tuesday"; "would be great working with you" is a wish (signals/shared-context.ts).
  { phrase: 'great working' },
  { phrase: 'good working' },
  { phrase: 'lovely working' },
  { phrase: 'fun working' },
  { phrase: 'great collaborating' },
  { phrase: 'fun collabing' },
  { phrase: 'fun collaborating' },
  { phrase: 'collabing on' },
  { phrase: 'panel together' },
  { phrase: 'were together at' },
  { phrase: 'volunteered together' },
  // "you're the one who lent me a battery": a small moment they share.
  { phrase: "you're the one who" },
  { phrase: 'you were the one who' },
  { phrase: 'owe you one' },
  { phrase: 'we overlapped' },
  { phrase: 'overlapped at' },
  { phrase: 'we studied' },
  { phrase: 'we worked' },
  // Missing something done together: "I just miss our Thursday lifting crew".
  { phrase: 'miss our' },
  { phrase: 'miss working with you' },
  { phrase: 'miss seeing you' },
];

/**
 * Shared in name only until something particular follows: "we're both alumni" or "a mutual
 * connection" fits anyone; "we were both at PyData Berlin" and "our mutual friend Dana" do not.
 * The rule wants a name or a figure within a few words, or a named person just before
 * ("Dana suggested we connect").
 */
export const SHARED_IF_NAMED: readonly Phrase[] = [
  { phrase: 'we were both' },
  { phrase: 'we both' },
  { phrase: 'same school' },
  { phrase: 'same university' },
  { phrase: 'same program' },
  { phrase: 'same team' },
  { phrase: 'same cohort' },
  { phrase: 'same bootcamp' },
  { phrase: 'mutual friend' },
  { phrase: 'mutual connection' },
  { phrase: 'mutual contact' },
  { phrase: 'our mutual' },
  { phrase: 'suggested i reach out' },
  { phrase: 'suggested i contact' },
  { phrase: 'suggested we connect' },
  { phrase: 'suggested i connect' },
  { phrase: 'recommended i reach out' },
  { phrase: 'recommended i connect' },
  { phrase: 'recommended we connect' },
  { phrase: 'pointed me to you' },
  { phrase: 'introduced us' },
  { phrase: 'mentioned you' },
  { phrase: 'speaks highly of you' },
  { phrase: 'spoke highly of you' },
  { phrase: 'same meetup' },
  { phrase: 'at the meetup' },
  { phrase: 'at the conference' },
  { phrase: 'same conference' },
  { phrase: 'the same slack' },
  { phrase: 'neighbors' },
  { phrase: 'neighbours' },
  { phrase: "we're both" },
  { phrase: 'we are both' },
  { phrase: 'we were on the same' },
  { phrase: 'we were in the same' },
  // "Your daughter and mine were in the same troop", "our kids were on the same team".
  { phrase: 'mine were in the same' },
  { phrase: 'mine were on the same' },
  { phrase: 'kids were in the same' },
  { phrase: 'kids were on the same' },
  { phrase: 'mutual friends' },
];

/** What a named group is called: "the Riverside running club". Not "group": "the SaaS Founders group" is a LinkedIn group. */
export const GROUPS: ReadonlySet<string> = new Set([
  'club',
  'team',
  'choir',
  'band',
  'cohort',
  'league',
  'crew',
  'society',
  'chapter',
  'lab',
]);
/** Words that make "in the same LinkedIn group" LinkedIn's doing or mere sameness. */
export const NOT_A_GROUP_NAME: ReadonlySet<string> = new Set(['linkedin', 'same', 'facebook']);

/** Words right after a SHARED_IF_NAMED phrase that make it a place, a group or LinkedIn's doing. */
export const SHARED_IN_NAME_ONLY: ReadonlySet<string> = new Set([
  'in',
  'based',
  'located',
  'living',
  'live',
  'connected',
  'members',
  'member',
  'part',
  'linkedin',
  'professionals',
  'professional',
  'community-minded',
]);

/**
 * Belonging to the same large group: "fellow Leeds Digital Festival alum here", "we're both Hack Reactor
 * alumni". Thousands share it and it says nothing of how the two met, so it is overlap, not context.
 */
export const MEMBERSHIP: ReadonlySet<string> = new Set([
  'fellow',
  'alum',
  'alumni',
  'alumna',
  'alumnus',
  'alums',
  'grads',
  'members',
]);
