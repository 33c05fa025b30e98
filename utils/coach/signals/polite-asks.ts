import { WRITER_POSSESSIVES } from '../phrases/pronouns';
import { COLLATERAL } from '../phrases/offers-value';
import { HELP_GIVEN, YOUR_YES_SINGLE } from '../phrases/asks';
import type { Doc } from '../text/doc';
import type { PhraseMatch } from '../text/phrase-matcher';
import { handedOverCues } from './phrase-sets';
import { wordReach } from './word-reach';
import { flatMap } from '../text/flat-map';
import { flatMapWordsIn, forEachWordIn } from '../text/word-index';
import { wordSet } from '../text/word-set';

// Favours asked politely, found by the sentence's shape: wondered about, thanked for in advance,
// asked leave for, attached to be read, testers sought, a gift sent to be promoted, the reader's
// interest asked for. findFavourRequests (favour-requests.ts) reports them with its own shapes.

/** Every polite ask in the note, in no particular order. */
export function findPoliteAsks(doc: Doc): PhraseMatch[] {
  return [
    ...wonderedOfThem(doc),
    ...interestAsked(doc),
    ...appreciatedIfGiven(doc),
    ...gladIfYouWould(doc),
    ...askedLeave(doc),
    ...attachedToRead(doc),
    ...testersSought(doc),
    ...sentToPromote(doc),
  ];
}

const WONDERED = { phrase: "I was wondering if you could / whether it is available" }; // favour asked as a wonder
const WONDER = wordSet('wondering wonder wondered');
const WHETHER = wordSet('if whether');
/** "if you could share", "whether you'd be willing": their yes is what is wondered about. */
const YOUR_YES = wordSet('could can might would');
/** "whether you would agree", "if you'd say": their view, not a favour. */
const VIEWS = wordSet('agree say describe think call recommend approach handle do');
/** "whether the dataset is available", "if it would be possible to get a copy". */
const ON_OFFER = wordSet('available possible headcount openings vacancies hiring');
/** "wondering if you offer mentoring": their services, asked after. */
const SERVICES = wordSet('offer provide take accept');
/** "wondered what you'd charge for a consultation": a quote asked for. */
const PRICED = wordSet('charge cost costs rate rates price fee fees');
const WONDER_REACH = 2;
const WHAT_WONDERED_REACH = 7;

/**
 * "I was wondering if you could share the slides", "I wonder whether the dataset is available":
 * a favour asked as something wondered about. Curiosity about their work ("I wonder whether the
 * effect holds at scale") names no yes of theirs and nothing to hand over.
 */
function wonderedOfThem(doc: Doc): PhraseMatch[] {
  const { words } = doc;
  const found: PhraseMatch[] = [];
  forEachWordIn(doc, WONDER, (word, at) => {
    if (!WONDER.has(word.folded)) return;
    const sentence = word.sentence;
    let from = -1;
    for (let next = at + 1; next <= at + WONDER_REACH; next++) {
      if (words[next]?.sentence !== sentence) return;
      if (WHETHER.has(words[next]!.folded) || words[next]!.folded === 'what') {
        from = next + 1;
        break;
      }
    }
    if (from < 0) return;
    for (let next = from; next < from + WHAT_WONDERED_REACH; next++) {
      const here = words[next];
      if (!here || here.sentence !== sentence) return;
      const modal = here.folded === 'you' && YOUR_YES.has(words[next + 1]?.folded ?? '') ? next + 1 : YOUR_YES_SINGLE.has(here.folded) ? next : -1;
      const yes = modal >= 0 && words[modal + 1]?.sentence === sentence && !VIEWS.has(words[modal + 1]?.folded ?? '');
      const services = here.folded === 'you' && SERVICES.has(words[next + 1]?.folded ?? '') ? next + 1 : -1;
      if (services >= 0 || PRICED.has(here.folded)) {
        const last = Math.max(services, next);
        found.push({ phrase: WONDERED, firstAt: at, lastAt: last, range: [word.startAt, words[last]!.endAt] });
        return;
      }
      if (words[from - 1]?.folded === 'what') continue;
      if (yes || ON_OFFER.has(here.folded)) {
        const last = yes ? modal : next;
        found.push({ phrase: WONDERED, firstAt: at, lastAt: last, range: [word.startAt, words[last]!.endAt] });
        return;
      }
    }
  });
  return found;
}

const INTEREST_ASKED = { phrase: 'Interested? / Would that be of interest?' }; // their interest asked for
const INTEREST = wordSet('interested interest keen');
/** "Interested?", "Any interest?", "Keen at all?": a question of a few words closes a pitch. */
const BARE_QUESTION_WORDS = 4;
/** "Interested at all?", "Would that interest you?": nothing more is asked after the interest. */
const CLOSING_TAIL = wordSet('at all you');
const OPENS_OPEN = wordSet("what what's whats which how why where who");

/**
 * "Your lab would be a great fit. Interested?", "Would that be of interest?": the reader's interest
 * asked for, the close of a pitch. "What's of interest to you lately?" asks about them instead.
 */
function interestAsked(doc: Doc): PhraseMatch[] {
  return flatMap(doc.sentences, (sentence) => {
    if (!sentence.question || sentence.endWord <= sentence.firstWord) return [];
    const words = doc.words.slice(sentence.firstWord, sentence.endWord);
    if (OPENS_OPEN.has(words[0]!.folded)) return [];
    const at = words.findIndex(
      (word, i) =>
        INTEREST.has(word.folded) &&
        ((words.length <= BARE_QUESTION_WORDS && words.slice(i + 1).every((after) => CLOSING_TAIL.has(after.folded))) ||
          (word.folded === 'interest' && words[i - 1]?.folded === 'of')),
    );
    if (at < 0) return [];
    const first = words[0]!;
    const last = words[at]!;
    return [{ phrase: INTEREST_ASKED, firstAt: sentence.firstWord, lastAt: sentence.firstWord + at, range: [first.startAt, last.endAt] }];
  });
}

const APPRECIATED_IF = { phrase: 'any advice would be appreciated' }; // favour thanked for in advance
const APPRECIATED = wordSet('appreciated welcome welcomed helpful invaluable gold');
const DEGREE_REACH = 2;

/**
 * "Any insight into the search would be hugely appreciated", "your advice would be invaluable":
 * help asked for by thanking for it before it is given.
 */
function appreciatedIfGiven(doc: Doc): PhraseMatch[] {
  const { words } = doc;
  const { findAfter } = wordReach(doc);
  return flatMapWordsIn(doc, 'would', (word, at) => {
    if (word.folded !== 'would' || words[at + 1]?.folded !== 'be') return [];
    // "would be (hugely) appreciated": a few words of degree may come between.
    const valued = findAfter(at + 1, DEGREE_REACH + 1, APPRECIATED);
    if (valued < 0) return [];
    let help = -1;
    for (let before = at - 1; before >= 0 && words[before]!.sentence === word.sentence; before--) {
      if (HELP_GIVEN.has(words[before]!.folded)) help = before;
    }
    if (help < 0) return [];
    return [{ phrase: APPRECIATED_IF, firstAt: help, lastAt: valued, range: [words[help]!.startAt, words[valued]!.endAt] }];
  });
}

const GLAD_IF = { phrase: 'I would be glad if you …' }; // favour asked as a wish
const GLAD = wordSet('glad grateful happy delighted thankful pleased honoured honored obliged');
/** "I'd be glad if you found it useful", "happy if you need anything": their benefit or their need, hoped for. */
const THEIR_EXPERIENCE = wordSet(
  'find found enjoy enjoyed like liked love loved are were got get feel felt have had agree agreed ' +
  'benefit benefited need needed want wanted ever ignore ignored',
);
const GLAD_REACH = 2;

/**
 * "I would be very glad if you gave his application a careful look", "we would be glad if you list
 * our probe": the favour put as the writer's wish. Not a hope for their good ("glad if you find it
 * useful"), nor an offer on their need ("happy if you ever need a hand").
 */
function gladIfYouWould(doc: Doc): PhraseMatch[] {
  const { words } = doc;
  const { findAfter } = wordReach(doc);
  return flatMapWordsIn(doc, 'be', (word, at) => {
    if (word.folded !== 'be') return [];
    const glad = findAfter(at, GLAD_REACH, GLAD);
    if (glad < 0 || words[glad + 1]?.folded !== 'if' || words[glad + 2]?.folded !== 'you') return [];
    const modal = YOUR_YES.has(words[glad + 3]?.folded ?? '') ? glad + 4 : glad + 3;
    const verb = words[modal];
    if (!verb || verb.sentence !== word.sentence || THEIR_EXPERIENCE.has(verb.folded)) return [];
    return [{ phrase: GLAD_IF, firstAt: at, lastAt: modal, range: [word.startAt, verb.endAt] }];
  });
}

const ASKED_LEAVE = { phrase: 'could I ask you to / for' }; // favour asked by asking leave to ask
const LEAVE_MODALS = wordSet('could can may might');

/** "Could I ask you to email me a copy?", "may I ask you for a quick favour": the ask, asked politely. */
function askedLeave(doc: Doc): PhraseMatch[] {
  const { words } = doc;
  return flatMapWordsIn(doc, LEAVE_MODALS, (word, at) => {
    if (!LEAVE_MODALS.has(word.folded) || words[at + 1]?.folded !== 'i' || words[at + 2]?.folded !== 'ask') return [];
    const whom = words[at + 3];
    const what = words[at + 4];
    if (!whom || !what || what.sentence !== word.sentence || whom.folded !== 'you' || (what.folded !== 'to' && what.folded !== 'for'))
      return [];
    return [{ phrase: ASKED_LEAVE, firstAt: at, lastAt: at + 4, range: [word.startAt, what.endAt] }];
  });
}

const ATTACHED = { phrase: 'I have attached my … / please find attached' }; // my thing handed over to be read
const ATTACHING = wordSet('attached attaching enclosed enclosing');
const ATTACHED_BY = wordSet("have i've we've ive weve i we find i'm we're am are");
/** "a short proposal", "a copy of my CV": what a stranger attaches to be read ("a photo of you" is a gift). */
const PAPERS_TO_READ = new Set([
  ...COLLATERAL, 'cv', 'resume', 'résumé', 'portfolio', 'proposal', 'abstract', 'summary', 'draft', 'plan', 'presentation',
  'copy', 'application', 'letter',
]);
const PAPER_REACH = 3;

/**
 * "I have attached a short proposal", "please find attached my CV": the writer's thing handed over
 * for the reader to read. What they asked for or I promised ("attached is the paper I mentioned")
 * is a give instead.
 */
function attachedToRead(doc: Doc): PhraseMatch[] {
  const { words } = doc;
  const { findAfter, sameSentence } = wordReach(doc);
  const cued = new Set(handedOverCues.find(doc).map((match) => words[match.firstAt]?.sentence));
  return flatMapWordsIn(doc, ATTACHING, (word, at) => {
    if (!ATTACHING.has(word.folded) || !ATTACHED_BY.has(words[at - 1]?.folded ?? '') || cued.has(word.sentence)) return [];
    if (!sameSentence(at, at + 1)) return [];
    const paper = WRITER_POSSESSIVES.has(words[at + 1]!.folded) ? at + 1 : findAfter(at, PAPER_REACH, PAPERS_TO_READ);
    if (paper < 0) return [];
    const from = words[at - 1]!;
    return [{ phrase: ATTACHED, firstAt: at - 1, lastAt: paper, range: [from.startAt, words[paper]!.endAt] }];
  });
}

const TESTERS = { phrase: 'looking for labs / teams to test it' }; // people sought to try my thing
const SEEKING_NOW = wordSet('looking searching seeking recruiting');
const TRYING = wordSet('test try pilot trial evaluate beta');
const WHO_REACH = 4;
/** "we are looking for", "I'm currently seeking": the writer's search now, not one told of. */
const NOW = wordSet("are am we're i'm currently now still actively also is");

/** "We are looking for labs to test it", "recruiting a few teams to pilot our tool": users sought, a pitch's ask. */
function testersSought(doc: Doc): PhraseMatch[] {
  const { words } = doc;
  return flatMapWordsIn(doc, SEEKING_NOW, (word, at) => {
    if (!SEEKING_NOW.has(word.folded) || words[at + 1]?.folded !== 'for' || !NOW.has(words[at - 1]?.folded ?? '')) return [];
    for (let to = at + 2; to <= at + 2 + WHO_REACH; to++) {
      const here = words[to];
      if (!here || here.sentence !== word.sentence) return [];
      const verb = words[to + 1];
      if (here.folded === 'to' && verb && verb.sentence === word.sentence && TRYING.has(verb.folded))
        return [{ phrase: TESTERS, firstAt: at, lastAt: to + 1, range: [word.startAt, verb.endAt] }];
    }
    return [];
  });
}

const SENT_TO_PROMOTE = { phrase: 'send you some kit to feature' }; // a gift with a promotion expected
const PROMOTING = wordSet('feature review promote showcase mention unbox');
const PURPOSE_REACH = 6;

/** "would love to send you some kit to feature in a video": the gift carries the ask. */
function sentToPromote(doc: Doc): PhraseMatch[] {
  const { words } = doc;
  return flatMapWordsIn(doc, 'send', (word, at) => {
    if (word.folded !== 'send' || words[at + 1]?.folded !== 'you') return [];
    for (let to = at + 2; to <= at + 2 + PURPOSE_REACH; to++) {
      const here = words[to];
      const verb = words[to + 1];
      if (!here || !verb || verb.sentence !== word.sentence) return [];
      if (here.folded === 'to' && PROMOTING.has(verb.folded))
        return [{ phrase: SENT_TO_PROMOTE, firstAt: at, lastAt: to + 1, range: [word.startAt, verb.endAt] }];
    }
    return [];
  });
}
