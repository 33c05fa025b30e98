import { WRITER_POSSESSIVES, WRITER_WORDS } from '../phrases/pronouns';
import { FUNDRAISING_ADDRESS_PARTS } from '../phrases/link-push';
import { COLLATERAL } from '../phrases/offers-value';
import type { Range } from '../schema';
import { memoKey, memoizedPerDoc, type Doc } from '../text/doc';
import type { PhraseMatch, PhraseSet } from '../text/phrase-matcher';
import type { Word } from '../text/segment';
import { findAsks } from './asks';
import { findGives } from './gives';
import { firstWordEndingAfter, pressingSentences, sentenceAt } from './hooks';
import { findStrongWorkMentions } from './their-work';
import { handedOverCues, linkGiveCues, linkPushWords, noStrings } from './phrase-sets';
import { flatMap } from '../text/flat-map';
import { wordsIn, mergeAscending } from '../text/word-index';
import { wordSet } from '../text/word-set';
import { sentenceHolds } from '../text/sentence-has';

const LINK = { phrase: 'a link to follow' }; // link push

/** Endings of the addresses people write in notes; "Node.js" and "e.g." end otherwise. */
const DOMAIN_ENDINGS = wordSet(
  'com io ly ma co org net dev app me ai so xyz uk link page to gg fm tv site info biz us gl sh de fr es ' +
  'ca au eu ie nl events live club studio tech online store shop',
);

const findLinkPushesKey = memoKey();

/**
 * Where the note sends the reader to a page: an address written out ("bit.ly/x", "lu.ma/x",
 * "forms.acme.io/y", "https://…", "www.…") or a push without one ("link's in my profile", "RSVP",
 * "grab your seat"). A link that carries a give ("here's the template you asked about: …") is not a
 * push, nor is one an ask already reports.
 */
export function findLinkPushes(doc: Doc): readonly PhraseMatch[] {
  return doc.cached(findLinkPushesKey, findLinkPushesAfresh);
}

function findLinkPushesAfresh(doc: Doc): readonly PhraseMatch[] {
  const found: PhraseMatch[] = [...linkPushWords.find(doc)];
  forEachAddress(doc, (word, at) => {
    if (found.some((match) => match.firstAt <= at && at <= match.lastAt)) return;
    // "willowcreekhoa-oh.org" inside "https://www.willowcreekhoa-oh.org/…" is the same link.
    if (found.some((match) => match.range[0] <= word.startAt && word.startAt < match.range[1])) return;
    if (hostAfterScheme(doc, at)) return;
    if (isAddress(doc, at)) found.push(linkAt(doc, at));
  });
  if (found.length === 0) return [];
  const asks = findAsks(doc);
  return found
    .filter((match) => !carriesGive(doc, match) && !asks.some((ask) => ask.firstAt <= match.lastAt && match.firstAt <= ask.lastAt))
    .sort((a, b) => a.firstAt - b.firstAt);
}

/** Whether the note writes out a web address at all. */
export function writesAnAddress(doc: Doc): boolean {
  return addressesIn(doc).some((at) => isAddress(doc, at));
}

/** Whether the note hands something over by a link ("found the report I mentioned: https://…"). */
export function handsOverLink(doc: Doc): boolean {
  return addressesIn(doc).some((at) => isAddress(doc, at) && cuedNear(doc, linkAt(doc, at), handedOverCues));
}

const findLinksGivenKey = memoKey();

/**
 * Links handed over with words that say so ("here's the checklist I mentioned: https://…"), but
 * not sales material ("as promised, the deck: …"): a resource given is a give.
 */
export function findLinksGiven(doc: Doc): Range[] {
  return doc.cached(findLinksGivenKey, findLinksGivenAfresh);
}

function findLinksGivenAfresh(doc: Doc): Range[] {
  return flatMap(addressesIn(doc), (at) => {
    const word = doc.words[at]!;
    if (!isAddress(doc, at) || hostAfterScheme(doc, at)) return [];
    const link = linkAt(doc, at);
    const sentence = word.sentence;
    // "PDF is here: … Please use however you like, no credit needed": a resource, and words that ask nothing.
    if (collectsMoney(doc, link)) return [];
    const freelyGiven = cuedNear(doc, link, noStrings) && namesResource(doc, sentence);
    if (!cuedNear(doc, link, handedOverCues) && !freelyGiven) return [];
    // "Would you mind voting? Takes 10 sec: https://…": the link is how the ask is answered.
    const pressing = pressingSentences(doc);
    if (pressing.has(sentence) || pressing.has(sentence - 1)) return [];
    const selling = wordsNear(doc, sentence).some((other) => COLLATERAL.has(other.folded));
    return selling ? [] : [link.range];
  });
}

/** A page that collects money: "Here's the page: https://www.gofundme.com/f/…" asks, it gives nothing. */
function collectsMoney(doc: Doc, link: PhraseMatch): boolean {
  const address = doc.text.slice(link.range[0], link.range[1]).toLowerCase();
  return FUNDRAISING_ADDRESS_PARTS.some((part) => address.includes(part));
}

/** Marks that close a sentence or a bracket after an address rather than belong to it. */
const AFTER_ADDRESS = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', "'", '"', '’', '”']);

/** The whole address as written ("https://lu.ma/ab-12"), not only its first word, less a closing stop or bracket. */
function linkAt(doc: Doc, at: number): PhraseMatch {
  const word = doc.words[at];
  const start = word?.startAt ?? 0;
  let end = start;
  while (end < doc.text.length && doc.text[end]!.trim() !== '') end++;
  while (end > start && AFTER_ADDRESS.has(doc.text[end - 1]!)) end--;
  return { phrase: LINK, firstAt: at, lastAt: at, range: [start, Math.max(word?.endAt ?? start, end)] };
}

/** "https://example.com/x" is one link: its host after the scheme is not another. */
function hostAfterScheme(doc: Doc, at: number): boolean {
  return at > 0 && isAddress(doc, at - 1) && !doc.words[at - 1]?.raw.includes('.');
}

// Every walk here starts from the words that read as addresses, so which words do is worked out
// once per note: the walks that look for links visit only those, none in most notes.

/** The indexes of the words that read as a web address, ascending. */
function addressesIn(doc: Doc): readonly number[] {
  return addressesInOf(doc);
}

// Asked for several times a note: kept at hand for the note being read.
const addressesInOf = memoizedPerDoc((doc: Doc): readonly number[] => {
  const found: number[] = [];
  for (const at of mergeAscending(wordsIn(doc, ADDRESS_HEADS), dottedWords(doc))) if (readsAsAddress(doc, at)) found.push(at);
  return found;
});

function isAddress(doc: Doc, at: number): boolean {
  return addressesIn(doc).includes(at);
}

/** words.forEach restricted to the words that read as addresses. */
function forEachAddress(doc: Doc, visit: (word: Word, at: number) => void): void {
  for (const at of addressesIn(doc)) visit(doc.words[at]!, at);
}

/** The words an address may open with; any other address has a "." in it. */
const ADDRESS_HEADS: ReadonlySet<string> = wordSet('www http https');

/** The indexes of the words with a "." in them ("acme.com", "e.g"), ascending: found from the text's dots, not word by word. */
function dottedWords(doc: Doc): number[] {
  const { words, text } = doc;
  const found: number[] = [];
  let at = 0;
  for (let dot = text.indexOf('.'); dot >= 0 && dot < doc.readEnd; dot = text.indexOf('.', dot + 1)) {
    while (at < words.length && words[at]!.endAt <= dot) at++;
    const word = words[at];
    if (word && word.startAt <= dot && found.at(-1) !== at) found.push(at);
  }
  return found;
}

function readsAsAddress(doc: Doc, at: number): boolean {
  const word = doc.words[at];
  if (!word) return false;
  if (word.folded === 'www' && doc.text[word.endAt] === '.') return true;
  if ((word.folded === 'http' || word.folded === 'https') && doc.text.startsWith('://', word.endAt)) return true;
  // "jo@acme.com" is an address to write to, not a page.
  if (!word.raw.includes('.') || doc.text[word.startAt - 1] === '@') return false;
  const parts = word.raw.split('.');
  const ending = parts.at(-1) ?? '';
  return parts.every((part) => part.length > 0) && DOMAIN_ENDINGS.has(ending) && ending === ending.toLowerCase();
}

/** How many sentences back a give may stand: "Here it is:" then a list of links, one a line. */
const GIVE_REACH = 3;

/** A link that hands over a give (namesGive) or leads to their own work. */
function carriesGive(doc: Doc, match: PhraseMatch): boolean {
  const sentence = doc.words[match.firstAt]?.sentence ?? -1;
  // "She'd be a superb fit for your group. Her CV: https://…": a candidate put forward, not a gift,
  // unless they asked or named an opening ("his portfolio, if you ever need a photographer").
  if (candidatePutForward(doc, sentence) && !cuedNear(doc, match, handedOverCues) && !namesAnOpening(doc)) return false;
  // "I've just launched a newsletter, thought you'd enjoy it: …": my news, however kindly put,
  // unless it asks nothing back ("free and ungated").
  if (launchedByMe(doc, sentence) && !noStrings.find(doc).some((cue) => nearLink(doc, match, cue.firstAt))) return false;
  // "We have a follow-up study out now: …": our newest work, however warmly introduced.
  if (ownNewWork(doc, sentence) || collectsMoney(doc, match)) return false;
  if (namesGive(doc, match)) return true;
  if (personPutForward(doc, match) && namesAnOpening(doc)) return true;
  // "I found the go-live checklist we used: https://…": a working document, not a page of ours to visit.
  if (namesResource(doc, sentence)) return true;
  // "The recording of your talk is at …": a link to their own work; "Checked your guidelines. Page 14
  // here: …": the sentence before names their thing, this one only hands it over.
  return findStrongWorkMentions(doc).some((mention) => {
    if (doc.text.slice(mention.range[0], mention.range[0] + 5).toLowerCase() !== 'your ') return false;
    const at = sentenceAt(doc, mention.range[0]);
    if (at === sentence) return mention.source === 'work';
    // "I wrote an article on it, maybe you find it interesting: …": the writer's own thing is in it.
    return at === sentence - 1 && (mention.source === 'work' || mention.source === 'yours') && !sentenceHolds(doc, sentence, WRITER_WORDS);
  });
}


const CANDIDATE_PAPERS = wordSet('cv resume résumé portfolio');
/** Someone else's papers, put forward: "her CV" (not "my CV template, copy freely"). */
const CANDIDATES = wordSet('her his their');
/** Their need for someone, named in the note: the candidate answers it. */
const THEIR_OPENING = wordSet(
  'hiring looking need needs opening role position vacancy posted asked recruit recruiting',
);

/** "Her CV" in the link's sentence, "fit" in it or the one before. */
function candidatePutForward(doc: Doc, sentence: number): boolean {
  const { words } = doc;
  const here = doc.sentences[sentence];
  if (!here) return false;
  let papers = false;
  for (let at = here.firstWord; at < here.endWord && !papers; at++)
    papers = CANDIDATE_PAPERS.has(words[at]!.folded) && CANDIDATES.has(words[at - 1]?.folded ?? '');
  return papers && wordsNear(doc, sentence).some((word) => word.folded === 'fit');
}

const PROFILE_PATH = 'linkedin.com/in/';

/**
 * "one of my old medics, Devin Ortiz, just finished his BSN … linkedin.com/in/devin-ortiz-rn": the
 * profile of someone the note names, put forward, not a page of the writer's.
 */
function personPutForward(doc: Doc, match: PhraseMatch): boolean {
  const link = doc.text.slice(...match.range).toLowerCase();
  const path = link.indexOf(PROFILE_PATH);
  if (path < 0) return false;
  const slug = link.slice(path + PROFILE_PATH.length);
  const given = slug.slice(0, slug.indexOf('-') > 0 ? slug.indexOf('-') : slug.length);
  if (given.length < 2) return false;
  return doc.words.some((word) => word.folded === given && word.raw[0] !== word.raw[0]?.toLowerCase() && word.endAt <= match.range[0]);
}

const namesAnOpeningKey = memoKey();

function namesAnOpening(doc: Doc): boolean {
  return doc.cached(namesAnOpeningKey, namesAnOpeningAfresh);
}

function namesAnOpeningAfresh(doc: Doc): boolean {
  return wordsIn(doc, THEIR_OPENING).length > 0;
}

/** The words of a sentence and the one before it, in order. */
function wordsNear(doc: Doc, sentence: number): readonly Word[] {
  const here = doc.sentences[sentence];
  if (!here) return [];
  const before = doc.sentences[sentence - 1];
  return doc.words.slice(before ? before.firstWord : here.firstWord, here.endWord);
}

/**
 * A give named in the link's sentence or just before it ("here's the guide I mentioned: …"): the link
 * is how it is handed over. An offer in return ("happy to return the favour! Link below") is a trade,
 * not a give the link carries.
 */
function namesGive(doc: Doc, match: PhraseMatch): boolean {
  if (cuedNear(doc, match, linkGiveCues)) return true;
  // "happy to share it back if useful: https://…": an offer the note makes (outside any ask or pitch) is what the link hands over.
  return findGives(doc).some((range) => nearLink(doc, match, firstWordAt(doc, range[0])));
}

function cuedNear(doc: Doc, match: PhraseMatch, cues: PhraseSet): boolean {
  return cues.find(doc).some((cue) => nearLink(doc, match, cue.firstAt));
}

/** "the slides are online (link). You asked about the formula, it is on slide 23": the next sentence may say why. */
function nearLink(doc: Doc, link: PhraseMatch, first: number): boolean {
  const sentence = doc.words[link.firstAt]?.sentence ?? -1;
  const at = doc.words[first]?.sentence ?? -2;
  return at <= sentence + 1 && at >= sentence - GIVE_REACH;
}

function firstWordAt(doc: Doc, start: number): number {
  return firstWordEndingAfter(doc, start);
}

/** Documents people pass on; sales material (phrases/offers-value.ts COLLATERAL) is not among them. */
const RESOURCES = wordSet(
  'checklist template guide report paper slides notes spreadsheet dataset recording writeup study ' +
  'glossary toolkit playbook handbook manual records photos photo pictures pics screenshots screenshot ' +
  'list pdf results tracking',
);
/** "I wrote a paper on this, maybe you find it interesting: …": the writer's own work promoted. */
const AUTHORED = wordSet('wrote published released launched new');

/** A resource named in the link's sentence or the one before, in a note that does not sell it. */
function namesResource(doc: Doc, sentence: number): boolean {
  const near = wordsNear(doc, sentence);
  if (near.some((word) => COLLATERAL.has(word.folded) || AUTHORED.has(word.folded))) return false;
  if (pressingSentences(doc).has(sentence)) return false;
  return near.some((word) => RESOURCES.has(word.folded));
}

const HAVING = wordSet("have we've i've");
/** "our latest paper", "we have a follow-up study out now": the writer's newest work, promoted. */
const NEWEST = wordSet('latest recent recently newest out follow-up preprint');
/** "I have recently published a related paper": the writer's own, by the verb that made it public. */
const PUBLISHED = wordSet('published released posted');
const OWNER_REACH = 3;

function ownNewWork(doc: Doc, sentence: number): boolean {
  const near = wordsNear(doc, sentence);
  if (!near.some((word) => NEWEST.has(word.folded))) return false;
  return near.some((word, at) => {
    if (!RESOURCES.has(word.folded)) return false;
    for (let back = at - 1; back >= Math.max(0, at - OWNER_REACH); back--) {
      const before = near[back]!;
      if (WRITER_POSSESSIVES.has(before.folded) || PUBLISHED.has(before.folded) || (before.folded === 'a' && HAVING.has(near[back - 1]?.folded ?? ''))) return true;
    }
    return false;
  });
}

const MY_SUBJECTS = wordSet("i i've we we've just");
const LAUNCHED = wordSet('launched published released');

/** "I've just launched …", "we just published …" in the link's sentence or the one before. */
function launchedByMe(doc: Doc, sentence: number): boolean {
  const here = doc.sentences[sentence];
  if (!here) return false;
  const from = doc.sentences[sentence - 1]?.firstWord ?? here.firstWord;
  for (let at = from; at < here.endWord; at++)
    if (LAUNCHED.has(doc.words[at]!.folded) && MY_SUBJECTS.has(doc.words[at - 1]?.folded ?? '')) return true;
  return false;
}
