import type { Phrase, PhraseEntry } from '../text/phrase-matcher';
import { wordSet } from '../text/word-set';

// Words for the soft asks that signals/soft-asks.ts finds by the shape of the sentence: a next step
// proposed as a light question or offer ("worth a convo?", "can I save you a seat?"), a favour asked
// for the writer ("would you be up for referring me", "a rating would mean the world"), a gatekeeper
// question ("who at Larkspur looks after renewals?"). Each is the point of the note, so a friendly
// opening does not soften it (rules/ask-before-give.ts).

/** "Worth a convo?", "Fancy a look?": the head of a next step proposed as a question. */
export const PROPOSING: ReadonlySet<string> = wordSet('worth fancy');
/**
 * "Fancy a pint when you're next in Leeds?", "up for a coffee?": company offered, not a next step in
 * a sale; good notes say it innocently, so these shapes leave it alone.
 */
export const SOCIAL: ReadonlySet<string> = wordSet(
  'coffee cuppa tea brew pint beer drink drinks bite lunch walk run ride',
);

/** "Shall I pencil you in?", "can I sign you up?": the writer books the reader into their thing. */
export const BOOKING_VERBS: ReadonlySet<string> = wordSet('pencil book sign count squeeze');
/** "Can I save you a seat?" books them; "can I save you a trip?" does them a favour, so a place must follow. */
export const KEEPING_VERBS: ReadonlySet<string> = wordSet('save hold reserve keep');
/** "Grab your seat", "save your spot": the reader told to take a place in the writer's thing. */
export const TAKING_VERBS: ReadonlySet<string> = wordSet('grab save reserve claim secure book');
export const PLACES: ReadonlySet<string> = wordSet('seat spot place ticket slot');

/** "Can I send over the one-pager?", "want me to send the deck?": the seller's material, not a give. */
export const PITCH_MATERIAL: ReadonlySet<string> = wordSet(
  'deck pager proposal brochure pricing prices rates quote prospectus packages kit catalog catalogue',
);
export const SENDING_VERBS: ReadonlySet<string> = wordSet('send email forward drop share');

/** "Can I share something that changed my life?": attention asked for a story not yet told. */
export const TELLING_VERBS: ReadonlySet<string> = wordSet('share show tell');

/** "I", or "me" after "want / like … to": the writer as the one who would act. */
export const OFFER_MODALS: ReadonlySet<string> = wordSet('can could may shall should');

/**
 * "reply YES", "comment ROOF": a keyword the reader is told to send back. Not "type": in notes it names
 * a kind far more often than it asks for a keyword ("a spare Type II life jacket", session 35).
 */
export const REPLY_VERBS: ReadonlySet<string> = wordSet('reply comment dm text message');

/** "Would it be mad to grab 20 mins?": a meeting proposed behind a disclaimer. */
export const DISCLAIMED: ReadonlySet<string> = wordSet('mad crazy cheeky silly weird odd worth possible');

/** "a rating would mean the world", "your opinion would mean a lot". */
export const MEANING_MUCH: ReadonlySet<string> = wordSet('world lot much everything');
/** "it'd be huge if you shared my post": a favour dressed as how much it would help. */
export const FAVOUR_WORDS: ReadonlySet<string> = wordSet(
  'huge amazing great awesome brilliant incredible massive fantastic wonderful helpful',
);

/** "would you be up for referring me", "vouch for me": the reader's name put behind the writer. */
export const VOUCHING_VERBS: ReadonlySet<string> = wordSet('refer referring vouch vouching recommending');

/** "Who at Larkspur looks after renewals?", "are you the person who handles partnerships?" */
export const GATEKEEPING_VERBS: ReadonlySet<string> = wordSet(
  'looks looking handles handling manages managing owns oversees decides decide responsible charge buys signs',
);

/** "if you'd share feedback", "in return for a review": access traded for the reader's word. */
export const EXCHANGE_VERBS: ReadonlySet<string> = wordSet('share give leave write post send');
export const VERDICT_NOUNS: ReadonlySet<string> = wordSet('feedback review testimonial rating');

/** A meeting noun after "20-min": "a 20-min interview" asks for time; "a 10-min video" does not. */
export const MEETING_NOUNS: ReadonlySet<string> = wordSet(
  'call chat session interview meeting zoom slot catch coffee intro conversation walkthrough consult ' +
  'consultation',
);

/**
 * "Have you ever thought about making extra money / starting your own …": what follows makes it an
 * opening for an opportunity, where "have you considered publishing the data?" is a real question.
 */
export const OPPORTUNITY_WORDS: ReadonlySet<string> = wordSet(
  'making earning joining starting owning becoming switching leaving extra passive side',
);

/** Recruiting and opportunity hooks: "join my team", "have you ever thought about …". */
export const JOINING_NOUNS: ReadonlySet<string> = wordSet('team downline crew squad business mission');

/** Listed asks that no sentence shape reaches, and that are the point of the note: a meeting, a letter. */
export const LISTED_HARD_ASKS: readonly PhraseEntry[] = [
  'in the diary',
  'in your diary',
  'in the calendar',
  'in your calendar',
  'support letter',
  'letter of support',
  'letters of support',
  'reference letter',
  'recommendation letter',
  'letter of recommendation',
  'pencil something in',
  'pencil in',
  'pencil us in',
  'pencilled you in',
  'penciled you in',
];

/**
 * Listed asks that a warm note may soften: an event to RSVP to, a walkthrough, a link in my profile.
 * Objects: matches are told apart by which one they hold.
 */
export const LISTED_LIGHT_ASKS: readonly Phrase[] = [
  { phrase: 'rsvp' },
  { phrase: 'walk you through' },
  { phrase: "link's in my" },
  { phrase: 'link is in my' },
  { phrase: 'link in my profile' },
];
