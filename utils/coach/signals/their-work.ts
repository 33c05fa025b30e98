import type { Range } from '../schema';
import { insertionSort } from '../text/insertion-sort';
import {
  ACTORS,
  CAREER_MOVES,
  DETAIL_LINKS,
  MOVE_LINKS,
  WORKPLACE_LINKS,
  GENERIC_YOURS,
  INDEFINITE,
  NOT_A_MEMORY,
  DONE_TO_ME,
  HOLLOW_FEATS,
  SWEEPING,
  HOLLOW_DOMAINS,
  MEASURE_NOUNS,
  SELF_OWNERS,
  THEIR_OWNERS,
  TOPIC_LINKS,
  VAGUE_WORK_NOUNS,
  WORK_NOUNS,
} from '../phrases/their-work';
import { memoizedPerDoc, type Doc } from '../text/doc';
import { attention } from './phrase-sets';
import { STOPWORDS } from '../phrases/stopwords';
import { MODALS } from '../phrases/modals';
import { contentWords } from './tokens';
import { isPastTense, isYear } from './tense';
import { DAY_WORDS } from '../phrases/time-words';
import { flatMapWordsIn, forEachWordIn } from '../text/word-index';
import { wordSet } from '../text/word-set';
import { isAllCapitals } from '../text/case';
import { sentenceHolds } from '../text/sentence-has';
import { NEVER_OFFERED } from '../phrases/asks';

export type TheirWorkSource = 'work' | 'yours' | 'memory' | 'attention' | 'headline' | 'company';

export interface WorkMention {
  range: Range;
  /** headline and company are weak evidence: anyone could copy them from the profile. */
  source: TheirWorkSource;
}

const LOOK_BACK = 3;
/** How many words after "in" a domain word may come: "in the supply chain space". */
const DOMAIN_REACH = 5;
/** How many words of a workplace's name may come before what they did there: "at Acme Health on …". */
const WORKPLACE_REACH = 3;

/** Mentions of the reader's own work: "your talk on X", words of their headline or company. */
export function findTheirWork(doc: Doc): WorkMention[] {
  return findTheirWorkOf(doc);
}

// Asked for several times a note: kept at hand for the note being read.
const findTheirWorkOf = memoizedPerDoc((doc: Doc): WorkMention[] => {
  // Gathered in the first finder's own list, and sorted there: most notes mention little of their work.
  const all = workNouns(doc);
  appendTo(all, praisedOutright(doc));
  appendTo(all, specificYours(doc));
  appendTo(all, memories(doc));
  appendTo(all, attentionTo(doc));
  appendTo(all, profileWords(doc));
  if (all.length === 0) return all;
  sortByStartThenLongest(all);
  return withoutOverlaps(all);
});

function appendTo(list: WorkMention[], more: readonly WorkMention[]): void {
  for (let i = 0; i < more.length; i++) list.push(more[i] as WorkMention);
}

/** In place, stably (a note's few mentions come nearly in order). */
function sortByStartThenLongest(mentions: WorkMention[]): void {
  insertionSort(mentions, startThenLongest);
}

const startThenLongest = (a: WorkMention, b: WorkMention) => a.range[0] - b.range[0] || b.range[1] - a.range[1];

/** "Your point" and "your point about" are one mention: keep the first, longest. */
function withoutOverlaps(sorted: WorkMention[]): WorkMention[] {
  const kept: WorkMention[] = [];
  for (const mention of sorted) {
    const previous = kept.at(-1);
    if (!previous || mention.range[0] >= previous.range[1]) kept.push(mention);
  }
  return kept;
}

/** Mentions that took attention to write, as opposed to words lifted from a headline. */
export function findStrongWorkMentions(doc: Doc): WorkMention[] {
  return findTheirWork(doc).filter(
    (mention) => mention.source !== 'headline' && mention.source !== 'company',
  );
}

/** "I would appreciate your reply", "looking forward to your answer": their words waited for, not read. */
const AWAITING = wordSet('appreciate await awaiting expecting forward');

/** "I saw your …", "your point about …", unless what follows is generic ("saw your profile"). */
function attentionTo(doc: Doc): WorkMention[] {
  return attention
    .find(doc)
    .filter(
      (match) =>
        (doc.words[match.lastAt]?.folded !== 'your' || !GENERIC_YOURS.has(doc.words[match.lastAt + 1]?.folded ?? '')) &&
        !AWAITING.has(doc.words[match.firstAt - (doc.words[match.firstAt - 1]?.folded === 'to' ? 2 : 1)]?.folded ?? ''),
    )
    .map((match) => ({ range: match.range, source: 'attention' }));
}

/** "your spreadsheet for …", "your glaze experiments": your + something particular. */
function specificYours(doc: Doc): WorkMention[] {
  const mentions: WorkMention[] = [];
  forEachWordIn(doc, 'your', (word, index) => {
    if (word.folded !== 'your') return;
    const next = doc.words[index + 1];
    const after = doc.words[index + 2];
    if (!next || next.sentence !== word.sentence || GENERIC_YOURS.has(next.folded) || WORK_NOUNS.has(next.folded))
      return;
    // "Quit Your Job Blueprint": a capitalised "Your" inside a sentence is a title's, not theirs.
    if (word.raw !== word.folded && doc.sentences[word.sentence]?.firstWord !== index) return;
    // "book your 15 minute call", "schedule your free audit": the seller's thing, theirs once booked.
    if (NEVER_OFFERED.has(doc.words[index - 1]?.folded ?? '')) return;
    // "your U12 team", "your Berlin office", "your 'deploys this week' whiteboard" and "your glaze
    // experiments" name something; "your operation", "your eyes" and "your marketing team" fit anyone.
    // A bare acronym ends nothing particular: "take a chunk off your CPA" is a metric anyone has.
    const bareAcronym = isAcronym(next.raw) && (!after || after.sentence !== word.sentence);
    const particular =
      (next.raw !== next.folded && !bareAcronym) || hasDigit(next.folded) || quoted(doc, word, next);
    const described =
      !!after &&
      after.sentence === word.sentence &&
      !GENERIC_YOURS.has(after.folded) &&
      !STOPWORDS.has(next.folded) &&
      !STOPWORDS.has(after.folded) &&
      // "Our pellets sink slower. Your fish would notice.": what the pitch pictures, not a thing described.
      !MODALS.has(after.folded) &&
      !doc.text.slice(next.endAt, after.startAt).trim();
    // "your spreadsheet for dairy herds": what follows says which one.
    const about = doc.words[index + 3];
    const topic =
      !!after &&
      after.sentence === word.sentence &&
      TOPIC_LINKS.has(after.folded) &&
      !!about &&
      !SELF_OWNERS.has(about.folded);
    // "your counseling in 2011": a year says which one.
    const dated = !!about && about.sentence === word.sentence && after?.folded === 'in' && isYear(about.folded);
    if (!particular && !described && !topic && !dated) return;
    mentions.push({ range: [word.startAt, compoundEnd(doc, index + 1)], source: 'yours' });
  });
  return mentions;
}

/** "you gave", "you walked us through": something the reader did, remembered. */
function memories(doc: Doc): WorkMention[] {
  const mentions: WorkMention[] = [];
  forEachWordIn(doc, YOU_OR_YOURS, (word, index) => {
    // "you built", "you've built", and "your team built" (one word between).
    const gap = word.folded === 'you' || word.folded === "you've" ? 1 : word.folded === 'your' ? 2 : 0;
    if (gap === 0 || (gap === 2 && !ACTORS.has(doc.words[index + 1]?.folded ?? ''))) return;
    // "your store still donated 40 sheets": a word of time may stand before the deed.
    const verbAt = index + gap + (MEANWHILE.has(doc.words[index + gap]?.folded ?? '') ? 1 : 0);
    const verb = doc.words[verbAt];
    if (!verb || verb.sentence !== word.sentence || NOT_A_MEMORY.has(doc.words[index - 1]?.folded ?? ''))
      return;
    if (doc.sentences[word.sentence]?.question && !recalled(doc, word.sentence)) return;
    const past = isPastTense(verb.folded);
    const sweep = SWEEPING.has(doc.words[index - 1]?.folded ?? '') || HOLLOW_FEATS.has(verb.folded);
    // "you did not answer my message": what they did not do is no memory of their work.
    const after = doc.words[verbAt + 1];
    const denied = !!after && after.sentence === word.sentence && VERB_NEGATIONS.has(after.folded);
    if (past && !DONE_TO_ME.has(verb.folded) && !sweep && !denied)
      mentions.push({ range: [word.startAt, verb.endAt], source: 'memory' });
  });
  appendTo(mentions, whoTheyWere(doc));
  appendTo(mentions, careerMoves(doc));
  appendTo(mentions, askedAfter(doc));
  return mentions;
}

const MEANWHILE = wordSet('still also even once just quietly already');

/** What negates the verb itself; not phrases/negation's DENIALS, whose "no" is an object in "you said no". */
const VERB_NEGATIONS = wordSet('not never');
/** How far into a question "remember" may open it: "Chief, remember the drill you taught us?". */
const REMEMBER_REACH = 3;

/** "Remember the drill you taught us?": a memory asked as a question is still a memory. */
function recalled(doc: Doc, sentence: number): boolean {
  const first = doc.sentences[sentence]?.firstWord ?? 0;
  for (let at = first; at < first + REMEMBER_REACH; at++)
    if (doc.words[at]?.sentence === sentence && doc.words[at]!.folded === 'remember') return true;
  return false;
}
/** "You're the guy who fixed the ice machine", "you were my flight chief at Spangdahlem": who they were to me. */
const YOU_ARE = wordSet("you're youre");
/** The words a memory opens with: "you built", "you've built", "your team built". */
const YOU_OR_YOURS = wordSet("you you've your");
/** Who they were opens "you're …", "you were …", "you are …"; a career move "you're …", "you are …". */
const YOU_OR_YOU_ARE = new Set(['you', ...YOU_ARE]);
const YOU_OR_YOU_ARE_SHORT = wordSet("you you're you've");
/** "you have moved to Mombasa", "you've switched into partnerships": the move made. */
const MOVED = wordSet('moved switched relocated returned transitioned stepped pivoted');
const WHO_REACH = 4;
const ROLE_OWNERS = wordSet('my our the');
/** "how was", "how did", "how'd", "how's": a question after something of theirs. */
const HOW_OPENERS = wordSet("how's how'd hows howd");
const HOW_AUXILIARIES = wordSet('was did is are were');
const THEIR_THING = wordSet('the your');
/** "Sorry to hear about your dad", "so sorry about your brother". */
const SORRY_LINKS = wordSet('about for');

/**
 * "How'd the knee surgery go?", "how was the wedding?", "sorry to hear about your dad": something
 * in their life, asked after or grieved with. "How was your day?" and "sorry about your time" fit
 * anyone (GENERIC_YOURS).
 */
function askedAfter(doc: Doc): WorkMention[] {
  const mentions: WorkMention[] = [];
  // "Hello Daniel, how was the residency in Banff?": a greeting may come first.
  for (const sentence of doc.sentences)
    if (sentence.question)
      for (let at = sentence.firstWord; at < Math.min(sentence.endWord, sentence.firstWord + HOW_REACH); at++)
        appendTo(mentions, askedHow(doc, at));
  forEachWordIn(doc, 'sorry', (word, at) => {
    if (word.folded !== 'sorry') return;
    const link = doc.words[at + 1]?.folded === 'to' && doc.words[at + 2]?.folded === 'hear' ? at + 3 : at + 1;
    if (SORRY_LINKS.has(doc.words[link]?.folded ?? '') && doc.words[link + 1]?.folded === 'your' && particularAt(doc, link + 2))
      mentions.push({ range: [word.startAt, doc.words[link + 2]!.endAt], source: 'memory' });
  });
  return mentions;
}

const HOW_REACH = 4;

/** "How was the wedding?", "how'd the vet visit go?": a question opening on their thing. */
function askedHow(doc: Doc, first: number): WorkMention[] {
  const opener = doc.words[first]?.folded ?? '';
  const determiner = HOW_OPENERS.has(opener)
    ? first + 1
    : opener === 'how' && HOW_AUXILIARIES.has(doc.words[first + 1]?.folded ?? '')
      ? first + 2
      : -1;
  if (determiner < 0 || !THEIR_THING.has(doc.words[determiner]?.folded ?? '') || !particularAt(doc, determiner + 1)) return [];
  return [{ range: [doc.words[first]!.startAt, doc.words[determiner + 1]!.endAt], source: 'memory' }];
}

/** A word that names something of theirs in the same sentence, not one that fits anyone. */
function particularAt(doc: Doc, at: number): boolean {
  const noun = doc.words[at];
  return !!noun && !GENERIC_YOURS.has(noun.folded) && !STOPWORDS.has(noun.folded) && noun.sentence === doc.words[at - 1]?.sentence;
}

const ROLE_ENDS = wordSet('at in on for with from back when during and who to of but');
const ROLE_REACH = 3;

function whoTheyWere(doc: Doc): WorkMention[] {
  const { words } = doc;
  const mentions: WorkMention[] = [];
  forEachWordIn(doc, YOU_OR_YOU_ARE, (word, index) => {
    const be = YOU_ARE.has(word.folded) ? index : word.folded === 'you' && (words[index + 1]?.folded === 'were' || words[index + 1]?.folded === 'are') ? index + 1 : -1;
    if (be < 0 || NOT_A_MEMORY.has(words[index - 1]?.folded ?? '') || doc.sentences[word.sentence]?.question) return;
    // "you were my first platoon sergeant": a role they had in my life, told.
    if (words[be]?.folded === 'were' && ROLE_OWNERS.has(words[be + 1]?.folded ?? '') && words[be + 1]?.folded !== 'the') {
      // "my first platoon sergeant", "my flight chief": the role runs to the words that place it.
      let end = be + 2;
      while (end < be + 2 + ROLE_REACH && words[end + 1]?.sentence === word.sentence && !ROLE_ENDS.has(words[end + 1]!.folded) && !doc.text.slice(words[end]!.endAt, words[end + 1]!.startAt).trim()) end++;
      const role = words[end];
      if (role && role.sentence === word.sentence) mentions.push({ range: [word.startAt, role.endAt], source: 'memory' });
      return;
    }
    // "you're the one who taught me", "you are the guy who fixed …": a deed of theirs, remembered.
    for (let who = be + 2; who <= be + 1 + WHO_REACH; who++) {
      const here = words[who];
      if (!here || here.sentence !== word.sentence) return;
      if (here.folded !== 'who') continue;
      const verb = words[who + 1];
      if (verb && verb.sentence === word.sentence && isPastTense(verb.folded) && !DONE_TO_ME.has(verb.folded))
        mentions.push({ range: [word.startAt, verb.endAt], source: 'memory' });
      return;
    }
  });
  return mentions;
}

/** "I saw you're moving into partnerships", "you are switching from retail": a move in their career. */
function careerMoves(doc: Doc): WorkMention[] {
  const mentions: WorkMention[] = [];
  forEachWordIn(doc, YOU_OR_YOU_ARE_SHORT, (word, index) => {
    const second = doc.words[index + 1]?.folded;
    const made = word.folded === "you've" || (word.folded === 'you' && second === 'have');
    const gap =
      word.folded === "you're" || word.folded === "you've" ? 1 : word.folded === 'you' && (second === 'are' || second === 'have') ? 2 : 0;
    if (gap === 0 || NOT_A_MEMORY.has(doc.words[index - 1]?.folded ?? '')) return;
    const verb = doc.words[index + gap];
    const link = doc.words[index + gap + 1];
    const where = doc.words[index + gap + 2];
    if (
      !verb ||
      !link ||
      !where ||
      where.sentence !== word.sentence ||
      doc.sentences[word.sentence]?.question
    )
      return;
    if ((made ? MOVED : CAREER_MOVES).has(verb.folded) && MOVE_LINKS.has(link.folded) && !SELF_OWNERS.has(where.folded))
      mentions.push({ range: [word.startAt, where.endAt], source: 'memory' });
  });
  return mentions;
}

/**
 * The words a work noun ends with: the nouns, and the last part of hyphenated ones ("write-up" is
 * read as "write" and "up"). A note's words never hold a hyphen, so a compound can end nowhere else.
 */
const WORK_NOUN_ENDS = new Set([...WORK_NOUNS].map((noun) => noun.slice(noun.lastIndexOf('-') + 1)).concat([...WORK_NOUNS]));

function workNouns(doc: Doc): WorkMention[] {
  const { words } = doc;
  const mentions: WorkMention[] = [];
  forEachWordIn(doc, WORK_NOUN_ENDS, (word, index) => {
    // "your field trip write-up": a hyphenated noun is read as the words it joins.
    const before = words[index - 1];
    const compound = before?.hyphenNext === true && WORK_NOUNS.has(`${before.folded}-${word.folded}`);
    if (!WORK_NOUNS.has(word.folded) && !compound) return;
    if (MEASURE_NOUNS.has(word.folded) && words[index + 1]?.folded === 'of') return;
    // "in case you missed it", "in case it helps": a conjunction, not a case study.
    if (word.folded === 'case' && words[index - 1]?.folded === 'in') return;
    const head = compound ? index - 1 : index;
    const owner = ownerBefore(doc, head);
    if (owner === undefined) return;
    if (
      VAGUE_WORK_NOUNS.has(word.folded) &&
      (!hasDetailAfter(doc, index) || onlyAWorkplace(doc, index)) &&
      !hasModifier(doc, owner, head)
    )
      return;
    // "your recent article", "your impressive paper": only words that fit anyone between them.
    if (onlyGenericBetween(doc, owner, head) && !hasDetailAfter(doc, index)) return;
    if (!theirsByArticle(doc, owner, head)) return;
    const start = words[owner]?.startAt ?? word.startAt;
    mentions.push({ range: [start, word.endAt], source: 'work' });
  });
  return mentions;
}

/** "Great talk at DevConf yesterday!", "Brilliant keynote on Thursday": their work, praised to their face. */
const PRAISE = wordSet(
  'great brilliant fantastic excellent awesome amazing superb terrific wonderful lovely cracking fab ' +
  'fabulous inspiring insightful stellar outstanding powerful thoughtful fascinating killer solid',
);
const PLACED = wordSet('at on in during from about');
const WHEN_WORDS = wordSet('yesterday today tonight last this earlier');

function praisedOutright(doc: Doc): WorkMention[] {
  const { words } = doc;
  return flatMapWordsIn(doc, WORK_NOUNS, (word, index) => {
    const adjective = words[index - 1];
    if (!WORK_NOUNS.has(word.folded) || !adjective || adjective.sentence !== word.sentence || !PRAISE.has(adjective.folded))
      return [];
    const sentence = doc.sentences[word.sentence];
    if (!sentence || sentence.question) return [];
    // Only greetings and names before it: the praise opens the sentence, addressed to them.
    const opens = words.slice(sentence.firstWord, index - 1).every((w) => w.raw !== w.folded || GREETINGS.has(w.folded));
    if (!opens) return [];
    const link = words[index + 1];
    const what = words[index + 2];
    if (!link || !what || what.sentence !== word.sentence || !PLACED.has(link.folded)) return [];
    const particular =
      what.raw !== what.folded || hasDigit(what.folded) || DAY_WORDS.has(what.folded) || WHEN_WORDS.has(what.folded) ||
      (what.folded === 'the' && words[index + 3]?.sentence === word.sentence && words[index + 3]!.raw !== words[index + 3]!.folded);
    const last = what.folded === 'the' && what.raw === what.folded ? words[index + 3]! : what;
    return particular ? [{ range: [adjective.startAt, last.endAt] as Range, source: 'work' as const }] : [];
  });
}

/** Owners that name the thing without saying whose it is: "the deck" may well be the writer's own. */
const ARTICLES = wordSet('the this that');
/** The writer acting in the sentence: "send you the final report", "Want me to send over the deck?". */
/** Words before "the talk" that place it as something met, read or thanked for, not something sent. */
const MET_OR_READ = wordSet('after from since during reading read loved enjoyed watched heard for');
/** "hope the reefer tracking project is going well", "congrats on the seed round". */
const WISHED_ON = wordSet('hope on admired liked love');
const GREETINGS = wordSet('hi hey hello dear');
const SPEAKERS = wordSet("i i'd we you you'd");
const TALKED_OF = wordSet('mentioned discussed talked promised recommended suggested');
const WRITER_WORDS = new Set([...SELF_OWNERS, 'me', 'us', "i'm", "i'd", "i'll", "we're", "we'd", "we'll"]);

/**
 * "the post about their launch", "the KubeCon keynote", "the flag library you maintain" are theirs or
 * public; "the deck", "the discovery deck" or "the final report" in a sentence where the writer sends
 * or asks are the writer's own things. An article owns the noun only with a detail after it, a name
 * or figure before it, or a describing word in a sentence of praise where the writer does nothing.
 */
function theirsByArticle(doc: Doc, owner: number, noun: number): boolean {
  const word = doc.words[owner];
  if (!word || !ARTICLES.has(word.folded) || hasDetailAfter(doc, noun) || talkedAbout(doc, noun)) return true;
  const between = doc.words.slice(owner + 1, noun);
  if (between.some((w) => w.raw !== w.folded || hasDigit(w.folded))) return true;
  const sentence = doc.sentences[word.sentence];
  if (!sentence) return false;
  // "since reading the paper", "thanked you for the workshop", "great to connect after the panel".
  const before = doc.words[owner - 1];
  if (
    before?.sentence === word.sentence &&
    (MET_OR_READ.has(before.folded) || (before.folded === 'at' && !sentence.question))
  )
    return true;
  // "The malaria diagnostics work deserves it": a described thing the sentence is about, not one handed over
  // ("Happy to send over the pitch deck", "Book a walkthrough of the invoice-matching tool").
  if (sentence.question || !hasModifier(doc, owner, noun)) return false;
  const opensSentence = doc.words
    .slice(sentence.firstWord, owner)
    .every((w) => w.raw !== w.folded || GREETINGS.has(w.folded));
  if (!opensSentence && !WISHED_ON.has(before?.folded ?? '')) return false;
  return !sentenceHolds(doc, word.sentence, WRITER_WORDS);
}

/** "the template I mentioned", "the book we discussed": a thing from a conversation they were part of. */
function talkedAbout(doc: Doc, noun: number): boolean {
  const who = doc.words[noun + 1];
  const verb = doc.words[noun + 2];
  return !!who && !!verb && SPEAKERS.has(who.folded) && TALKED_OF.has(verb.folded);
}

const COPULAS = wordSet('is was are were');

function ownerBefore(doc: Doc, index: number): number | undefined {
  const sentence = doc.words[index]?.sentence;
  for (let back = index - 1; back >= Math.max(0, index - LOOK_BACK); back--) {
    const word = doc.words[back];
    if (!word || word.sentence !== sentence) return undefined;
    // "That is good work for this town": said of it, not owned by them.
    if (SELF_OWNERS.has(word.folded) || INDEFINITE.has(word.folded) || COPULAS.has(word.folded)) return undefined;
    if (THEIR_OWNERS.has(word.folded)) return back;
  }
  return undefined;
}

/** "your work at Stripe", but not "your work at Stripe on refunds": where, with no what. */
function onlyAWorkplace(doc: Doc, index: number): boolean {
  if (!WORKPLACE_LINKS.has(doc.words[index + 1]?.folded ?? '')) return false;
  const sentence = doc.words[index]?.sentence;
  return !doc.words
    .slice(index + 3, index + 3 + WORKPLACE_REACH)
    .some((word) => word.sentence === sentence && TOPIC_LINKS.has(word.folded));
}

/** "the malaria diagnostics work": a particular word between owner and noun makes it specific. */
function hasModifier(doc: Doc, owner: number, noun: number): boolean {
  return doc.words
    .slice(owner + 1, noun)
    .some((word) => !GENERIC_YOURS.has(word.folded) && !STOPWORDS.has(word.folded) && !INDEFINITE.has(word.folded));
}

function onlyGenericBetween(doc: Doc, owner: number, noun: number): boolean {
  const between = doc.words.slice(owner + 1, noun);
  return between.length > 0 && between.every((word) => GENERIC_YOURS.has(word.folded));
}

/** "your work on flood maps", but not "your work in the supply chain space" (a domain anyone is in). */
function hasDetailAfter(doc: Doc, index: number): boolean {
  const next = doc.words[index + 1];
  const after = doc.words[index + 2];
  if (!next || !after || next.sentence !== doc.words[index]?.sentence) return false;
  // "your post looking for a book", "your thread explaining the outage": what follows says which one.
  if (isParticiple(next.folded) && !doc.text.slice(doc.words[index]?.endAt ?? 0, next.startAt).trim()) return true;
  if (!DETAIL_LINKS.has(next.folded)) return false;
  return !namesOnlyADomain(doc, index + 2);
}

/** "the supply chain space", "the tech industry": lowercase words ending in a domain anyone is in. */
function namesOnlyADomain(doc: Doc, from: number): boolean {
  const sentence = doc.words[from]?.sentence;
  for (let at = from; at < from + DOMAIN_REACH; at++) {
    const word = doc.words[at];
    if (!word || word.sentence !== sentence) return false;
    if (word.raw !== word.folded || hasDigit(word.folded)) return false;
    if (HOLLOW_DOMAINS.has(word.folded)) return true;
  }
  return false;
}

/** Headline words that say a rank or are any adjective: "Senior", "Chief", "Real" (of "Real Estate"). */
const TITLE_WORDS = wordSet('real senior junior chief general global principal associate assistant acting interim');

/** Company words any organisation of its kind has: "county" of "Hastings County Roads", "group", "services". */
const COMPANY_FORMS = wordSet('county city council state group company inc ltd llc plc corp services solutions partners');

function profileWords(doc: Doc): WorkMention[] {
  const { headline, company } = doc.draft.recipient;
  const headlineWords = new Set(contentWords(headline).filter((word) => word.length >= 4 && !TITLE_WORDS.has(word)));
  const companyWords = new Set(contentWords(company).filter((word) => !COMPANY_FORMS.has(word)));
  const mentions: WorkMention[] = [];
  if (headlineWords.size === 0 && companyWords.size === 0) return mentions;
  for (const word of doc.words) {
    if (companyWords.has(word.folded)) mentions.push({ range: [word.startAt, word.endAt], source: 'company' });
    else if (headlineWords.has(word.folded))
      mentions.push({ range: [word.startAt, word.endAt], source: 'headline' });
  }
  return mentions;
}

/** The end of a hyphenated compound starting at word `index` ("call-out"), so ranges quote whole words. */
function compoundEnd(doc: Doc, index: number): number {
  let at = index;
  while (doc.words[at]?.hyphenNext && doc.words[at + 1]) at++;
  return doc.words[at]?.endAt ?? 0;
}

function isParticiple(text: string): boolean {
  return text.length >= 6 && text.endsWith('ing');
}

function isAcronym(raw: string): boolean {
  return raw.length >= 2 && isAllCapitals(raw);
}

function hasDigit(text: string): boolean {
  for (const char of text) if (char >= '0' && char <= '9') return true;
  return false;
}

const QUOTES = new Set(["'", '"', '‘', '“']);

/** "your 'what I learned on call' posts": a quoted title follows. */
function quoted(doc: Doc, before: { endAt: number }, next: { startAt: number }): boolean {
  return [...doc.text.slice(before.endAt, next.startAt)].some((char) => QUOTES.has(char));
}
