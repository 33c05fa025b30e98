import {
  COURTESIES,
  FAVOUR_FILLERS,
  FAVOUR_MODALS,
  FAVOUR_VERBS,
  HELP_GIVEN,
  NOT_A_REQUEST_BEFORE,
  PLEASE_VERBS,
  YOUR_YES_SINGLE,
} from '../phrases/asks';
import { memoKey, type Doc } from '../text/doc';
import type { PhraseMatch } from '../text/phrase-matcher';
import { passedOnIfUseful } from './passed-on';
import { findPoliteAsks } from './polite-asks';
import { flatMapWordsIn, forEachWordIn } from '../text/word-index';
import { wordList, wordSet } from '../text/word-set';

const FAVOUR = { phrase: 'could / can / would you + a favour' }; // favour asked by its shape
/** "could you possibly just sign": at most this many fillers between "you" and the verb. */
const FILLER_REACH = 2;

const findFavourRequestsKey = memoKey();

/**
 * "Could you get me a speaking slot?", "would you mind voting?", "can you sign and send it round?":
 * a favour asked of the reader by the shape of the sentence, whatever it is for. A question or a
 * "please" sentence only, and only where the modal opens the clause ("let me know if you could sign"
 * leaves it to them).
 */
export function findFavourRequests(doc: Doc): readonly PhraseMatch[] {
  return doc.cached(findFavourRequestsKey, findFavourRequestsAfresh);
}

function findFavourRequestsAfresh(doc: Doc): readonly PhraseMatch[] {
  const { words } = doc;
  const found: PhraseMatch[] = [];
  forEachWordIn(doc, FAVOUR_MODALS, (modal, at) => {
    if (!FAVOUR_MODALS.has(modal.folded) || words[at + 1]?.folded !== 'you') return;
    const sentence = doc.sentences[modal.sentence];
    if (!sentence) return;
    const asking = sentence.question || words.slice(sentence.firstWord, sentence.endWord).some((w) => w.folded === 'please');
    if (!asking) return;
    const before = words[at - 1];
    if (before && before.sentence === modal.sentence && NOT_A_REQUEST_BEFORE.has(before.folded)) return;
    let verb = at + 2;
    while (verb < at + 2 + FILLER_REACH && FAVOUR_FILLERS.has(words[verb]?.folded ?? '')) verb++;
    const last = words[verb];
    if (!last || last.sentence !== modal.sentence) return;
    if (!FAVOUR_VERBS.has(last.folded) && !sharesTheirInternals(doc, verb)) return;
    found.push({ phrase: FAVOUR, firstAt: at, lastAt: verb, range: [modal.startAt, last.endAt] });
  });
  // "Would your company be able to cover your travel?": the favour asked of their employer.
  forEachWordIn(doc, FAVOUR_MODALS, (modal, at) => {
    if (!FAVOUR_MODALS.has(modal.folded) || words[at + 1]?.folded !== 'your' || !doc.sentences[modal.sentence]?.question) return;
    const be = [at + 3, at + 4].find((index) => words[index]?.folded === 'be' && words[index + 1]?.folded === 'able');
    if (be === undefined || words[be + 1]!.sentence !== modal.sentence) return;
    found.push({ phrase: FAVOUR, firstAt: at, lastAt: be + 1, range: [modal.startAt, words[be + 1]!.endAt] });
  });
  return [
    ...found,
    ...pleaseDo(doc),
    ...forYouTo(doc),
    ...wishedOfThem(doc),
    ...hopedOfThem(doc),
    ...findPoliteAsks(doc),
  ].sort((a, b) => a.firstAt - b.firstAt);
}

const PLEASE_DO = { phrase: 'please / kindly + a favour' }; // favour asked outright
const PLEASE = wordSet('please kindly pls plz');
const CLAUSE_JOINERS = wordSet('and but so also');
const CLAUSE_MARKS = wordSet(', ; : - – —');
const COURTESY_REACH = 4;
/** "Please accept my connection": the invitation itself, asked in a second language's courtesy. */
const THE_INVITATION = wordSet('connection invitation invite request');

/** "Please vote for Copper Pot Kitchen", "kindly share your CV": a favour asked outright, at the start of a clause. */
function pleaseDo(doc: Doc): PhraseMatch[] {
  const { words } = doc;
  return flatMapWordsIn(doc, PLEASE, (word, at) => {
    if (!PLEASE.has(word.folded)) return [];
    const before = words[at - 1];
    const opensClause =
      !before ||
      before.sentence !== word.sentence ||
      CLAUSE_JOINERS.has(before.folded) ||
      CLAUSE_MARKS.has(doc.text.slice(before.endAt, word.startAt).trim().slice(-1));
    const verb = words[at + 1];
    if (!opensClause || !verb || verb.sentence !== word.sentence || !PLEASE_VERBS.has(verb.folded)) return [];
    if (passedOnIfUseful(doc, at + 1)) return [];
    const courteous = words
      .slice(at + 2, at + 2 + COURTESY_REACH)
      .some(
        (next) =>
          next.sentence === word.sentence &&
          (COURTESIES.has(next.folded) || (verb.folded === 'accept' && THE_INVITATION.has(next.folded))),
      );
    return courteous ? [] : [{ phrase: PLEASE_DO, firstAt: at, lastAt: at + 1, range: [word.startAt, verb.endAt] }];
  });
}

const FOR_YOU_TO = { phrase: '… for you to <do>?' }; // work handed to the reader
/** "for you to keep", "for you to enjoy": a gift's purpose, not work asked of them. */
const KEEPING = wordSet('keep enjoy have read use try look see browse');

/** "Can I drop some cards round for you to hand out?": a question that hands the reader work to do. */
function forYouTo(doc: Doc): PhraseMatch[] {
  const { words } = doc;
  return flatMapWordsIn(doc, 'for', (word, at) => {
    if (word.folded !== 'for' || words[at + 1]?.folded !== 'you' || words[at + 2]?.folded !== 'to') return [];
    const verb = words[at + 3];
    if (!verb || verb.sentence !== word.sentence || KEEPING.has(verb.folded)) return [];
    if (!doc.sentences[word.sentence]?.question) return [];
    return [{ phrase: FOR_YOU_TO, firstAt: at, lastAt: at + 3, range: [word.startAt, verb.endAt] }];
  });
}

const WISHED = { phrase: "I'd be grateful / would love … from you / to join your / if you" }; // favour wished for
const WOULD = wordSet("would i'd we'd wd");
const WANTING = wordSet(
  'love like appreciate grateful value welcome honoured honored honor honour thankful delighted thrilled ' +
  // "it would be great if you could take a look": their yes wished for, however it is praised.
  'great amazing wonderful fantastic brilliant helpful awesome ideal',
);
/** "would be amazing to have you speak", "to have you on the panel": a slot on my bill. */
const ON_THE_BILL = wordSet('speak present on join talk as keynote judge host');
const GUESTS = wordSet('guest guests');

const HOSTS = wordSet('our my');

/**
 * "We would be honoured to have you as our guests": an invitation, not a slot on my bill ("to have
 * you as a guest", "as our guest on the podcast").
 */
function asOurGuest(doc: Doc, as: number): boolean {
  const { words } = doc;
  return (
    words[as]?.folded === 'as' &&
    HOSTS.has(words[as + 1]?.folded ?? '') &&
    GUESTS.has(words[as + 2]?.folded ?? '') &&
    words[as + 3]?.folded !== 'on'
  );
}
const CHANCES = wordSet('chance opportunity');
const PLACES_ON_THEIR_WORK = wordSet(
  'work labour labor shadow join intern assist interview present pitch demo',
);
/** "would like to license your index", "would love to feature you": a thing of theirs, taken for my use. */
const TAKING = wordSet('license licence buy purchase borrow feature interview reprint quote');
/** "would love your feedback and maybe a share", "delighted to receive a manuscript": a thing of theirs for me. */
const FAVOURS_WISHED = wordSet(
  'receive share repost vote upvote star endorsement shoutout testimonial donation signature feedback',
);
const VERB_OR_NOUN = wordSet('share repost vote upvote star');
const THING_OPENERS = wordSet('a your any');
const WANT_REACH = 3;
/** "if you could …", "if you agree": their yes is what is asked for. */
const ASKING_MODALS = wordSet('could would can might agree accept');
const WHAT_REACH = 6;
/** "would love to hear from you", "to learn from you": a reply or their example, not a thing asked of them. */
const NOT_A_THING = wordSet('hear learn learning hearing');

/**
 * "I would love a foreword from you", "would be grateful to join your group", "I'd appreciate it if
 * you could …": a favour wished for in the conditional, whatever it is.
 */
function wishedOfThem(doc: Doc): PhraseMatch[] {
  const { words } = doc;
  const found: PhraseMatch[] = [];
  forEachWordIn(doc, WOULD, (word, at) => {
    if (!WOULD.has(word.folded)) return;
    let want = -1;
    for (let next = at + 1; next <= at + WANT_REACH; next++) {
      if (words[next]?.sentence !== word.sentence) return;
      if (WANTING.has(words[next]?.folded ?? '')) {
        want = next;
        break;
      }
    }
    if (want < 0) return;
    for (let next = want + 1; next <= want + WHAT_REACH; next++) {
      const here = words[next];
      const after = words[next + 1];
      if (!here || here.sentence !== word.sentence || !after || after.sentence !== word.sentence) return;
      if (NOT_A_THING.has(here.folded)) return;
      const fromYou = here.folded === 'from' && after.folded === 'you';
      // "would value any advice or introductions you could offer"
      const youCould = here.folded === 'you' && after.folded === 'could';
      const joinYours = here.folded === 'join' && after.folded === 'your';
      // "if you could …" asks; "if you need more hands" offers.
      const ifYou =
        here.folded === 'if' &&
        ((after.folded === 'you' && ASKING_MODALS.has(words[next + 2]?.folded ?? '')) || YOUR_YES_SINGLE.has(after.folded));
      // "would like to license your index", "would appreciate any information on openings".
      // "would like to buy your map rights" takes; "would like to buy you a beer" treats.
      const treat = here.folded === 'buy' && after.folded === 'you';
      const taking = TAKING.has(here.folded) && (after.folded === 'your' || after.folded === 'you') && !treat;
      const anyHelp = here.folded === 'any' && HELP_GIVEN.has(after.folded);
      // "I'd love to be part of it" (their team), "would be amazing to have you speak": a place, a slot.
      const partOf = here.folded === 'part' && after.folded === 'of';
      const haveYou =
        here.folded === 'have' && after.folded === 'you' && ON_THE_BILL.has(words[next + 2]?.folded ?? '') && !asOurGuest(doc, next + 2);
      // "would really appreciate a chance to labour for you": a place on their work, wished for.
      const chance = CHANCES.has(here.folded) && after.folded === 'to' && PLACES_ON_THEIR_WORK.has(words[next + 2]?.folded ?? '');
      if (taking || anyHelp || chance || partOf || haveYou) {
        found.push({ phrase: WISHED, firstAt: at, lastAt: next + 1, range: [word.startAt, after.endAt] });
        return;
      }
      // "would love a share" asks; "would love to share the results with you" offers.
      const favour = FAVOURS_WISHED.has(here.folded) && (!VERB_OR_NOUN.has(here.folded) || THING_OPENERS.has(words[next - 1]?.folded ?? ''));
      if (fromYou || joinYours || ifYou || youCould || favour) {
        const last = favour ? here : after;
        found.push({ phrase: WISHED, firstAt: at, lastAt: favour ? next : next + 1, range: [word.startAt, last.endAt] });
        return;
      }
    }
  });
  return found;
}

const HOPED = { phrase: "hope you'll come / join / subscribe …" }; // favour hoped for
const YOU_WILL = wordSet("you'll youll");
/** What a stranger is hoped to do for the writer: come to my session, subscribe, share. */
const HOPED_VERBS = wordSet(
  'come join attend subscribe follow share vote support sign buy repost consider donate register',
);

/** "Hope you'll come to my session", "hope you will subscribe": a favour hoped for is still asked. */
function hopedOfThem(doc: Doc): PhraseMatch[] {
  const { words } = doc;
  return flatMapWordsIn(doc, 'hope', (word, at) => {
    if (word.folded !== 'hope') return [];
    const you = words[at + 1];
    const single = you && YOU_WILL.has(you.folded);
    const verbAt = single ? at + 2 : you?.folded === 'you' && wordList(
      'will can',
    ).includes(words[at + 2]?.folded ?? '') ? at + 3 : -1;
    const verb = words[verbAt];
    if (!verb || verb.sentence !== word.sentence || !HOPED_VERBS.has(verb.folded)) return [];
    return [{ phrase: HOPED, firstAt: at, lastAt: verbAt, range: [word.startAt, verb.endAt] }];
  });
}

/** What people share when asked about themselves: "could you share your thoughts on …" is curiosity. */
const VIEWS_SHARED = wordSet(
  'thoughts views view take perspective opinion experience experiences story journey thinking insights ' +
  'insight advice tips lessons approach',
);
const SHARED_REACH = 3;

const WORKING_MATERIAL = wordSet(
  'code data dataset datasets slides script scripts files template spreadsheet recording protocol ' +
  'notebook source raw',
);

/**
 * "Could you share your internal staffing model and salary bands?": their organisation's documents
 * or figures asked for. Sharing their view or their story is a question about them.
 */
function sharesTheirInternals(doc: Doc, verb: number): boolean {
  const { words } = doc;
  if (words[verb]?.folded !== 'share') return false;
  // "Could you share the code used for the analysis?": their working material asked for.
  if (words[verb + 1]?.folded === 'the') return WORKING_MATERIAL.has(words[verb + 2]?.folded ?? '');
  if (words[verb + 1]?.folded !== 'your') return false;
  for (let at = verb + 2; at <= verb + 1 + SHARED_REACH; at++) {
    const word = words[at];
    if (!word || word.sentence !== words[verb]!.sentence) return true;
    if (VIEWS_SHARED.has(word.folded)) return false;
  }
  return true;
}
