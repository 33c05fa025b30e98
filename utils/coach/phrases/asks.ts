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
  { phrase: 'intro to your', hard: true },
  { phrase: 'an intro to your', hard: true },
  { phrase: 'an introduction to your', hard: true },
  { phrase: 'to partner with' },
  { phrase: 'discuss rates' },
  { phrase: 'looking for reviewers' },
  { phrase: 'opportunity to work together' },
  { phrase: 'kindly check' },
  { phrase: 'any help appreciated' },
  // "Could I count on your support?": their backing asked for, for my cause.
  { phrase: 'count on your support' },
  { phrase: 'count on your vote' },
  { phrase: 'count on your help' },
  { phrase: 'i count on you' },
  // A meeting booked by sending the means to book it.
  { phrase: 'calendar link', hard: true },
  { phrase: 'calendar invite', hard: true },
  // "I've added you to the email list for my new Substack": a subscription nobody asked for.
  { phrase: 'added you to my', hard: true },
  { phrase: 'added you to our', hard: true },
  { phrase: 'added you to the email list', hard: true },
  { phrase: 'added you to the mailing list', hard: true },
  // "Let me know when you're ready to scale": the sale deferred, not dropped.
  { phrase: "let me know when you're ready" },
  { phrase: 'let me know when you are ready' },
  // "maybe there's scope for a collaboration?": a partnership proposed to a stranger.
  { phrase: 'scope for a collaboration' },
  { phrase: 'scope for collaboration' },
  { phrase: 'scope to collaborate' },
  { phrase: 'how we might work with' },
  { phrase: 'how we could work with' },
  // "would be good to catch up on future projects": their next work, sought.
  { phrase: 'on future projects' },
  { phrase: 'for future projects' },
  { phrase: 'any future projects' },
  // "Let me know if this sounds relevant": whether they are a buyer, asked.
  { phrase: 'if this sounds relevant' },
  { phrase: 'if that sounds relevant' },
  { phrase: 'if this is relevant' },
  { phrase: 'if this is of interest' },
  { phrase: "if it's of interest" },
  { phrase: 'if it is of interest' },
  { phrase: "if that's of interest" },
  // "I'd welcome the chance to show you the results": their time, asked for politely.
  { phrase: 'welcome the chance to', unlessNext: ['return', 'repay', 'help', 'thank'] },
  { phrase: 'love the chance to', unlessNext: ['return', 'repay', 'help', 'thank'] },
  // A place on their website, their shelves or their list: "would you consider listing us".
  { phrase: 'consider listing' },
  { phrase: 'value your input' },
  { phrase: 'as an advisor' },
  { phrase: 'as an adviser' },
  { phrase: 'our advisory board' },
  { phrase: 'listing us' },
  { phrase: 'list us as' },
  { phrase: 'recommend us' },
  { phrase: 'consider stocking' },
  { phrase: 'fancy stocking' },
  { phrase: 'interested in stocking' },
  { phrase: 'stock our' },
  { phrase: 'sponsor a team', hard: true },
  { phrase: 'sponsor a table', hard: true },
  { phrase: 'sponsor us', hard: true },
  { phrase: 'sponsor our', hard: true },
  { phrase: 'the go ahead' },
  { phrase: 'the go-ahead' },
  { phrase: 'if this sounds like a fit' },
  { phrase: 'if this is a fit' },
  // "Will you be taking new students for fall?": a place asked for, by asking whether there is one.
  { phrase: 'taking new students' },
  { phrase: 'taking on new students' },
  { phrase: 'accepting new students' },
  { phrase: 'taking on apprentices' },
  { phrase: 'discuss pricing' },
  { phrase: 'run by you' },
  // A partnership proposed to a stranger, however vaguely: "would love to find ways to collaborate".
  { phrase: 'ways to collaborate' },
  { phrase: 'ways to work together' },
  { phrase: 'opportunities to collaborate' },
  { phrase: 'opportunities to work together' },
  { phrase: "if there's a fit" },
  { phrase: 'if there is a fit' },
  { phrase: 'a fit between' },
  { phrase: 'connect me with' },
  { phrase: 'put me in touch', hard: true },
  // A CV passed to the hiring manager is a referral, however it is asked.
  { phrase: 'pass my cv', hard: true },
  { phrase: 'forward my cv', hard: true },
  { phrase: 'my cv to', hard: true },
  { phrase: 'my resume to', hard: true },
  { phrase: 'feedback on an early' },
  // A place on their books: "get on your approved installer list".
  { phrase: 'on your approved', hard: true },
  { phrase: 'on your preferred', hard: true },
  { phrase: 'your supplier list', hard: true },
  { phrase: 'your vendor list', hard: true },
  { phrase: 'get on your panel', hard: true },
  { phrase: 'onto your panel', hard: true },
  { phrase: 'your supplier panel', hard: true },
  { phrase: 'to your procurement', hard: true },
  // A booking made for them: "want me to put you on the schedule?", "book your service today".
  { phrase: 'put you on the schedule', hard: true },
  { phrase: 'put you down for', hard: true },
  { phrase: 'pencil you in', hard: true },
  ...['service', 'spot', 'slot', 'seat', 'place', 'free', 'appointment', 'consultation', 'call', 'demo', 'session'].map(
    (thing) => ({ phrase: `book your ${thing}`, hard: true }),
  ),
  { phrase: 'looking for a mentor', hard: true },
  // "We are developing a sensor and are looking for pilot partners": customers, by another name.
  { phrase: 'pilot partners' },
  { phrase: 'design partners' },
  { phrase: 'beta testers' },
  { phrase: 'looking for partners' },
  { phrase: 'minutes of your time' },
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
  { phrase: 'recommendation for me', hard: true },
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
  // A CV or a portfolio sent to a stranger asks for work, whatever kind words come first.
  { phrase: 'my resume', hard: true },
  { phrase: 'my résumé', hard: true },
  { phrase: 'my cv', hard: true },
  { phrase: 'send you my portfolio', hard: true },
  { phrase: 'share my portfolio', hard: true },
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
  'writing', 'accept', 'cite', 'consider',
  // Coverage, promotion, money and trials asked of a stranger: "could you kindly cover it?".
  'cover', 'covering', 'feature', 'featuring', 'promote', 'promoting', 'amplify', 'boost', 'review',
  'reviewing', 'fund', 'funding', 'invest', 'buy', 'try', 'test', 'testing', 'pilot', 'waive',
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
  'repost', 'comment', 'book', 'spare', 'advise', 'consider', 'cite', 'accept', 'hire',
]);
/** "Please pass on a huge thank you", "please give Ana my best": courtesy, not a favour. */
export const COURTESIES: ReadonlySet<string> = new Set([
  'regards', 'thanks', 'thank', 'love', 'best', 'congratulations', 'congrats', 'condolences', 'wishes',
  'care', 'hello', 'greetings',
]);

/** What a stranger is asked to hand over in "any X would be appreciated". */
export const HELP_GIVEN: ReadonlySet<string> = new Set([
  'insight', 'insights', 'advice', 'help', 'tips', 'pointers', 'guidance', 'introduction', 'introductions', 'intro',
  'intros', 'referral', 'referrals', 'support', 'feedback', 'leads', 'info', 'information', 'recommendation',
  'recommendations', 'suggestions', 'contacts',
]);

/** "you'd" written as one word: "if you'd write the foreword", "whether you'd be willing". */
export const YOUR_YES_SINGLE: ReadonlySet<string> = new Set(["you'd", 'youd']);
