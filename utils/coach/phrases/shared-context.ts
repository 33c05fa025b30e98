import type { PhraseEntry } from '../text/phrase-matcher';
import { wordList, wordSet } from '../text/word-set';

/** Something the two people already share: an event, a school, a team, a person. */
export const SHARED_CONTEXT: readonly PhraseEntry[] = [
  'we met at',
  'we met _ at',
  "we've met",
  'we have met',
  'we met in/last/during',
  'met/meeting you at',
  'we spoke/talked/chatted at',
  'chatting at',
  'our chat/conversation',
  'our talk at',
  'sat next to',
  'both/also attended',
  'i was at',
  'in the audience',
  'class of',
  'worked/served/deployed together',
  'served with',
  'we served',
  'used to work',
  'former colleague/colleagues',
  'your workshop at',
  'great/nice to meet you',
  'great/nice meeting you',
  // "so nice seeing you at the hockey banquet"
  'nice/great/good/lovely seeing you',
  'good/lovely to meet you',
  'lovely meeting you',
  'great/good chatting',
  'great/good/nice talking',
  // "So great working that hip revision with you Tuesday"; "would be great working with you" is a wish (signals/shared-context.ts).
  'great/good/lovely/fun working',
  'great/fun collaborating',
  'fun collabing',
  'collabing on',
  'panel/volunteered together',
  'were together at',
  // "you're the one who lent me a battery": a small moment they share.
  "you're the one who",
  'you were the one who',
  'owe you',
  'we overlapped/studied/worked',
  'overlapped at',
  // Their place in the writer's own history: "I served under you at Bastion", "I was your student in 2019".
  'served/serve/worked under you',
  // Not "what worked for you", "glad the template worked for you": how something went for them.
  'i worked for you',
  'reported to you',
  // "I was your driver in Zhari", "you were my OC on Herrick 13": the role each had in the other's years.
  { phrase: 'i was your', unlessNext: wordList('age size height') },
  'was your student',
  'you were my _',
  'you taught/trained/mentored/hired me',
  // "I found a picture of us at the christmas service in 05", "you looked out for me over there".
  'picture/photo/pic of us',
  'looked out for me',
  // "DARNELL HAYES found you finally!! its Yesi, Carrillo from 2nd Maint Bn": a search for someone known.
  'finally found you',
  'found you finally/again',
  // "Tess here, your old 'Captain Band-Aid'", "Daniel, it's your old Chief": who the writer was to them.
  'here your old',
  "it's your old",
  // "We were on Herrick 8 together", "we were at Aston together": a time and a place, and both in it.
  'were on/in/at _ together',
  'were on/in/at _ _ together',
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
  'we were both/at',
  'we met on',
  'we both',
  'same school/university/program/team/cohort/bootcamp',
  'mutual friend/connection/contact',
  'our mutual',
  'suggested/recommended i reach out',
  'suggested i contact/connect',
  'suggested/recommended we connect',
  'recommended i connect',
  'pointed me to you',
  'introduced us',
  'mentioned you',
  'speaks/spoke highly of you',
  // "my mentor Sister Akinyi says you were her preceptor … She speaks of you so warmly"
  'speaks/spoke of you',
  'says you were her/his',
  // "Pastor Jun said you speak Ilocano": who told the writer about them.
  'said/reckons you',
  'same meetup/conference',
  'at the meetup/conference',
  'the same slack',
  'neighbors/neighbours',
  "we're both",
  'we are both',
  'we were on/in the same',
  // "Your daughter and mine were in the same troop", "our kids were on the same team".
  'mine/kids were in the same',
  'mine/kids were on the same',
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
