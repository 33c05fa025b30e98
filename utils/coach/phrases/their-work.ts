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
  'poster', 'findings', 'ep', 'pod', 'vlog', 'zine', 'gallery', 'portfolio', 'collection', 'recipe', 'map', 'dataset', 'model', 'protocol', 'protocols', 'template', 'checklist', 'playbook', 'handbook', 'course', 'class', 'module', 'song', 'film', 'photo', 'photos', 'design', 'designs', 'illustration', 'illustrations', 'drawing', 'painting', 'mural', 'work', 'migration', 'rewrite', 'redesign',
]);

/** Words after which a work noun belongs to the writer, not the reader ("my post"). */
export const SELF_OWNERS: ReadonlySet<string> = new Set(['my', 'our', "i've", 'i', 'we', "we've", 'mine']);

/** Words after which a work noun belongs to the reader ("your post", "the talk you gave"). */
export const THEIR_OWNERS: ReadonlySet<string> = new Set(['your', 'ur', "you've", 'their', 'the', 'this', 'that']);

/** Work nouns so broad that only "your X on/at/about ..." makes them specific. */
export const VAGUE_WORK_NOUNS: ReadonlySet<string> = new Set(['work', 'post', 'posts', 'project', 'program', 'show', 'story', 'case', 'site', 'tool', 'app']);

/** After "your", words too generic to show attention ("your profile", "your time", "your company"). */
export const GENERIC_YOURS: ReadonlySet<string> = new Set([
  'profile', 'network', 'networks', 'time', 'company', "company's", 'business', 'organization', 'organisation',
  'firm', 'facility', 'background', 'experience', 'experiences', 'expertise', 'skills', 'skill', 'work',
  'career', 'journey', 'industry', 'field', 'role', 'position', 'team', 'teams', 'page', 'feed', 'content',
  'posts', 'post', 'calendar', 'services', 'products', 'attention', 'opinion', 'thoughts', 'feedback', 'help',
  'support', 'inbox', 'consideration', 'website', 'site', 'colleagues', 'connections', 'connection', 'email',
  'number', 'area', 'space', 'sector', 'clients', 'customers', 'insights', 'knowledge', 'achievements',
  'accomplishments', 'success', 'way', 'department', 'needs', 'goals', 'challenges', 'hiring', 'recruitment',
  'recruiting', 'requirements', 'budget', 'decision', 'own', 'next', 'reply', 'response', 'earliest',
  'convenience', 'availability', 'schedule', 'life', 'day', 'week', 'family', 'advice', 'guidance',
  'mentorship', 'perspective', 'leadership', 'stuff', 'things', 'passion', 'dedication', 'contributions',
  'updates', 'activity', 'name', 'details', 'contact', 'list', 'audience', 'followers', 'brand', 'revenue',
  'sales', 'growth', 'costs', 'pipeline', 'leads', 'staff', 'employees', 'people', 'hospital', 'school',
  'office', 'city', 'country', 'region', 'market', 'domain', 'impressive', 'amazing', 'great', 'wonderful',
  'awesome', 'incredible', 'inspiring', 'valuable', 'precious', 'busy', 'kind', 'professional', 'extensive',
  'vast', 'current', 'future', 'linkedin', 'interest', 'interests', 'platform', 'account', 'bio', 'resume',
  'cv', 'portfolio', 'approval', 'endorsement', 'recommendation', 'vision', 'mission', 'values', 'story',
  'journey', 'path', 'thoughtful', 'person', 'guy', 'input', 'views', 'side', 'end', 'behalf', 'place', 'area', 'expert',
]);

/** Past-tense verbs that say what the reader did, as in "you gave", "you built". */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'gave', 'said', 'wrote', 'built', 'won', 'made', 'took', 'ran', 'spoke', 'taught', 'led', 'sent', 'told',
  'showed', 'shown', 'did', 'found', 'began', 'brought', 'put', 'drew', 'held', 'kept', 'left', 'lent',
  'meant', 'met', 'paid', 'sang', 'saw', 'sold', 'stood', 'thought', 'threw', 'understood', 'went', 'grew',
  'spent', 'shot', 'hosted', 'got', 'came', 'become', 'became', 'set', 'cut', 'read', 'wrote', 'chose',
  'fought', 'knew', 'rode', 'swam', 'woke', 'forgot', 'began', 'redid',
]);

/** Words before "you" that make "you ...ed" a question or condition, not a memory ("have you considered"). */
export const NOT_A_MEMORY: ReadonlySet<string> = new Set(['have', 'did', 'had', 'if', 'when', 'once', 'unless', 'do', 'would', 'could', 'can']);
