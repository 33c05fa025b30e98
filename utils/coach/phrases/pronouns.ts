import { wordSet } from '../text/word-set';
/** Words by which a note talks about its writer. */
export const SELF_WORDS: ReadonlySet<string> = wordSet("i me my mine myself i'm i've i'd i'll im ive");

/** The writer in the first person, singular or plural: "I", "we", "our", "we've". */
export const WRITER_WORDS: ReadonlySet<string> = new Set([
  ...SELF_WORDS,
  'we', 'us', 'our', 'ours', "we're", "we've", "we'd", "we'll",
]);

/** Words by which a note talks to or about its reader. */
export const OTHER_WORDS: ReadonlySet<string> = wordSet(
  "you your yours yourself you're you've you'd you'll youre u ur",
);

/** The writer's possessives, singular or plural: "my offer", "our team". */
export const WRITER_POSSESSIVES: ReadonlySet<string> = wordSet('my our');

/** The writer's people, whose trade or opening is theirs, not the writer's: "my cousin", "my buddy". */
export const PEOPLE_OF_MINE: ReadonlySet<string> = wordSet('buddy friend mate pal cousin brother sister uncle aunt neighbour neighbor');
