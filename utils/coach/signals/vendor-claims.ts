import { WRITER_POSSESSIVES } from '../phrases/pronouns';
import {
  COMPANY_SUBJECTS,
  CUSTOMER_NOUNS,
  MAKING_VERBS,
  PRODUCT_NOUNS,
  PROMISE_MODALS,
  RESULT_VERBS,
  SELF_OBJECTS,
  SERVING_VERBS,
  SHARED_SUBJECT_NEXT,
  TRADE_VERBS,
} from '../phrases/vendor-voice';
import { startsWithDigit } from '../text/digits';
import { memoKey, type Doc } from '../text/doc';
import type { PhraseMatch } from '../text/phrase-matcher';
import { creditsReader } from './credit';
import { wordReach } from './word-reach';
import { forEachWordIn } from '../text/word-index';
import { wordSet } from '../text/word-set';

/** How far after the subject its verb may come ("we've recently built"), and the verb's object. */
const VERB_REACH = 3;
const OBJECT_REACH = 5;
const FOR_REACH = 3;
const DIRECTIONS = wordSet('out home over down up back there round around across');
/** "helping property managers across Bell County cut …": whom they help may take a few words. */
const RESULT_REACH = 8;

const VENDOR_CLAIM = {
  phrase: 'we … (a product, a kind of customer, a result with a figure)',
};

const findVendorClaimsKey = memoKey();

/**
 * A company speaking of what it sells, by the shape of the sentence rather than a fixed phrase:
 * we + a trade verb ("we automate dock scheduling"), we + make/offer + a product ("we've built a platform that…"), we + serve + a kind of customer
 * ("we work with several companies like…"), we + a result verb + a figure ("we cut costs by 18%"),
 * a result promised to the reader ("it could save your team hours") and a product described by
 * whom it is for ("an AI platform for HR teams").
 */
export function findVendorClaims(doc: Doc): readonly PhraseMatch[] {
  return doc.cached(findVendorClaimsKey, findVendorClaimsAfresh);
}

function findVendorClaimsAfresh(doc: Doc): readonly PhraseMatch[] {
  const { words } = doc;
  const claims: PhraseMatch[] = [];
  const { sameSentence, findAfter, matchOf } = wordReach(doc);
  const claim = (first: number, last: number) => {
    // "we cut our deploy time by 40% after reading your post": thanks, not a sale.
    if (creditsReader(doc, last)) return;
    const match = matchOf(VENDOR_CLAIM, first, last);
    if (match) claims.push(match);
  };

  // "we've been helping property managers cut cooling costs 20-30%": whoever is served, the result
  // with its figure says what is sold.
  const servedOrResult = (verb: number) => {
    const customer = findAfter(verb, OBJECT_REACH, CUSTOMER_NOUNS);
    if (customer >= 0) return customer;
    const result = findAfter(verb, RESULT_REACH, RESULT_VERBS);
    return result >= 0 ? figureAfter(doc, result) : -1;
  };
  forEachWordIn(doc, COMPANY_SUBJECTS, (word, subject) => {
    if (!COMPANY_SUBJECTS.has(word.folded) || SHARED_SUBJECT_NEXT.has(words[subject + 1]?.folded ?? '')) return;
    const trade = words[subject + 1];
    if (
      trade &&
      TRADE_VERBS.has(trade.folded) &&
      !SELF_OBJECTS.has(words[subject + 2]?.folded ?? '') &&
      sameSentence(subject, subject + 2)
    ) {
      claim(subject, subject + 2);
      return;
    }
    for (let verb = subject + 1; verb <= subject + VERB_REACH && sameSentence(subject, verb); verb++) {
      const text = words[verb]?.folded ?? '';
      // "We made a lice-counting app" (but "the tool we made for our own studio" says what it was for).
      const object = MAKING_VERBS.has(text) || text === 'made'
        ? findAfter(verb, OBJECT_REACH, PRODUCT_NOUNS, YOU)
        : SERVING_VERBS.has(text)
          ? servedOrResult(verb)
          : RESULT_VERBS.has(text)
            ? figureAfter(doc, verb)
            : -1;
      if (object >= 0) {
        claim(subject, object);
        return;
      }
    }
  });
  forEachWordIn(doc, PROMISE_MODALS, (word, modal) => {
    // "it could save your team hours": a result promised to the reader; "your checklist can save
    // you an hour" is their own thing at work, not a promise.
    // "they could really help your fieldwork": an adverb may come between.
    const adverb = SOFTENERS.has(words[modal + 1]?.folded ?? '') ? 1 : 0;
    const verb = words[modal + 1 + adverb]?.folded ?? '';
    const object = words[modal + 2 + adverb]?.folded ?? '';
    // "I can drive you out some Sunday", "could run you home": a lift given, no result promised.
    // "I can drive you and sit with you", "I can drive you.": a lift, with no result after "you".
    const after = words[modal + 3 + adverb];
    if (DIRECTIONS.has(after?.folded ?? '')) return;
    if (verb === 'drive' && (!after || !sameSentence(modal, modal + 3 + adverb) || after.folded === 'and')) return;
    if (
      PROMISE_MODALS.has(word.folded) &&
      (RESULT_VERBS.has(verb) || (PROMISED_HELP.has(verb) && THING_SUBJECTS.has(words[modal - 1]?.folded ?? ''))) &&
      YOU.has(object) &&
      sameSentence(modal, modal + 2 + adverb) &&
      !theirsBefore(doc, modal) &&
      !meetingOfferedBefore(doc, modal) &&
      !hopedWithoutFigure(doc, modal)
    )
      claim(modal, modal + 2 + adverb);
  });
  forEachWordIn(doc, PRODUCT_NOUNS, (word, product) => {
    if (!PRODUCT_NOUNS.has(word.folded)) return;
    // "Our plugin fixes the export bug", "my app cuts the paperwork": what the writer's product does.
    const owner = [1, 2, 3].find((back) => WRITER_POSSESSIVES.has(words[product - back]?.folded ?? ''));
    if (owner !== undefined && PRODUCT_DOES.has(words[product + 1]?.folded ?? '') && sameSentence(product - owner, product + 1))
      return claim(product - owner, product + 1);
    // "the scheduling tool we built": the product named before its maker.
    const maker = words[product + 1]?.folded ?? '';
    if (COMPANY_SUBJECTS.has(maker) && MAKING_VERBS.has(words[product + 2]?.folded ?? '') && sameSentence(product, product + 2))
      return claim(product, product + 2);
    if (maker !== 'for') return;
    const customer = findAfter(product + 1, FOR_REACH, CUSTOMER_NOUNS);
    if (customer >= 0) claim(product, customer);
  });
  forEachWordIn(doc, 'how', (word, how) => {
    // "happy to share how Brightline cut close time by 6 days": a customer's result, told to sell.
    if (word.folded !== 'how') return;
    for (let verb = how + 1; verb <= how + VERB_REACH && sameSentence(how, verb); verb++) {
      const text = words[verb]?.folded ?? '';
      if (YOU.has(text) || THEM.has(text)) return;
      if (!RESULT_VERBS.has(text)) continue;
      const figure = figureAfter(doc, verb);
      if (figure >= 0) claim(how, figure);
      return;
    }
  });
  forEachWordIn(doc, HELP_NOW, (word, help) => {
    // "I work with fintechs … to help cut alert volume by up to 40%": a result sold with its figure.
    if (!HELP_NOW.has(word.folded)) return;
    for (let verb = help + 1; verb <= help + VERB_REACH && sameSentence(help, verb); verb++) {
      if (!RESULT_VERBS.has(words[verb]?.folded ?? '')) continue;
      const figure = figureAfter(doc, verb);
      if (figure >= 0) claim(help, figure);
      return;
    }
  });
  forEachWordIn(doc, 'i', (word, subject) => {
    // "I supply reclaimed York stone", "I install heat pumps across Kent": a one-person trade, sold.
    if (word.folded !== 'i' || !SELLING.has(words[subject + 1]?.folded ?? '') || !sameSentence(subject, subject + 2)) return;
    // "I install heat pumps too": a trade shared with them, not one sold.
    const shared = words.slice(subject + 2, subject + 2 + SHARED_REACH).some((w) => w.sentence === word.sentence && SHARED_TOO.has(w.folded));
    if (!shared && !SELF_OBJECTS.has(words[subject + 2]?.folded ?? '')) claim(subject, subject + 1);
  });
  forEachWordIn(doc, COMPANY_SUBJECTS, (word, subject) => {
    // "we just released real-time alerts", "we have just launched a toolbox": news of the product.
    if (!COMPANY_SUBJECTS.has(word.folded)) return;
    const just = words[subject + 1]?.folded === 'have' ? subject + 2 : subject + 1;
    if (words[just]?.folded !== 'just') return;
    if (RELEASE_VERBS.has(words[just + 1]?.folded ?? '') && sameSentence(subject, just + 1) && findAfter(just + 1, OPENING_REACH, OPENINGS) < 0)
      claim(subject, just + 1);
  });
  forEachWordIn(doc, WRITER_POSSESSIVES, (word, owner) => {
    // "My company provides customs brokerage", "our firm supplies …": the company, named as mine.
    // "how our team might support your upcoming tenders": a team sells only when it serves yours.
    if (WRITER_POSSESSIVES.has(word.folded) && words[owner + 1]?.folded === 'team') {
      const can = words[owner + 2];
      const service = words[owner + 3];
      if (can && CAN.has(can.folded) && service && SERVICE_VERBS.has(service.folded) && words[owner + 4]?.folded === 'your' && sameSentence(owner, owner + 4))
        return claim(owner, owner + 4);
    }
    if (!WRITER_POSSESSIVES.has(word.folded) || !FIRMS.has(words[owner + 1]?.folded ?? '')) return;
    const verb = words[owner + 2];
    if (verb && (TRADE_VERBS.has(verb.folded) || FIRM_VERBS.has(verb.folded)) && sameSentence(owner, owner + 2)) return claim(owner, owner + 2);
    // "My company can support with full service": what it can do for you.
    const can = words[owner + 3];
    if (verb && CAN.has(verb.folded) && can && (TRADE_VERBS.has(can.folded) || SERVICE_VERBS.has(can.folded)) && sameSentence(owner, owner + 3))
      return claim(owner, owner + 3);
    // "my company just launched a procurement app": news of the product, in the company's name ("my
    // company just opened a supply chain analyst role" is an opening, passed on).
    if (verb?.folded === 'just' && RELEASE_VERBS.has(words[owner + 3]?.folded ?? '') && sameSentence(owner, owner + 3) && findAfter(owner + 3, OPENING_REACH, OPENINGS) < 0)
      return claim(owner, owner + 3);
    // "My startup has built an AI tool for inspection reports": what the company made.
    if (verb && HAS.has(verb.folded) && MAKING_VERBS.has(words[owner + 3]?.folded ?? '') && sameSentence(owner, owner + 3))
      return claim(owner, owner + 3);
    // "Our consultancy has supported 12 trusts": a count of customers served.
    const served = words[owner + 3];
    if (verb?.folded === 'has' && served && SERVED.has(served.folded)) {
      const count = words[owner + 4]?.folded === 'with' ? owner + 5 : owner + 4;
      if (startsWithDigit(words[count]?.folded ?? '') && sameSentence(owner, count)) claim(owner, count);
    }
  });
  forEachWordIn(doc, COMPANY_SUBJECTS, (word, subject) => {
    // "We are a payment solutions provider", "we're an AI consultancy": the company names its trade.
    if (!COMPANY_SUBJECTS.has(word.folded)) return;
    const be = word.folded === 'we' ? 1 : 0;
    if (be === 1 && words[subject + 1]?.folded !== 'are') return;
    if (!ARTICLE.has(words[subject + 1 + be]?.folded ?? '')) return;
    const trade = findAfter(subject + 1 + be, TRADE_REACH, TRADE_NOUNS);
    if (trade >= 0) claim(subject, trade);
  });
  forEachWordIn(doc, 'your', (word, at) => {
    // "an app that helps parents log meals … I think your families would find it really useful".
    if (word.folded !== 'your' || !THEIR_PEOPLE.has(words[at + 1]?.folded ?? '') || !MIGHT.has(words[at + 2]?.folded ?? '')) return;
    if (!ADOPTING.has(words[at + 3]?.folded ?? '') || !sameSentence(at, at + 3)) return;
    if (words.some((other, index) => PRODUCT_NOUNS.has(other.folded) && ARTICLE.has(words[index - 1]?.folded ?? ''))) claim(at, at + 3);
  });
  forEachWordIn(doc, LOVING, (word, at) => {
    // "a surge protector kit that homeowners love": what we make, praised in its buyers' name.
    if (!LOVING.has(word.folded) || !BUYERS.has(words[at - 1]?.folded ?? '') || !RELATIVE.has(words[at - 2]?.folded ?? '')) return;
    if (writerBefore(doc, at - 2)) claim(at - 1, at);
  });
  return claims.sort((a, b) => a.firstAt - b.firstAt);
}

const LOVING = wordSet('love loves adore rave');
/** The reader's people as users of a product: "your families would find it useful". */
const THEIR_PEOPLE = wordSet(
  'families patients clients customers students members readers users staff nurses parents listeners ' +
  'followers employees',
);
const MIGHT = wordSet('would will might could');
const ADOPTING = wordSet('find love benefit enjoy like appreciate use');
const RELATIVE = wordSet('that which');
const BUYERS = new Set([...CUSTOMER_NOUNS, 'homeowners', 'users', 'parents', 'patients', 'guests', 'diners', 'buyers', 'shoppers', 'tenants']);
const WRITER_SUBJECTS = wordSet("we we've we're our i i've my");

/** The writer speaks of their own thing earlier in the sentence: "We put together a kit that …". */
function writerBefore(doc: Doc, at: number): boolean {
  const { words } = doc;
  for (let back = at - 1; back >= 0 && words[back]!.sentence === words[at]!.sentence; back--) {
    const text = words[back]!.folded;
    if (text === 'you' || text === 'your') return false;
    if (WRITER_SUBJECTS.has(text)) return true;
  }
  return false;
}

const ARTICLE = wordSet('a an');
/** "they could really help your fieldwork", "it would improve your yields": a product's promise. */
const PROMISED_HELP = wordSet('help improve boost streamline simplify speed');
/** Help promised by a thing, not a person ("I could help you move the boxes" offers a hand). */
const THING_SUBJECTS = wordSet('they these tool platform product app device service system software');
const SOFTENERS = wordSet('really definitely probably also actually genuinely massively seriously');
const SERVED = wordSet('supported helped served worked');
const CAN = wordSet('can could will might');
const SERVICE_VERBS = wordSet('support help handle do arrange manage');
const HAS = wordSet('has have');
/** What a firm named as mine does for its customers: "our consultancy runs OT penetration tests". */
const FIRM_VERBS = wordSet('runs does handles builds designs helps works');
const FIRMS = wordSet('company firm agency business studio startup consultancy');
/** "a small family-run cleaning company": a few words may describe the trade. */
const TRADE_REACH = 5;
/** What a company is, said of itself. */
const TRADE_NOUNS: ReadonlySet<string> = wordSet(
  'provider company agency firm consultancy vendor supplier manufacturer distributor studio startup ' +
  'reseller integrator brokerage wholesaler contractor installer fabricator merchant producer maker ' +
  'builder printer',
);

const MEETINGS = wordSet('call chat coffee conversation meeting');
const IF_REACH = 5;

/** "If a 15-min call would save you some of them, happy to": the writer's time offered, not a product. */
function meetingOfferedBefore(doc: Doc, modal: number): boolean {
  const sentence = doc.words[modal]?.sentence;
  if (!MEETINGS.has(doc.words[modal - 1]?.folded ?? '')) return false;
  for (let back = modal - 2; back >= Math.max(0, modal - IF_REACH); back--) {
    const word = doc.words[back];
    if (!word || word.sentence !== sentence) return false;
    if (word.folded === 'if') return true;
  }
  return false;
}

/** "your checklist can …": their own thing is the subject a few words back. */
function theirsBefore(doc: Doc, at: number): boolean {
  for (let back = at - 1; back >= Math.max(0, at - 3); back--) {
    const word = doc.words[back];
    if (!word || word.sentence !== doc.words[at]?.sentence) return false;
    if (word.folded === 'your') return true;
  }
  return false;
}

/** The reader: "we make … for you" stops the search for a product, and a promise is made to them. */
const YOU = wordSet('you your');
/** "how they cut costs by half" is their story, not a sale. */
const THEM = wordSet('they she he i');
/** "helped us cut our build time by 40%" tells of what happened; "to help cut" and "we help" sell. */
const PRODUCT_DOES = wordSet(
  'fixes solves automates handles removes eliminates saves cuts reduces boosts doubles streamlines ' +
  'simplifies replaces integrates tracks',
);
const HELP_NOW = wordSet('help helps helping');
const SHARED_TOO = wordSet('too also');
const SHARED_REACH = 5;
const SELLING = wordSet('supply sell distribute install manufacture import stock wholesale rep represent');
const RELEASE_VERBS = wordSet('released launched shipped rolled opened started');
/** What a company opens that is no product: "we just opened several remote-first roles". */
const OPENINGS = wordSet('role roles position positions job jobs opening openings vacancy vacancies');
const OPENING_REACH = 6;

/** The first figure after a word in its sentence: "18%", "3x", "40 percent". */
const HOPING = wordSet('think hope hopefully maybe perhaps');
const HOPE_REACH = 3;

/**
 * "No need anything back, I think it can save your team some time": a hope for a thing given, not
 * a promise; "I think it could save your team 10 hours a week" promises with its figure.
 */
function hopedWithoutFigure(doc: Doc, modal: number): boolean {
  const { words } = doc;
  const sentence = words[modal]!.sentence;
  let hoped = false;
  for (let at = modal - 1; at >= Math.max(0, modal - HOPE_REACH) && words[at]!.sentence === sentence; at--)
    if (HOPING.has(words[at]!.folded)) hoped = true;
  if (!hoped) return false;
  for (let at = modal + 1; words[at]?.sentence === sentence; at++) if (startsWithDigit(words[at]!.folded)) return false;
  return true;
}

function figureAfter(doc: Doc, from: number): number {
  const { words } = doc;
  for (let at = from + 1; words[at] !== undefined && words[at]?.sentence === words[from]?.sentence; at++) {
    const word = words[at];
    if (!word || !startsWithDigit(word.folded)) continue;
    const times = word.folded.endsWith('x') && isDigits(word.folded.slice(0, -1));
    if (doc.text[word.endAt] === '%' || times || words[at + 1]?.folded === 'percent') return at;
    // "cut close time by 6 days": a difference measured.
    if (words[at - 1]?.folded === 'by') return at;
  }
  return -1;
}

function isDigits(text: string): boolean {
  return text.length > 0 && [...text].every((char) => char >= '0' && char <= '9');
}
