// Things a person makes or does in public. Mentioning one of theirs shows the note was written for them.
export const WORK_NOUNS: ReadonlySet<string> = new Set([
  'post', 'posts', 'article', 'articles', 'talk', 'talks', 'keynote', 'podcast', 'episode', 'paper',
  'papers', 'thread', 'newsletter', 'webinar', 'panel', 'presentation', 'session', 'workshop', 'book',
  'blog', 'essay', 'piece', 'video', 'launch', 'release', 'project', 'library', 'repo', 'research',
  'study', 'report', 'interview', 'course', 'lecture', 'slides', 'write-up', 'writeup', 'comment',
  'answer', 'tutorial', 'guide', 'series', 'thesis', 'dissertation', 'framework', 'package', 'plugin',
  'talk', 'demo', 'chapter', 'analysis', 'deck', 'benchmark', 'benchmarks', 'postmortem', 'case',
  'announcement', 'op-ed', 'column', 'story', 'pr', 'newsletters', 'recap', 'exhibit', 'exhibition',
  'album', 'show', 'documentary', 'startup', 'initiative', 'campaign', 'program', 'programme', 'rfc',
  'proposal', 'patent', 'app', 'tool', 'site', 'speech', 'fireside', 'ama', 'livestream', 'stream',
  'poster', 'findings', 'work', 'migration', 'rewrite', 'redesign',
]);

/** Words after which a work noun belongs to the writer, not the reader ("my post"). */
export const SELF_OWNERS: ReadonlySet<string> = new Set(['my', 'our', "i've", 'i', 'we', "we've", 'mine']);

/** Words after which a work noun belongs to the reader ("your post", "the talk you gave"). */
export const THEIR_OWNERS: ReadonlySet<string> = new Set(['your', "you've", 'you', 'their', 'the', 'this', 'that']);

/** Work nouns so broad that only "your X on/at/about ..." makes them specific. */
export const VAGUE_WORK_NOUNS: ReadonlySet<string> = new Set(['work', 'post', 'posts', 'project', 'program', 'show', 'story', 'case', 'site', 'tool', 'app']);
