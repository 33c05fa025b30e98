import type { PhraseEntry } from '../text/phrase-matcher';
import { wordSet } from '../text/word-set';

/** Words that open a question someone can only answer in their own words. */
export const OPEN_QUESTION_WORDS: ReadonlySet<string> = wordSet(
  "how how's what what's whats why which where where's who who's when",
);

/** "what you do": the verbs after "more about what you" that name nothing in particular. */
export const QUESTION_LEAD_IN: ReadonlySet<string> = wordSet('do offer sell need');

/**
 * What a question about their organisation's present state asks after when it qualifies a buyer:
 * "How much budget does your team have…?", "What does your roadmap look like…?", "What is your
 * process for onboarding new suppliers?". Curiosity asks how they did something, not what they will buy.
 */
export const BUYING_STATE_WORDS: ReadonlySet<string> = wordSet(
  'budget budgets roadmap roadmaps process processes plans priorities stack tools tooling vendor vendors ' +
  'supplier suppliers importer importers distributor distributors wholesaler wholesalers provider ' +
  'providers positions openings vacancies requirements needs spend headcount procurement pipeline rent acquirer insurer volume',
);

/**
 * How they make their work, rather than what they will buy: "What tools do you use to make them?"
 * after "your flood maps for the Calder valley are beautiful" is curiosity. Such a question qualifies
 * a buyer only when no mention of their particular work comes before it.
 */
export const CRAFT_WORDS: ReadonlySet<string> = wordSet('process processes tools tooling stack pipeline');

/**
 * Pleasantries in the shape of a question ("How are you?", "How are things at Orbit?"): they ask
 * nothing about their work: the phrase ends the question, or goes on with one of PHATIC_GOES_ON
 * ("How are you doing?"), never "How are you finding the new role?".
 */
export const PHATIC_QUESTIONS: readonly PhraseEntry[] = [
  'how are you/things',
  "how's it going",
  'how is it going',
  'how have you been',
  "how's your week",
  'how is your week',
  "how's your day",
  'how is your day',
  "how's life",
  "how's everything",
  'hope you are well',
  "hope you're well",
];
export const PHATIC_TAIL = 3;
export const PHATIC_GOES_ON: ReadonlySet<string> = wordSet(
  'doing today lately these at in over there going keeping holding',
);

/**
 * Questions that fit anyone ("What got you into marketing?", "How do you see AI changing your
 * industry?", "What are the biggest trends you're seeing?"): they count as curiosity only in a note
 * that names something particular of theirs before them.
 */
export const QUESTIONS_FOR_ANYONE: readonly PhraseEntry[] = [
  'your industry/field/space/sector/journey/career/path',
  'the future of',
  'trends',
  'got you into',
  'get into',
  'got started',
  'get started in',
  'most excited about',
  'biggest threat',
  'piece of advice',
  'advice would you give',
  'advice you would give',
  "advice you'd give",
  'your younger self',
  'keeps you motivated',
  'motivates/inspires you',
  'the secret behind/to',
  'what drives you',
  'how do you see',
  'your thoughts/take on',
];

/** The reader, in a question about their organisation. */
export const SECOND_PERSON: ReadonlySet<string> = wordSet("you your you're yours");

/** The writer, in a question about what the writer would gain. */
export const SELF_WORDS: ReadonlySet<string> = wordSet("i me my i'm");

/** What a job-seeker or applicant gains: "what do you think I need to get hired…?", "how I can get an internship". */
export const GAIN_WORDS: ReadonlySet<string> = wordSet(
  'hired internship job position placement referral join apply considered role interview',
);
