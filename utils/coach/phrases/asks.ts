import type { Phrase } from '../text/phrase-matcher';

/** "a referral program" is a topic, not an ask. */
export const NOT_A_REFERRAL = [
  'program',
  'programme',
  'scheme',
  'system',
  'bonus',
  'process',
  'network',
  'partner',
  'pipeline',
];

/**
 * Concrete asks of the reader's time, network, reputation or attention. `hard: true`: the ask is the
 * reason for the note whatever comes before it. "Worth a look" is hard only asked as a question
 * (signals/soft-asks.ts): "worth a look if you haven't seen it" recommends.
 */
export const ASKS: readonly Phrase[] = [
  { phrase: 'a call', note: 'time' },
  { phrase: 'a quick call' },
  { phrase: 'quick call' },
  { phrase: 'a short call' },
  { phrase: 'a brief call' },
  { phrase: 'a phone call' },
  { phrase: 'a telephone call' },
  { phrase: 'short telephone call' },
  { phrase: 'a zoom call' },
  { phrase: 'a zoom' },
  { phrase: 'hop on a call' },
  { phrase: 'jump on a call' },
  { phrase: 'get on a call' },
  { phrase: 'schedule a call' },
  { phrase: 'set up a call' },
  { phrase: 'book a call' },
  { phrase: 'a quick chat' },
  { phrase: 'quick chat' },
  { phrase: 'a brief chat' },
  { phrase: 'a short chat' },
  { phrase: 'a meeting' },
  { phrase: 'a quick meeting' },
  { phrase: 'set up a time' },
  { phrase: 'set up a meeting' },
  { phrase: 'schedule a meeting' },
  { phrase: 'schedule some time' },
  { phrase: 'find a time' },
  { phrase: 'grab some time' },
  // "my calendar is open" after "if you ever want …" is an offer.
  { phrase: 'my calendar', unlessNext: ['is'], hard: true },
  { phrase: 'your calendar' },
  { phrase: 'calendly', hard: true },
  { phrase: 'minutes of your time' },
  { phrase: 'a few minutes' },
  { phrase: 'a few mins' },
  { phrase: '5 minutes' },
  { phrase: '10 minutes' },
  { phrase: '15 minutes' },
  { phrase: '20 minutes' },
  { phrase: '30 minutes' },
  { phrase: '15 mins' },
  { phrase: '15 min' },
  { phrase: '10 mins' },
  { phrase: '30 mins' },
  { phrase: 'squeeze in' },
  { phrase: '_ minute call' },
  { phrase: '_ min call' },
  { phrase: '_ minute chat' },
  { phrase: '_ minute demo' },
  { phrase: '_ min demo' },
  { phrase: 'a demo', note: 'a sales meeting' },
  { phrase: 'quick demo' },
  { phrase: 'a referral', note: 'their reputation', unlessNext: NOT_A_REFERRAL, hard: true },
  { phrase: 'refer me', hard: true },
  { phrase: 'referral for', hard: true },
  { phrase: 'put in a good word', hard: true },
  { phrase: 'putting in a good word', hard: true },
  { phrase: 'put a good word in', hard: true },
  { phrase: 'put in a word', hard: true },
  { phrase: 'putting in a word', hard: true },
  { phrase: 'a good word for me', hard: true },
  { phrase: 'introduce me to', hard: true },
  { phrase: 'intro me to', hard: true },
  { phrase: 'intro me', hard: true },
  { phrase: 'intro to your' },
  { phrase: 'connect me with' },
  { phrase: 'put me in touch', hard: true },
  // A CV passed to the hiring manager is a referral, however it is asked.
  { phrase: 'pass my cv', hard: true },
  { phrase: 'forward my cv', hard: true },
  { phrase: 'my cv to', hard: true },
  { phrase: 'my resume to', hard: true },
  { phrase: 'feedback on an early' },
  { phrase: 'we can cooperate' },
  { phrase: 'we could cooperate' },
  { phrase: 'putting me in touch', hard: true },
  { phrase: 'put us in touch', hard: true },
  // "Would you do the first one as a favour?"
  { phrase: 'as a favour', hard: true },
  { phrase: 'as a favor', hard: true },
  { phrase: 'endorse me' },
  { phrase: 'endorsing me' },
  { phrase: 'endorse you back' },
  { phrase: 'endorse my' },
  { phrase: 'an endorsement' },
  { phrase: 'endorsements' },
  { phrase: 'write me a recommendation', hard: true },
  { phrase: 'a recommendation for me', hard: true },
  { phrase: 'check out my', note: 'their attention' },
  { phrase: 'check out our' },
  { phrase: 'take a look at my' },
  { phrase: 'have a look at my' },
  { phrase: 'follow my page' },
  { phrase: 'follow our page' },
  { phrase: 'follow my company' },
  { phrase: 'like my page' },
  { phrase: 'like my post', hard: true },
  { phrase: 'share my post', hard: true },
  { phrase: 'subscribe to my' },
  { phrase: 'visit my website' },
  { phrase: 'visit our website' },
  { phrase: 'sign up for' },
  { phrase: 'pick your brain', note: 'their expertise, for free' },
  { phrase: 'picking your brain' },
  { phrase: 'help me find' },
  { phrase: 'help me land' },
  { phrase: 'help me get' },
  { phrase: 'my resume' },
  { phrase: 'my résumé' },
  { phrase: 'my cv' },
  { phrase: 'any openings' },
  { phrase: 'are you hiring' },
  { phrase: 'is your team hiring' },
  { phrase: 'is your company hiring' },
  { phrase: 'would you buy' },
  { phrase: 'buy a copy' },
  { phrase: 'an introduction' },
  { phrase: 'an intro' },
  { phrase: 'who handles', hard: true },
  { phrase: 'who is responsible for', hard: true },
  { phrase: 'the right person to talk to', hard: true },
  { phrase: 'send you my deck' },
  { phrase: 'my deck' },
  { phrase: 'send a proposal' },
  { phrase: 'send you a proposal' },
  { phrase: 'enrol' },
  { phrase: 'enroll' },
  { phrase: 'feedback on my' },
  { phrase: 'fill out my survey' },
  // Not a bare 'share my': 'happy to share my notes' is an offer.
  { phrase: 'share my page', hard: true },
  { phrase: 'share my article', hard: true },
  { phrase: 'share my video', hard: true },
  { phrase: 'share my profile' },
  { phrase: 'like and share', hard: true },
  { phrase: 'kindly revert' },
  { phrase: 'when can we talk' },
  { phrase: 'when can we meet' },
  { phrase: 'when are you available' },
  { phrase: 'can you help me' },
  { phrase: 'please help' },
  { phrase: 'your thoughts on my' },
  { phrase: 'let me know your availability' },
  { phrase: 'guide me' },
  { phrase: 'mentor me' },
  { phrase: 'be my mentor', hard: true },
  { phrase: 'follow me' },
  { phrase: 'intro call' },
  { phrase: 'discovery call' },
  { phrase: 'a virtual coffee' },
  { phrase: 'virtual coffee' },
  { phrase: 'a coffee chat' },
  { phrase: 'coffee chat' },
  { phrase: 'grab a coffee' },
  { phrase: 'grab coffee' },
  { phrase: 'buy you a coffee' },
  { phrase: 'give me a shout out' },
  { phrase: 'a shout out on your' },
  { phrase: 'promote my' },
  { phrase: 'on your page' },
  { phrase: 'anything open' },
  { phrase: 'any roles open' },
  { phrase: 'do you have any tips' },
  { phrase: 'any tips on' },
  { phrase: 'send me' },
  { phrase: 'review my' },
  // The reader's public word for the writer's business: a rating, a vote.
  { phrase: 'leave a review', hard: true },
  { phrase: 'leave us a review', hard: true },
  { phrase: 'leaving a review', hard: true },
  { phrase: 'leaving us a review', hard: true },
  { phrase: 'google review', hard: true },
  { phrase: 'vote for us', hard: true },
  { phrase: 'voting for us', hard: true },
  { phrase: 'vote for our', hard: true },
  // Their work, or a letter, asked for outright.
  { phrase: 'please share your' },
  { phrase: 'please send your' },
  { phrase: 'please provide' },
  { phrase: 'a review from you' },
  { phrase: 'send over your' },
  { phrase: 'any chance you could' },
  { phrase: 'could you look at' },
  { phrase: 'would donate' },
  { phrase: 'donate a' },
  { phrase: 'deliver a session' },
  { phrase: 'run a session for us' },
  { phrase: 'look over my' },
  { phrase: 'writing me a', hard: true },
  { phrase: 'write me a', hard: true },
  { phrase: 'would you consider' },
  { phrase: 'would you be willing to' },
  { phrase: 'show you what we' },
  { phrase: 'know anyone' },
  { phrase: 'know someone who' },
  { phrase: 'any chance you know' },
  { phrase: 'sharing my' },
  { phrase: 'with your network' },
  { phrase: 'a subscribe' },
  { phrase: 'subscribe and share' },
  { phrase: 'a quick zoom' },
  { phrase: 'quick zoom' },
  { phrase: 'when works' },
  { phrase: 'when suits' },
  { phrase: "let's talk" },
  // The apostrophe is often left out.
  { phrase: 'lets talk' },
  { phrase: 'lets chat' },
  { phrase: 'let us talk' },
  { phrase: 'let us chat' },
  { phrase: 'to be considered', hard: true },
  { phrase: 'what suits you' },
  { phrase: 'get on the list' },
  { phrase: 'get on your list' },
  { phrase: 'the founding gift' },
  { phrase: 'a founding gift' },
  { phrase: 'make a gift' },
  { phrase: 'making a gift' },
  { phrase: 'get your thoughts on' },
  { phrase: 'a testimonial', hard: true },
  { phrase: 'write a testimonial', hard: true },
  { phrase: 'mind accepting' },
  { phrase: 'accept my request' },
  { phrase: 'kindly accept' },
  // "Worth a look?" is found asked as a question (signals/soft-asks.ts); "worth a look if you haven't seen it" recommends.
  { phrase: 'worth a chat' },
  { phrase: 'worth a call' },
  { phrase: 'worth a conversation' },
  { phrase: 'worth a quick' },
  { phrase: 'worth exploring' },
  { phrase: 'in exchange for', hard: true },
  { phrase: 'follow-up call' },
  { phrase: 'follow up call' },
  { phrase: 'a proper demo' },
  { phrase: 'a live demo' },
  { phrase: 'a full demo' },
  { phrase: 'a short demo' },
  { phrase: 'a free demo' },
  { phrase: 'a product demo' },
  { phrase: 'a personalised demo' },
  { phrase: 'a personalized demo' },
  { phrase: 'feedback on our' },
  { phrase: 'your honest feedback' },
  { phrase: 'the best person', hard: true },
];

/** Words before "20 minutes" that make it a span of time in a story, not a request for it. */
export const NOT_ASKING_FOR_TIME: ReadonlySet<string> = new Set([
  'in',
  // "a guide that's worth 10 minutes": what the time would buy them.
  'worth',
  'about',
  'spent',
  'took',
  'after',
  'within',
  'around',
  'nearly',
  'almost',
  'first',
  'last',
  'every',
  'than',
  // "shortening our demo to 15 minutes", "from 30 down to 10 minutes": a length, not a request.
  'to',
  'from',
  'under',
]);

/**
 * "If a call would ever help, I'm glad to share what I learned": a call or an intro offered on the
 * condition that it helps them is an offer, not an ask. The ask phrase follows "if" and one of these
 * words comes within a few words after it.
 */
export const HELPS_THEM: ReadonlySet<string> = new Set(['help', 'helps', 'useful', 'helpful', 'save']);

/**
 * "Let me know if you'd like an intro", "if you ever need a call about it": what the reader may want
 * is offered to them ("if you ever want to pop in"). Not a demo or a slot: "if you'd like a demo", "if
 * you'd like to set up a time" are the seller's ask.
 */
export const READER_WANTS: ReadonlySet<string> = new Set(['like', 'want', 'need']);
export const READER: ReadonlySet<string> = new Set(['you', "you'd", 'ever', "you'll"]);
export const NEVER_OFFERED: ReadonlySet<string> = new Set([
  'demo',
  'minutes',
  'mins',
  'min',
  'set',
  'schedule',
  'book',
]);

/** "you're looking for a sponsor for …": what they seek, named before the ask words. */
export const SEEKING: ReadonlySet<string> = new Set(['looking', 'searching', 'hunting']);

/** "Could you …", "would you mind …": a favour asked of the reader by the sentence's shape. */
export const FAVOUR_MODALS: ReadonlySet<string> = new Set(['could', 'can', 'would']);
/** Between "you" and the verb: "could you possibly sign", "would you mind voting". */
export const FAVOUR_FILLERS: ReadonlySet<string> = new Set(['please', 'possibly', 'kindly', 'maybe', 'just', 'mind', 'perhaps']);
/** A clause that starts before the modal makes it theirs, not a request: "let me know if you could use it". */
export const NOT_A_REQUEST_BEFORE: ReadonlySet<string> = new Set([
  'if',
  'whether',
  'how',
  'what',
  'why',
  'where',
  'when',
  'who',
  'that',
  'which',
]);
/**
 * Favours a stranger is asked for: acting for the writer's cause, passing them on, giving time or
 * money. Not telling or explaining (curiosity), nor "use" or "like" (offers: "could you use a hand?").
 */
export const FAVOUR_VERBS: ReadonlySet<string> = new Set([
  'vote', 'voting', 'sign', 'signing', 'send', 'sending', 'get', 'getting', 'introduce', 'introducing',
  'connect', 'connecting', 'pass', 'passing', 'forward', 'forwarding', 'put', 'putting', 'refer',
  'referring', 'mention', 'mentioning', 'spare', 'donate', 'donating', 'sponsor', 'sponsoring', 'fill',
  'filling', 'give', 'giving', 'spread', 'spreading', 'circulate', 'circulating', 'endorse', 'endorsing',
  'nominate', 'nominating', 'hire', 'hiring', 'book', 'booking', 'hop', 'jump', 'meet', 'call', 'ring',
  'answer', 'complete', 'completing', 'take', 'taking', 'retweet', 'repost', 'reposting', 'write',
  'writing',
]);

/**
 * Asked outright with "please" or "kindly": "Please vote for…", "kindly share your CV". Not "pass",
 * "call" or "contact": "please pass it on to your mum", "please call on me" hand something over;
 * nor "check" or "read", which advise as often ("please check 2-3 forwarders") and ask only of the
 * writer's thing (signals/requests-for-mine.ts).
 */
export const PLEASE_VERBS: ReadonlySet<string> = new Set([
  'vote', 'share', 'send', 'forward', 'refer', 'reply', 'revert', 'inform', 'rate', 'support', 'sign',
  'donate', 'sponsor', 'fill', 'endorse', 'nominate', 'introduce', 'recommend', 'spread', 'circulate',
  'repost', 'comment', 'book', 'spare', 'advise',
]);
/** "Please pass on a huge thank you", "please give Ana my best": courtesy, not a favour. */
export const COURTESIES: ReadonlySet<string> = new Set([
  'regards', 'thanks', 'thank', 'love', 'best', 'congratulations', 'congrats', 'condolences', 'wishes',
  'care', 'hello', 'greetings',
]);
