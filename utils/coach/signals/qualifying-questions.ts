import { BUYING_STATE_WORDS, CRAFT_WORDS, GAIN_WORDS, SECOND_PERSON, SELF_WORDS } from '../phrases/questions';
import { memoKey, type Doc } from '../text/doc';
import type { PhraseMatch } from '../text/phrase-matcher';
import { isPastTense } from './tense';
import { findStrongWorkMentions } from './their-work';
import { flatMap } from '../text/flat-map';
import { wordSet } from '../text/word-set';

/** How close after "I" the gain comes: "I need to get hired", "I should do to get an internship". */
const GAIN_REACH = 6;
/** "How did you pick the tools…?" asks how they did something: curiosity, not qualifying. */
const PAST = wordSet("did didn't");
/** "which needs no answer", "she plans to": these words are verbs when an object or "to" follows. */
const ALSO_VERBS = wordSet('needs plans processes');
const AFTER_A_VERB = wordSet('no to a an the some my our your it them nothing');

const WONDERING = wordSet('would can could');

const QUALIFYING = {
  phrase: 'a question about what they will buy or what I would gain',
};

const findQualifyingQuestionsKey = memoKey();

/**
 * Questions that qualify a prospect or ask for a way in, by what they are about rather than by a
 * fixed phrase: their organisation's budget, roadmap, process, tools or openings ("How much budget
 * does your team have for training?"), or what the writer would gain ("what skills do you think I
 * need to get hired?"). They are asks dressed as curiosity; the whole question is the ask.
 */
export function findQualifyingQuestions(doc: Doc): readonly PhraseMatch[] {
  return doc.cached(findQualifyingQuestionsKey, findQualifyingQuestionsAfresh);
}

function findQualifyingQuestionsAfresh(doc: Doc): readonly PhraseMatch[] {
  return flatMap(doc.sentences, (sentence) => {
    if (!sentence.question || sentence.endWord <= sentence.firstWord) return [];
    const words = doc.words.slice(sentence.firstWord, sentence.endWord);
    const texts = words.map((word) => word.folded);
    // "Would you believe I now run interview training?": a question that wants no answer.
    if (
      texts.some(
        (text, at) => text === 'believe' && texts[at - 1] === 'you' && WONDERING.has(texts[at - 2] ?? ''),
      )
    )
      return [];
    const buyingWords = texts.filter(
      (text, at) =>
        BUYING_STATE_WORDS.has(text) && !(ALSO_VERBS.has(text) && AFTER_A_VERB.has(texts[at + 1] ?? '')),
    );
    const aboutTheirCraft =
      buyingWords.every((text) => CRAFT_WORDS.has(text)) && mentionsTheirWorkBefore(doc, sentence.firstWord);
    const buying =
      buyingWords.length > 0 &&
      !aboutTheirCraft &&
      texts.some((text) => SECOND_PERSON.has(text)) &&
      !texts.some((text) => PAST.has(text)) &&
      // "Remember you asked about tools for transcribing?": their own question, recalled.
      !texts.some((text, at) => SECOND_PERSON.has(text) && isPastTense(texts[at + 1] ?? ''));
    const deciderOrBudget =
      asksWhoDecides(texts) ||
      asksTheirBudget(texts, buyingWords) ||
      asksMakeOrBuy(texts) ||
      asksBuyingSeason(texts) ||
      sizesThem(texts);
    const gain = texts.some(
      (text, at) =>
        SELF_WORDS.has(text) && texts.slice(at + 1, at + 1 + GAIN_REACH).some((next) => GAIN_WORDS.has(next)),
    );
    const first = words[0];
    const last = words.at(-1);
    if (!(buying || gain || deciderOrBudget) || !first || !last) return [];
    return [
      {
        phrase: QUALIFYING,
        firstAt: sentence.firstWord,
        lastAt: sentence.endWord - 1,
        range: [first.startAt, last.endAt],
      },
    ];
  });
}

/** "Who makes that call?", "who signs off on training?": the buyer sought. */
const DECIDING = wordSet('decides approves handles signs buys purchases makes');
const DECISIONS = wordSet('call calls decision decisions');
/** "Is that your decision or does it go up to corporate?", "is that your shout or head office's?". */
const WHOSE_CALL = wordSet('decision call shout');

/** "Could you tell me who is the buyer for the bakery section?": the buyer sought by name. */
const BUYERS = wordSet('buyer buyers purchaser purchasing procurement');
/** "Is it a staff vote or does it go through one person?": where the decision goes. */
const DECIDERS = wordSet('person someone committee board corporate');
const ROUTES = wordSet('through to');
const WILL = wordSet('will would should');
const DECIDE = wordSet('decide approve choose pick sign');

function asksWhoDecides(texts: readonly string[]): boolean {
  return texts.some((text, at) => {
    if (text === 'who' && texts[at + 1] === 'is' && texts[at + 2] === 'the' && BUYERS.has(texts[at + 3] ?? '')) return true;
    if (text === "who's" && texts[at + 1] === 'the' && BUYERS.has(texts[at + 2] ?? '')) return true;
    if (text === 'your' && WHOSE_CALL.has(texts[at + 1] ?? '') && texts[at + 2] === 'or') return true;
    // "who will decide on the tech stack?"
    if (text === 'who' && WILL.has(texts[at + 1] ?? '') && DECIDE.has(texts[at + 2] ?? '')) return true;
    if (text === 'go' && ROUTES.has(texts[at + 1] ?? '') && texts.slice(at + 2, at + 5).some((next) => DECIDERS.has(next))) return true;
    // "who would be the person that signs off on that?"
    if ((text === 'that' || text === 'who') && at > 0 && texts.includes('who') && DECIDING.has(texts[at + 1] ?? '') && texts[at + 1] !== 'makes')
      return true;
    if (text !== 'who' || !DECIDING.has(texts[at + 1] ?? '')) return false;
    // "who makes the bread?" asks about their craft; "who makes that call?" for the buyer.
    // "who makes the hiring decision?": a word may name which decision.
    return texts[at + 1] !== 'makes' || texts.slice(at + 2, at + 5).some((next) => DECISIONS.has(next));
  });
}

/** "Do you run renewals in house or send them out?": whether they would buy it from someone. */
const OUTSOURCING = wordSet('outsource outsourced outsourcing inhouse');
/** "or contracting it out?", "do you farm that out?": the work sent out, in other words. */
const SENDING_OUT = wordSet('contract contracting farm farming');
const IN_OR_OUT = wordSet('internal external internally externally inhouse yourselves');
/** "When do you start booking next year?": when their money goes out, asked by a seller. */
const BUYING_SEASON = wordSet('booking ordering buying sourcing purchasing contracting');

function asksBuyingSeason(texts: readonly string[]): boolean {
  return texts.includes('when') && texts.some((text) => SECOND_PERSON.has(text)) && texts.some((text) => BUYING_SEASON.has(text));
}

/** "you manage the press with an agency or internal?": the two words either side of "or". */
function agencyOrInHouse(texts: readonly string[], at: number): boolean {
  if (texts[at] !== 'or') return false;
  const sides = [texts[at - 1] ?? '', texts[at + 1] ?? ''];
  return sides.includes('agency') && sides.some((side) => IN_OR_OUT.has(side));
}

function asksMakeOrBuy(texts: readonly string[]): boolean {
  return (
    texts.some((text) => SECOND_PERSON.has(text)) &&
    texts.some(
      (text, at) =>
        OUTSOURCING.has(text) ||
        (text === 'house' && texts[at - 1] === 'in') ||
        agencyOrInHouse(texts, at) ||
        (SENDING_OUT.has(text) && texts.slice(at + 1, at + 3).includes('out')),
    ) &&
    !texts.some((text) => PAST.has(text))
  );
}

/** What a seller counts to size a prospect: "How many boats in your fleet?", "how many crew you running?". */
const SIZE_NOUNS = wordSet(
  'fleet trucks vehicles vans boats employees staff drivers technicians techs locations sites branches ' +
  'stores clinics aides crew acres',
);

/** "How many boats in your fleet?", "when's your next dockside exam due?": the size and the timing of a sale. */
function sizesThem(texts: readonly string[]): boolean {
  if (texts.some((text) => PAST.has(text)) || !texts.some((text) => SECOND_PERSON.has(text))) return false;
  const howMany =
    texts.some((text, at) => text === 'how' && texts[at + 1] === 'many') &&
    texts.some((text) => SIZE_NOUNS.has(text));
  const nextDue =
    texts.some((text, at) => text === 'your' && texts[at + 1] === 'next') && texts.includes('due');
  return howMany || nextDue || crewCounted(texts) || supplierNow(texts);
}

const RUNNING = wordSet('run employ operate manage staff hire');
/** "who does your MDS trays at the minute?" */
const NOW = wordSet('now today currently minute moment');
const COUNT_REACH = 4;

/** "How many guides do you run in a season?": a crew counted. */
function crewCounted(texts: readonly string[]): boolean {
  return texts.some(
    (text, at) =>
      text === 'many' &&
      texts
        .slice(at + 1, at + 1 + COUNT_REACH)
        .some((next, i, rest) => next === 'you' && RUNNING.has(rest[i + 1] ?? '')),
  );
}

/** "Who does their first-aid certs now?": the supplier they have today. */
function supplierNow(texts: readonly string[]): boolean {
  const whoDoes = texts.some(
    (text, at) =>
      (text === 'who' && (texts[at + 1] === 'does' || texts[at + 1] === 'do')) ||
      // "who's doing the electrical for your buildings these days?"
      (DOING.has(texts[at + 1] ?? '') && (text === "who's" || (text === 'is' && texts[at - 1] === 'who'))) ||
      // "Who you shipping milk to now?"
      (text === 'who' && texts[at + 1] === 'you' && (texts[at + 2] ?? '').endsWith('ing')),
  );
  return whoDoes && texts.some((text, at) => NOW.has(text) || (text === 'days' && texts[at - 1] === 'these'));
}
const DOING = wordSet('doing handling running supplying');

/** "And roughly what per-day budget do they work with?": their clients' money, asked after, whoever's it is. */
const MONEY = wordSet('budget budgets spend');

function asksTheirBudget(texts: readonly string[], buyingWords: readonly string[]): boolean {
  return buyingWords.some((text) => MONEY.has(text)) && !texts.some((text) => PAST.has(text));
}

/** Whether an earlier sentence names a piece of their work ("your flood maps for the Calder valley"). */
function mentionsTheirWorkBefore(doc: Doc, firstWord: number): boolean {
  const start = doc.words[firstWord]?.startAt ?? 0;
  return findStrongWorkMentions(doc).some((mention) => mention.range[1] <= start);
}
