import {
  COURTESIES,
  FAVOUR_FILLERS,
  FAVOUR_MODALS,
  FAVOUR_VERBS,
  NOT_A_REQUEST_BEFORE,
  PLEASE_VERBS,
} from '../phrases/asks';
import type { Doc } from '../text/doc';
import { COLLATERAL } from '../phrases/offers-value';
import { handedOverCues } from './phrase-sets';
import type { PhraseMatch } from '../text/phrase-matcher';

const FAVOUR = { phrase: 'could / can / would you + a favour', note: 'favour asked by its shape' };
/** "could you possibly just sign": at most this many fillers between "you" and the verb. */
const FILLER_REACH = 2;

/**
 * "Could you get me a speaking slot?", "would you mind voting?", "can you sign and send it round?":
 * a favour asked of the reader by the shape of the sentence, whatever it is for. A question or a
 * "please" sentence only, and only where the modal opens the clause ("let me know if you could sign"
 * leaves it to them).
 */
export function findFavourRequests(doc: Doc): readonly PhraseMatch[] {
  return doc.memo(findFavourRequests, () => {
    const { words } = doc;
    const found: PhraseMatch[] = [];
    words.forEach((modal, at) => {
      if (!FAVOUR_MODALS.has(modal.text) || words[at + 1]?.text !== 'you') return;
      const sentence = doc.sentences[modal.sentence];
      if (!sentence) return;
      const asking = sentence.question || words.slice(sentence.firstWord, sentence.endWord).some((w) => w.text === 'please');
      if (!asking) return;
      const before = words[at - 1];
      if (before && before.sentence === modal.sentence && NOT_A_REQUEST_BEFORE.has(before.text)) return;
      let verb = at + 2;
      while (verb < at + 2 + FILLER_REACH && FAVOUR_FILLERS.has(words[verb]?.text ?? '')) verb++;
      const last = words[verb];
      if (!last || last.sentence !== modal.sentence || !FAVOUR_VERBS.has(last.text)) return;
      found.push({ phrase: FAVOUR, first: at, last: verb, range: [modal.start, last.end] });
    });
    // "Would your company be able to cover your travel?": the favour asked of their employer.
    words.forEach((modal, at) => {
      if (!FAVOUR_MODALS.has(modal.text) || words[at + 1]?.text !== 'your' || !doc.sentences[modal.sentence]?.question) return;
      const be = [at + 3, at + 4].find((index) => words[index]?.text === 'be' && words[index + 1]?.text === 'able');
      if (be === undefined || words[be + 1]!.sentence !== modal.sentence) return;
      found.push({ phrase: FAVOUR, first: at, last: be + 1, range: [modal.start, words[be + 1]!.end] });
    });
    return [
      ...found,
      ...pleaseDo(doc),
      ...forYouTo(doc),
      ...wishedOfThem(doc),
      ...hopedOfThem(doc),
      ...wonderedOfThem(doc),
      ...interestAsked(doc),
      ...appreciatedIfGiven(doc),
      ...askedLeave(doc),
      ...attachedToRead(doc),
      ...testersSought(doc),
      ...sentToPromote(doc),
    ].sort((a, b) => a.first - b.first);
  });
}

const PLEASE_DO = { phrase: 'please / kindly + a favour', note: 'favour asked outright' };
const PLEASE = new Set(['please', 'kindly', 'pls', 'plz']);
const CLAUSE_JOINERS = new Set(['and', 'but', 'so', 'also']);
const CLAUSE_MARKS = new Set([',', ';', ':', '-', '–', '—']);
const COURTESY_REACH = 4;

/** "Please vote for Copper Pot Kitchen", "kindly share your CV": a favour asked outright, at the start of a clause. */
function pleaseDo(doc: Doc): PhraseMatch[] {
  const { words } = doc;
  return words.flatMap((word, at) => {
    if (!PLEASE.has(word.text)) return [];
    const before = words[at - 1];
    const opensClause =
      !before ||
      before.sentence !== word.sentence ||
      CLAUSE_JOINERS.has(before.text) ||
      CLAUSE_MARKS.has(doc.text.slice(before.end, word.start).trim().slice(-1));
    const verb = words[at + 1];
    if (!opensClause || !verb || verb.sentence !== word.sentence || !PLEASE_VERBS.has(verb.text)) return [];
    const courteous = words
      .slice(at + 2, at + 2 + COURTESY_REACH)
      .some((next) => next.sentence === word.sentence && COURTESIES.has(next.text));
    return courteous ? [] : [{ phrase: PLEASE_DO, first: at, last: at + 1, range: [word.start, verb.end] }];
  });
}

const FOR_YOU_TO = { phrase: '… for you to <do>?', note: 'work handed to the reader' };
/** "for you to keep", "for you to enjoy": a gift's purpose, not work asked of them. */
const KEEPING = new Set(['keep', 'enjoy', 'have', 'read', 'use', 'try', 'look', 'see', 'browse']);

/** "Can I drop some cards round for you to hand out?": a question that hands the reader work to do. */
function forYouTo(doc: Doc): PhraseMatch[] {
  const { words } = doc;
  return words.flatMap((word, at) => {
    if (word.text !== 'for' || words[at + 1]?.text !== 'you' || words[at + 2]?.text !== 'to') return [];
    const verb = words[at + 3];
    if (!verb || verb.sentence !== word.sentence || KEEPING.has(verb.text)) return [];
    if (!doc.sentences[word.sentence]?.question) return [];
    return [{ phrase: FOR_YOU_TO, first: at, last: at + 3, range: [word.start, verb.end] }];
  });
}

const WISHED = { phrase: "I'd be grateful / would love … from you / to join your / if you", note: 'favour wished for' };
const WOULD = new Set(['would', "i'd", "we'd", 'wd']);
const WANTING = new Set([
  'love', 'like', 'appreciate', 'grateful', 'value', 'welcome', 'honoured', 'honored', 'honor', 'honour', 'thankful',
  'delighted', 'thrilled',
  // "it would be great if you could take a look": their yes wished for, however it is praised.
  'great', 'amazing', 'wonderful', 'fantastic', 'brilliant', 'helpful', 'awesome', 'ideal',
]);
/** "would like to license your index", "would love to feature you": a thing of theirs, taken for my use. */
const ON_THE_BILL = new Set(['speak', 'present', 'on', 'join', 'talk', 'as', 'keynote', 'judge', 'host']);
const CHANCES = new Set(['chance', 'opportunity']);
const PLACES_ON_THEIR_WORK = new Set(['work', 'labour', 'labor', 'shadow', 'join', 'intern', 'assist', 'interview', 'present', 'pitch', 'demo']);
const TAKING = new Set(['license', 'licence', 'buy', 'purchase', 'borrow', 'feature', 'interview', 'reprint', 'quote']);
/** "would love your feedback and maybe a share", "delighted to receive a manuscript": a thing of theirs for me. */
const FAVOURS_WISHED = new Set([
  'receive', 'share', 'repost', 'vote', 'upvote', 'star', 'endorsement', 'shoutout', 'testimonial', 'donation',
  'signature', 'feedback',
]);
const VERB_OR_NOUN = new Set(['share', 'repost', 'vote', 'upvote', 'star']);
const THING_OPENERS = new Set(['a', 'your', 'any']);
const WANT_REACH = 3;
/** "if you could …", "if you agree": their yes is what is asked for. */
const ASKING_MODALS = new Set(['could', 'would', 'can', 'might', 'agree', 'accept']);
const WHAT_REACH = 6;
/** "would love to hear from you", "to learn from you": a reply or their example, not a thing asked of them. */
const NOT_A_THING = new Set(['hear', 'learn', 'learning', 'hearing']);

/**
 * "I would love a foreword from you", "would be grateful to join your group", "I'd appreciate it if
 * you could …": a favour wished for in the conditional, whatever it is.
 */
function wishedOfThem(doc: Doc): PhraseMatch[] {
  const { words } = doc;
  const found: PhraseMatch[] = [];
  words.forEach((word, at) => {
    if (!WOULD.has(word.text)) return;
    let want = -1;
    for (let next = at + 1; next <= at + WANT_REACH; next++) {
      if (words[next]?.sentence !== word.sentence) return;
      if (WANTING.has(words[next]?.text ?? '')) {
        want = next;
        break;
      }
    }
    if (want < 0) return;
    for (let next = want + 1; next <= want + WHAT_REACH; next++) {
      const here = words[next];
      const after = words[next + 1];
      if (!here || here.sentence !== word.sentence || !after || after.sentence !== word.sentence) return;
      if (NOT_A_THING.has(here.text)) return;
      const fromYou = here.text === 'from' && after.text === 'you';
      // "would value any advice or introductions you could offer"
      const youCould = here.text === 'you' && after.text === 'could';
      const joinYours = here.text === 'join' && after.text === 'your';
      // "if you could …" asks; "if you need more hands" offers.
      const ifYou =
        here.text === 'if' &&
        ((after.text === 'you' && ASKING_MODALS.has(words[next + 2]?.text ?? '')) || YOUR_YES_SINGLE.has(after.text));
      // "would love a share" asks; "would love to share the results with you" offers.
      // "would like to license your index", "would appreciate any information on openings".
      const taking = TAKING.has(here.text) && (after.text === 'your' || after.text === 'you');
      const anyHelp = here.text === 'any' && HELP_GIVEN.has(after.text);
      // "I'd love to be part of it" (their team), "would be amazing to have you speak": a place, a slot.
      const partOf = here.text === 'part' && after.text === 'of';
      const haveYou = here.text === 'have' && after.text === 'you' && ON_THE_BILL.has(words[next + 2]?.text ?? '');
      // "would really appreciate a chance to labour for you": a place on their work, wished for.
      const chance = CHANCES.has(here.text) && after.text === 'to' && PLACES_ON_THEIR_WORK.has(words[next + 2]?.text ?? '');
      if (taking || anyHelp || chance || partOf || haveYou) {
        found.push({ phrase: WISHED, first: at, last: next + 1, range: [word.start, after.end] });
        return;
      }
      const favour = FAVOURS_WISHED.has(here.text) && (!VERB_OR_NOUN.has(here.text) || THING_OPENERS.has(words[next - 1]?.text ?? ''));
      if (fromYou || joinYours || ifYou || youCould || favour) {
        const last = favour ? here : after;
        found.push({ phrase: WISHED, first: at, last: favour ? next : next + 1, range: [word.start, last.end] });
        return;
      }
    }
  });
  return found;
}

const HOPED = { phrase: "hope you'll come / join / subscribe …", note: 'favour hoped for' };
const YOU_WILL = new Set(["you'll", 'youll']);
/** What a stranger is hoped to do for the writer: come to my session, subscribe, share. */
const HOPED_VERBS = new Set([
  'come', 'join', 'attend', 'subscribe', 'follow', 'share', 'vote', 'support', 'sign', 'buy',
  'repost', 'consider', 'donate', 'register',
]);

/** "Hope you'll come to my session", "hope you will subscribe": a favour hoped for is still asked. */
function hopedOfThem(doc: Doc): PhraseMatch[] {
  const { words } = doc;
  return words.flatMap((word, at) => {
    if (word.text !== 'hope') return [];
    const you = words[at + 1];
    const single = you && YOU_WILL.has(you.text);
    const verbAt = single ? at + 2 : you?.text === 'you' && ['will', 'can'].includes(words[at + 2]?.text ?? '') ? at + 3 : -1;
    const verb = words[verbAt];
    if (!verb || verb.sentence !== word.sentence || !HOPED_VERBS.has(verb.text)) return [];
    return [{ phrase: HOPED, first: at, last: verbAt, range: [word.start, verb.end] }];
  });
}

const WONDERED = { phrase: "I was wondering if you could / whether it is available", note: 'favour asked as a wonder' };
const WONDER = new Set(['wondering', 'wonder', 'wondered']);
const WHETHER = new Set(['if', 'whether']);
/** "if you could share", "whether you'd be willing": their yes is what is wondered about. */
const YOUR_YES = new Set(['could', 'can', 'might', 'would']);
const YOUR_YES_SINGLE = new Set(["you'd", 'youd']);
/** "whether you would agree", "if you'd say": their view, not a favour. */
const VIEWS = new Set(['agree', 'say', 'describe', 'think', 'call', 'recommend', 'approach', 'handle', 'do']);
/** "whether the dataset is available", "if it would be possible to get a copy". */
const ON_OFFER = new Set(['available', 'possible', 'headcount', 'openings', 'vacancies', 'hiring']);
/** "wondering if you offer mentoring": their services, asked after. */
const SERVICES = new Set(['offer', 'provide', 'take', 'accept']);
/** "wondered what you'd charge for a consultation": a quote asked for. */
const PRICED = new Set(['charge', 'cost', 'costs', 'rate', 'rates', 'price', 'fee', 'fees']);
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
  words.forEach((word, at) => {
    if (!WONDER.has(word.text)) return;
    const sentence = word.sentence;
    let from = -1;
    for (let next = at + 1; next <= at + WONDER_REACH; next++) {
      if (words[next]?.sentence !== sentence) return;
      if (WHETHER.has(words[next]!.text) || words[next]!.text === 'what') {
        from = next + 1;
        break;
      }
    }
    if (from < 0) return;
    for (let next = from; next < from + WHAT_WONDERED_REACH; next++) {
      const here = words[next];
      if (!here || here.sentence !== sentence) return;
      const modal = here.text === 'you' && YOUR_YES.has(words[next + 1]?.text ?? '') ? next + 1 : YOUR_YES_SINGLE.has(here.text) ? next : -1;
      const yes = modal >= 0 && words[modal + 1]?.sentence === sentence && !VIEWS.has(words[modal + 1]?.text ?? '');
      const services = here.text === 'you' && SERVICES.has(words[next + 1]?.text ?? '') ? next + 1 : -1;
      if (services >= 0 || PRICED.has(here.text)) {
        const last = Math.max(services, next);
        found.push({ phrase: WONDERED, first: at, last, range: [word.start, words[last]!.end] });
        return;
      }
      if (words[from - 1]?.text === 'what') continue;
      if (yes || ON_OFFER.has(here.text)) {
        const last = yes ? modal : next;
        found.push({ phrase: WONDERED, first: at, last, range: [word.start, words[last]!.end] });
        return;
      }
    }
  });
  return found;
}

const INTEREST_ASKED = { phrase: 'Interested? / Would that be of interest?', note: 'their interest asked for' };
const INTEREST = new Set(['interested', 'interest', 'keen']);
/** "Interested?", "Any interest?", "Keen at all?": a question of a few words closes a pitch. */
const BARE_QUESTION_WORDS = 4;
/** "Interested at all?", "Would that interest you?": nothing more is asked after the interest. */
const CLOSING_TAIL = new Set(['at', 'all', 'you']);
const OPENS_OPEN = new Set(['what', "what's", 'whats', 'which', 'how', 'why', 'where', 'who']);

/**
 * "Your lab would be a great fit. Interested?", "Would that be of interest?": the reader's interest
 * asked for, the close of a pitch. "What's of interest to you lately?" asks about them instead.
 */
function interestAsked(doc: Doc): PhraseMatch[] {
  return doc.sentences.flatMap((sentence) => {
    if (!sentence.question || sentence.endWord <= sentence.firstWord) return [];
    const words = doc.words.slice(sentence.firstWord, sentence.endWord);
    if (OPENS_OPEN.has(words[0]!.text)) return [];
    const at = words.findIndex(
      (word, i) =>
        INTEREST.has(word.text) &&
        ((words.length <= BARE_QUESTION_WORDS && words.slice(i + 1).every((after) => CLOSING_TAIL.has(after.text))) ||
          (word.text === 'interest' && words[i - 1]?.text === 'of')),
    );
    if (at < 0) return [];
    const first = words[0]!;
    const last = words[at]!;
    return [{ phrase: INTEREST_ASKED, first: sentence.firstWord, last: sentence.firstWord + at, range: [first.start, last.end] }];
  });
}

const APPRECIATED_IF = { phrase: 'any advice would be appreciated', note: 'favour thanked for in advance' };
/** What a stranger is asked to hand over in "any X would be appreciated". */
const HELP_GIVEN = new Set([
  'insight', 'insights', 'advice', 'help', 'tips', 'pointers', 'guidance', 'introduction', 'introductions', 'intro',
  'intros', 'referral', 'referrals', 'support', 'feedback', 'leads', 'info', 'information', 'recommendation',
  'recommendations', 'suggestions', 'contacts',
]);
const APPRECIATED = new Set(['appreciated', 'welcome', 'welcomed', 'helpful', 'invaluable', 'gold']);
const DEGREE_REACH = 2;

/**
 * "Any insight into the search would be hugely appreciated", "your advice would be invaluable":
 * help asked for by thanking for it before it is given.
 */
function appreciatedIfGiven(doc: Doc): PhraseMatch[] {
  const { words } = doc;
  return words.flatMap((word, at) => {
    if (word.text !== 'would' || words[at + 1]?.text !== 'be') return [];
    let valued = -1;
    for (let next = at + 2; next <= at + 2 + DEGREE_REACH; next++) {
      if (words[next]?.sentence !== word.sentence) return [];
      if (APPRECIATED.has(words[next]!.text)) {
        valued = next;
        break;
      }
    }
    if (valued < 0) return [];
    let help = -1;
    for (let before = at - 1; before >= 0 && words[before]!.sentence === word.sentence; before--) {
      if (HELP_GIVEN.has(words[before]!.text)) help = before;
    }
    if (help < 0) return [];
    return [{ phrase: APPRECIATED_IF, first: help, last: valued, range: [words[help]!.start, words[valued]!.end] }];
  });
}

const ASKED_LEAVE = { phrase: 'could I ask you to / for', note: 'favour asked by asking leave to ask' };
const LEAVE_MODALS = new Set(['could', 'can', 'may', 'might']);

/** "Could I ask you to email me a copy?", "may I ask you for a quick favour": the ask, asked politely. */
function askedLeave(doc: Doc): PhraseMatch[] {
  const { words } = doc;
  return words.flatMap((word, at) => {
    if (!LEAVE_MODALS.has(word.text) || words[at + 1]?.text !== 'i' || words[at + 2]?.text !== 'ask') return [];
    const whom = words[at + 3];
    const what = words[at + 4];
    if (!whom || !what || what.sentence !== word.sentence || whom.text !== 'you' || (what.text !== 'to' && what.text !== 'for'))
      return [];
    return [{ phrase: ASKED_LEAVE, first: at, last: at + 4, range: [word.start, what.end] }];
  });
}

const ATTACHED = { phrase: 'I have attached my … / please find attached', note: 'my thing handed over to be read' };
const ATTACHING = new Set(['attached', 'attaching', 'enclosed', 'enclosing']);
const ATTACHED_BY = new Set(['have', "i've", "we've", 'ive', 'weve', 'i', 'we', 'find', "i'm", "we're", 'am', 'are']);
const MINE = new Set(['my', 'our']);
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
  const cued = new Set(handedOverCues.find(doc).map((match) => words[match.first]?.sentence));
  return words.flatMap((word, at) => {
    if (!ATTACHING.has(word.text) || !ATTACHED_BY.has(words[at - 1]?.text ?? '') || cued.has(word.sentence)) return [];
    const what = words[at + 1];
    if (!what || what.sentence !== word.sentence) return [];
    let paper = MINE.has(what.text) ? at + 1 : -1;
    for (let next = at + 1; paper < 0 && next <= at + PAPER_REACH && words[next]?.sentence === word.sentence; next++) {
      if (PAPERS_TO_READ.has(words[next]!.text)) paper = next;
    }
    if (paper < 0) return [];
    const from = words[at - 1]!;
    return [{ phrase: ATTACHED, first: at - 1, last: paper, range: [from.start, words[paper]!.end] }];
  });
}

const TESTERS = { phrase: 'looking for labs / teams to test it', note: 'people sought to try my thing' };
const SEEKING_NOW = new Set(['looking', 'searching', 'seeking', 'recruiting']);
const TRYING = new Set(['test', 'try', 'pilot', 'trial', 'evaluate', 'beta']);
const WHO_REACH = 4;
/** "we are looking for", "I'm currently seeking": the writer's search now, not one told of. */
const NOW = new Set(['are', 'am', "we're", "i'm", 'were', 'currently', 'now', 'still', 'actively', 'also', 'is']);

/** "We are looking for labs to test it", "recruiting a few teams to pilot our tool": users sought, a pitch's ask. */
function testersSought(doc: Doc): PhraseMatch[] {
  const { words } = doc;
  return words.flatMap((word, at) => {
    if (!SEEKING_NOW.has(word.text) || words[at + 1]?.text !== 'for' || !NOW.has(words[at - 1]?.text ?? '')) return [];
    for (let to = at + 2; to <= at + 2 + WHO_REACH; to++) {
      const here = words[to];
      if (!here || here.sentence !== word.sentence) return [];
      const verb = words[to + 1];
      if (here.text === 'to' && verb && verb.sentence === word.sentence && TRYING.has(verb.text))
        return [{ phrase: TESTERS, first: at, last: to + 1, range: [word.start, verb.end] }];
    }
    return [];
  });
}

const SENT_TO_PROMOTE = { phrase: 'send you some kit to feature', note: 'a gift with a promotion expected' };
const PROMOTING = new Set(['feature', 'review', 'promote', 'showcase', 'mention', 'unbox']);
const PURPOSE_REACH = 6;

/** "would love to send you some kit to feature in a video": the gift carries the ask. */
function sentToPromote(doc: Doc): PhraseMatch[] {
  const { words } = doc;
  return words.flatMap((word, at) => {
    if (word.text !== 'send' || words[at + 1]?.text !== 'you') return [];
    for (let to = at + 2; to <= at + 2 + PURPOSE_REACH; to++) {
      const here = words[to];
      const verb = words[to + 1];
      if (!here || !verb || verb.sentence !== word.sentence) return [];
      if (here.text === 'to' && PROMOTING.has(verb.text))
        return [{ phrase: SENT_TO_PROMOTE, first: at, last: to + 1, range: [word.start, verb.end] }];
    }
    return [];
  });
}
