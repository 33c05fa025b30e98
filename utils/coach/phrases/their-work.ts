import { wordSet } from '../text/word-set';
// Things a person makes or does in public. Mentioning one of theirs shows the note was written for them.
export const WORK_NOUNS: ReadonlySet<string> = wordSet(
  'post posts article articles talk talks keynote podcast episode paper papers thread newsletter webinar ' +
  'panel presentation session workshop book blog essay piece video launch release project library repo ' +
  'research study report interview course lecture slides write-up writeup comment answer tutorial guide ' +
  'series thesis dissertation framework package plugin demo chapter analysis breakdown explainer ' +
  'teardown deck benchmark benchmarks postmortem case announcement op-ed column story pr newsletters ' +
  'recap exhibit exhibition album show documentary startup initiative campaign program programme rfc ' +
  'proposal patent app tool site speech fireside ama livestream stream poster findings ep pod vlog zine ' +
  'gallery portfolio collection recipe map dataset model protocol protocols template checklist playbook ' +
  'handbook class module song film photo photos design designs illustration illustrations drawing ' +
  'painting mural work migration rewrite redesign',
);

/** Words after which a work noun belongs to the writer, not the reader ("my post"). */
export const SELF_OWNERS: ReadonlySet<string> = wordSet("my our i've i we we've mine");

/** Words after which a work noun belongs to the reader ("your post", "the talk you gave"). */
export const THEIR_OWNERS: ReadonlySet<string> = wordSet("your ur you've their the this that");

/** Work nouns so broad that only "your X on/at/about ..." makes them specific. */
export const VAGUE_WORK_NOUNS: ReadonlySet<string> = wordSet(
  'work post posts project program programme show story case site tool app ' +
  // "Thank you in advance for your answer" is the answer to this note; "your answer on the panel about …" is theirs.
  'answer',
);

/** After "your", words too generic to show attention ("your profile", "your time", "your company"). */
export const GENERIC_YOURS: ReadonlySet<string> = wordSet(
  "eyes profile network networks time company company's business organization organisation firm facility " +
  "background experience experiences expertise skills skill work career journey industry field role " +
  "position team teams page feed content posts post calendar services products attention opinion thoughts " +
  "feedback help support inbox consideration website site colleagues connections connection email number " +
  "area space sector clients customers insights knowledge achievements accomplishments success way " +
  "department needs goals challenges hiring recruitment recruiting requirements budget decision own next " +
  "reply response earliest convenience availability schedule life day week family advice guidance " +
  "mentorship perspective leadership stuff things passion heart dedication contributions updates activity name " +
  "details contact list audience followers brand revenue sales growth costs pipeline leads staff hr ok okay " +
  "employees people hospital school office city country region market domain impressive recent latest " +
  "insightful interesting fantastic excellent brilliant remarkable outstanding amazing great wonderful " +
  "awesome incredible inspiring valuable precious busy kind professional extensive vast current future good nice " +
  // "your upcoming projects", "your new role", "your partner for collections": words that fit anyone.
  "upcoming new partner partners linkedin interest interests platform account bio resume cv portfolio " +
  "approval endorsement recommendation vision mission values story path thoughtful person guy " +
  "input views side end behalf place expert " +
  // What a pitch offers to change or fill: "hear your plans", "grab your seat", "lock in your rate", "worth your while".
  "plans plan seat spot while options age numbers rate rates " +
  // What a seller sizes or books: "your annual volume", "your size of fleet", "your read on it", "your logo here".
  "annual volume size read logo calender " +
  // "I hope your summer holiday was wonderful": a season anyone has.
  "weekend summer holiday holidays vacation " +
  // Who a seller would serve through them, and the kind of place they run: "your crews", "your couples", "your store".
  "buyers couples contractors crews fleet residents patients guests members drivers tenants " +
  "store shop restaurant clinic lab plant practice agency locations location branches",
);

/** Past-tense verbs that say what the reader did, as in "you gave", "you built". */
export const IRREGULAR_PAST: ReadonlySet<string> = wordSet(
  'gave said wrote built won made took ran spoke taught led sent told showed shown did found began ' +
  'brought put drew held kept left lent meant met paid sang saw sold stood thought threw understood went ' +
  'grew spent shot hosted got came become became set cut read chose fought knew rode swam woke ' +
  'forgot redid rewrote rebuilt remade bought drove caught flew sat dealt dug fed hung laid lit rang ' +
  'slept spun stuck struck swept tore wore wound sped spread split shut shook stole sank sprang fixed',
);

/**
 * Words before "you" that make "you ...ed" a question, a condition or a wish, not a memory ("have you
 * considered", "are you covered", "hope you've landed somewhere decent").
 */
export const NOT_A_MEMORY: ReadonlySet<string> = wordSet(
  'have did had if when once unless do would could can are were hope hoping',
);

/**
 * "all you've achieved", "everything you've done", "what you have accomplished": a sweep over a whole
 * career fits anyone. Words before "you" that make it one, and verbs hollow on their own.
 */
export const SWEEPING: ReadonlySet<string> = wordSet('all everything whatever');
export const HOLLOW_FEATS: ReadonlySet<string> = wordSet('achieved accomplished');

/** "you viewed my profile", "you've accepted": what they did to my note or page is not their work. */
export const DONE_TO_ME: ReadonlySet<string> = wordSet(
  'viewed visited accepted opened received responded replied clicked downloaded subscribed registered ' +
  // Clicks on a feed: "noticed you liked a post" watches their activity, it does not know their work.
  'liked endorsed reacted followed upvoted commented',
);

/** "you're moving into partnerships": a change in their career, told with where it goes or comes from. */
export const CAREER_MOVES: ReadonlySet<string> = wordSet(
  'moving switching transitioning pivoting stepping heading returning relocating back',
);
/** Where a career move goes: "into partnerships", "from retail buying", "back to teaching", "back in Odessa". */
export const MOVE_LINKS: ReadonlySet<string> = wordSet('into to from back over in');

/** "your work at Stripe": after a vague noun, a place of work says where they work, not what they did. */
export const WORKPLACE_LINKS: ReadonlySet<string> = wordSet('at');

/** "a piece of advice": a work noun followed by "of" that measures something, not a piece of their work. */
export const MEASURE_NOUNS: ReadonlySet<string> = wordSet('piece bit');

/** "in the supply chain space": a domain anyone in it could be told they work in. */
export const HOLLOW_DOMAINS: ReadonlySet<string> = wordSet(
  'space sector industry field world arena ecosystem domain',
);

/** "your talk on X": the words that tie a piece of their work to its topic. */
export const TOPIC_LINKS: ReadonlySet<string> = wordSet('on about for around');
/** "a talk", "some post": not one of theirs in particular. */
export const INDEFINITE: ReadonlySet<string> = wordSet('a an some any');
/** "your team won": who, besides them, can have done something worth remembering. */
export const ACTORS: ReadonlySet<string> = wordSet(
  'team company startup lab group org organisation organization school class students crew department ' +
  'firm club band project paper talk post article book work store shop restaurant clinic practice agency ' +
  'branch chapter church crews',
);
/** "your post on …", "your team at …": words after a possessive phrase that lead into a detail. */
export const DETAIL_LINKS: ReadonlySet<string> = wordSet(
  'on about at in for with from to around where that you',
);

/**
 * Words that frame their headline or company as read off their profile, the way a template fills it
 * in: "I see you are a developer in Burnaby", "your commitment to equity shines through your profile",
 * "looking to connect with procurement folks at ODOT".
 */
export const PROFILE_FRAMES: readonly string[] = [
  'your profile',
  'i see you are',
  "i see you're",
  'i see that you',
  'i noticed you are',
  "i noticed you're",
  'looking to connect with',
];
