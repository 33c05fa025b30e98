import type { PhraseEntry } from '../text/phrase-matcher';
import { wordList, wordSet } from '../text/word-set';

/** "a referral program" is a topic, not an ask. */
export const NOT_A_REFERRAL = wordList(
  'program programme scheme system bonus process network partner pipeline',
);

const NOT_A_MEETING_AFTER = wordList('away off drive walk walking ride walkthrough from out down up early late');

/** What the reader might send back that is only word of them: a message, a photo. */
const SENT_BACK = 'message msg dm note line word text photo photos photograph photographs pic pics picture pictures fotos email e-mail';

/**
 * Concrete asks of the reader's time, network, reputation or attention. `hard: true`: the ask is the
 * reason for the note whatever comes before it. "Worth a look" is hard only asked as a question
 * (signals/soft-asks.ts): "worth a look if you haven't seen it" recommends.
 */
export const ASKS: readonly PhraseEntry[] = [
  // An ask of their time.
  'a call/zoom/meeting',
  'a quick/short/brief/phone/telephone call',
  'quick call/chat',
  'short telephone call',
  'hop/jump/get on a call',
  // "Want me to set up a tour for Saturday?": a tour of what is for sale books a visit.
  'schedule/book a call/tour',
  'set up a call/time/tour',
  // "Want me to pop you in?", "When can I get you in?": a booking offered as a favour.
  'pop you in',
  'when can i get you in',
  // "Could we include a small flyer in your next newsletter?": their members' attention.
  'flyer/leaflet in your',
  // A stranger asked for money: "collecting donations for the toy drive, every little bit helps!".
  'every little bit helps',
  'every little helps',
  // "Would you keep my info handy for families who need placement help?": a standing referral.
  { phrase: 'keep my info/details/card handy', hard: true },
  'a brief/short chat',
  'a quick/short/brief meeting',
  'schedule/grab some time',
  'find a time',
  // "my calendar is open" after "if you ever want …" is an offer.
  { phrase: 'my calendar', unlessNext: ['is'], hard: true },
  // "I know your calendar is brutal": told of, not asked for.
  { phrase: 'your calendar', unlessNext: ['is'] },
  { phrase: 'calendly', hard: true },
  // "lives 10 min away", "I'm 10 min off post", "your 10 min walkthrough": a distance or a length.
  ...['a few minutes', 'a few mins', '5 minutes', '10 minutes', '15 minutes', '20 minutes', '30 minutes', '15 mins', '15 min', '10 min', '10 mins', '30 mins'].map(
    (phrase) => ({ phrase, unlessNext: NOT_A_MEETING_AFTER }),
  ),
  'squeeze in',
  '_ minute call/chat/demo',
  '_ min call/demo',
  // A sales meeting; not "open a demo account" to practise on, nor "a demo day".
  { phrase: 'a demo', unlessNext: ['account', 'day'] },
  // "I can set you up with a demo account": a trial of what is sold.
  'with a demo',
  'quick demo',
  // A discount asked of a seller met once: "wonderin what kind of deal you could do for an old soldier".
  'kind of deal',
  // Their reputation lent.
  { phrase: 'a referral', unlessNext: NOT_A_REFERRAL, hard: true },
  { phrase: 'refer me', hard: true },
  { phrase: 'recommend me', hard: true },
  // "I am applying in the next round and would be grateful if you can look at my proposal".
  { phrase: 'be grateful if you', hard: true },
  { phrase: 'be so grateful if you', hard: true },
  { phrase: 'appreciate it if you could', hard: true },
  { phrase: 'referral for', hard: true },
  { phrase: 'put in a good word', hard: true },
  { phrase: 'putting in a good word', hard: true },
  { phrase: 'put a good word in', hard: true },
  { phrase: 'put in a word', hard: true },
  { phrase: 'putting in a word', hard: true },
  { phrase: 'a good word for me', hard: true },
  // "If there's ever a word in an ear going at your place": a job asked for sideways.
  { phrase: 'a word in an ear', hard: true },
  // "Would you let me put your name to it?": their backing asked for.
  { phrase: 'put your name to', hard: true },
  { phrase: 'your name behind', hard: true },
  // A referee asked for: "would you be ok with me putting your name down?"
  { phrase: 'putting your name down', hard: true },
  { phrase: 'put your name down', hard: true },
  { phrase: 'be my referee', hard: true },
  { phrase: 'as my referee', hard: true },
  { phrase: 'as a referee', hard: true },
  { phrase: 'introduce me to', hard: true },
  { phrase: 'intro me to', hard: true },
  { phrase: 'intro me', hard: true },
  { phrase: 'intro to your', hard: true },
  { phrase: 'an intro to your', hard: true },
  { phrase: 'an introduction to your', hard: true },
  'to partner with',
  'discuss rates',
  'looking for reviewers',
  'opportunity to work together',
  'kindly check',
  'any help appreciated',
  // "Could I count on your support?": their backing asked for, for my cause.
  'count on your support/vote/help',
  'i count on you',
  // A meeting booked by sending the means to book it.
  { phrase: 'calendar link', hard: true },
  { phrase: 'calendar invite', hard: true },
  // "I've added you to the email list for my new Substack": a subscription nobody asked for.
  { phrase: 'added you to my', hard: true },
  { phrase: 'added you to our', hard: true },
  { phrase: 'added you to the email list', hard: true },
  { phrase: 'added you to the mailing list', hard: true },
  // "Let me know when you're ready to scale": the sale deferred, not dropped.
  "let me know when you're ready",
  'let me know when you are ready',
  // "maybe there's scope for a collaboration?": a partnership proposed to a stranger.
  'scope for a collaboration',
  'scope for collaboration',
  'scope to collaborate',
  'how we might/could work with',
  // "would be good to catch up on future projects": their next work, sought.
  'on/for/any future projects',
  // "Let me know if this sounds relevant": whether they are a buyer, asked.
  'if this/that sounds relevant',
  'if this is relevant',
  'if this is of interest',
  "if it's of interest",
  "if it's ever of interest",
  'if it is of interest',
  "if that's of interest",
  // "I'd welcome the chance to show you the results": their time, asked for politely.
  { phrase: 'welcome the chance to', unlessNext: wordList('return repay help thank'), hard: true },
  { phrase: 'love the chance to', unlessNext: wordList('return repay help thank') },
  { phrase: 'welcome the opportunity to', unlessNext: wordList('return repay help thank') },
  // A place on their website, their shelves or their list: "would you consider listing us".
  'consider listing',
  'on/upon your shelves',
  // A place in their shop or clinic for my product or flyer: "would sit nicely on your front counter".
  'sit nicely on your',
  'sit very naturally',
  'a natural fit for the shelves',
  'on your front counter',
  'up in your waiting room',
  // "we'd love to get a flyer up at your VFW post"
  'a flyer/poster up',
  'flyers/posters up',
  'value your input',
  'for/invite you to contribute',
  // A thing of theirs wished for: "a letter of collaboration from you would make it much stronger".
  'from you would',
  'a letter of support',
  'letters of support',
  'letter of collaboration',
  'would make a real/big/huge difference',
  'see your name on',
  // Their name lent to the writer's application or pitch: "may I mention your name in my cover letter?".
  'mention your name',
  // Their referrals asked for as the writer's name in their mouth: "I'd love to be the name you mention to clients".
  { phrase: 'the name you mention', hard: true },
  { phrase: 'first name on your', hard: true },
  'use/drop your name',
  // The buyer sought in a statement: "I need only the name of the person who decides the orders".
  'the person who decides',
  // "is he person who decide new signings?", said in a second language.
  'person who decide/decides',
  'the name of the buyer',
  // A sponsor's name sold on a team's kit: "the kids running out with your name on their shirts".
  'your name on their/our',
  'your logo on',
  'the reviewer list',
  'be grateful for your',
  'any room there/on',
  'your best price',
  'best trade price',
  'any discount',
  'a sample of',
  'just reply',
  // "When you come across them, send them my way": their people, sent to me.
  'send/point them my way',
  // "please add BigQuery support in your library asap" (not "please add me to your list": 'add me to your').
  { phrase: 'please add', unlessNext: ['me', 'us'] },
  // "We made a lice-counting app. Would your team test it for two weeks?"
  'test it for',
  'team test it',
  // "Do you have a preferred photographer list yet?": onto their suppliers, the note's reason.
  { phrase: 'a preferred _ list', hard: true },
  { phrase: 'recommended installers', hard: true },
  { phrase: 'recommended suppliers', hard: true },
  { phrase: 'approved installers', hard: true },
  'as an advisor/adviser',
  'our advisory board',
  'listing/recommend us',
  'list us as',
  'consider/fancy stocking',
  'interested in stocking',
  'stock our',
  { phrase: 'sponsor a team', hard: true },
  { phrase: 'sponsor a table', hard: true },
  { phrase: 'sponsor us', hard: true },
  { phrase: 'sponsor our', hard: true },
  'the go ahead',
  'the go-ahead',
  'if this sounds like a fit',
  'if this is a fit',
  // "Will you be taking new students for fall?": a place asked for, by asking whether there is one.
  'taking/accepting new students',
  'taking on new students',
  'taking on apprentices',
  'discuss pricing',
  'run by you',
  // A partnership proposed to a stranger, however vaguely: "would love to find ways to collaborate".
  'ways/opportunities to collaborate',
  'ways/opportunities to work together',
  "if there's a fit",
  'if there is a fit',
  'a fit between',
  'connect me with',
  { phrase: 'put me in touch', hard: true },
  // A CV passed to the hiring manager is a referral, however it is asked.
  { phrase: 'pass my cv', hard: true },
  { phrase: 'forward my cv', hard: true },
  { phrase: 'my cv to', hard: true },
  { phrase: 'my resume to', hard: true },
  'feedback on an early',
  // A place on their books: "get on your approved installer list".
  { phrase: 'on your approved', hard: true },
  { phrase: 'on your preferred', hard: true },
  { phrase: 'your supplier list', hard: true },
  { phrase: 'your vendor list', hard: true },
  { phrase: 'your bid list', hard: true },
  { phrase: 'get on your panel', hard: true },
  { phrase: 'onto your panel', hard: true },
  { phrase: 'your supplier panel', hard: true },
  { phrase: 'to your procurement', hard: true },
  // A booking made for them: "want me to put you on the schedule?", "book your service today".
  { phrase: 'put you on the schedule', hard: true },
  { phrase: 'put you down for', hard: true },
  { phrase: 'pencil you in', hard: true },
  ...wordList('service spot slot seat place free appointment consultation call demo session').map(
    (thing) => ({ phrase: `book your ${thing}`, hard: true }),
  ),
  { phrase: 'looking for a mentor', hard: true },
  // "We are developing a sensor and are looking for pilot partners": customers, by another name.
  'pilot/design partners',
  'beta testers',
  'as a beta tester',
  'looking for partners',
  'minutes of your time',
  'we can/could cooperate',
  { phrase: 'putting me in touch', hard: true },
  { phrase: 'put us in touch', hard: true },
  // "If you can put us in same email thread, I will prepare everything", "Just put us in same email,
  // I do the rest": an introduction asked for.
  { phrase: 'in same email thread', hard: true },
  { phrase: 'in same email', hard: true },
  { phrase: 'in the same email thread', hard: true },
  // A visit asked for: "When's a good day for me to swing by?"
  'a good day for me to',
  'swing by your',
  // "Would you do the first one as a favour?"
  { phrase: 'as a favour', hard: true },
  { phrase: 'as a favor', hard: true },
  // "You'd be doing an old chief a favor": the ask said as the favour they would do.
  { phrase: 'be doing me a favor', hard: true },
  { phrase: 'be doing me a favour', hard: true },
  { phrase: 'be doing us a favor', hard: true },
  { phrase: 'be doing us a favour', hard: true },
  { phrase: 'be doing an _ _ a favor', hard: true },
  { phrase: 'be doing an _ _ a favour', hard: true },
  { phrase: 'be doing a _ _ a favor', hard: true },
  { phrase: 'be doing a _ _ a favour', hard: true },
  'endorse/endorsing me',
  'endorse you back',
  // An endorsement asked for is what the note is for, however it opens.
  { phrase: 'endorse my', hard: true },
  // "I'd be obliged if you'd put a kind word on my profile" ("thanks for the kind words on my post" thanks).
  { phrase: 'a kind word on my', hard: true },
  { phrase: "who's doing the hiring", hard: true },
  'an endorsement',
  'endorsements',
  { phrase: 'write me a recommendation', hard: true },
  { phrase: 'a recommendation for me', hard: true },
  { phrase: 'recommendation for me', hard: true },
  // Their attention.
  'check out my/our',
  'take/have a look at my',
  'follow/like my page',
  'follow our page',
  'follow my company',
  { phrase: 'like my post', hard: true },
  { phrase: 'share my post', hard: true },
  'subscribe to my',
  'visit my/our website',
  'sign up for',
  // Their expertise, for free.
  'pick/picking your brain',
  'help me find/land/get',
  // A CV or a portfolio sent to a stranger asks for work, whatever kind words come first.
  { phrase: 'my resume', hard: true },
  { phrase: 'my résumé', hard: true },
  { phrase: 'my cv', hard: true },
  { phrase: 'send you my portfolio', hard: true },
  { phrase: 'send over my portfolio', hard: true },
  { phrase: 'share my portfolio', hard: true },
  'any openings',
  'are you hiring',
  'is your team/company hiring',
  'would you buy',
  'buy a copy',
  'an introduction/intro',
  { phrase: 'who handles', hard: true },
  { phrase: 'who is responsible for', hard: true },
  { phrase: 'the right person to talk to', hard: true },
  // "let me know who I need to talk to", "who does y'all's hiring?": the way in asked for.
  { phrase: 'who i need to talk to', hard: true },
  { phrase: 'who i should talk to', hard: true },
  { phrase: 'who do i talk to', hard: true },
  { phrase: 'who does _ hiring', hard: true },
  { phrase: 'who does the hiring', hard: true },
  // A testimonial asked for: "would you write a few lines about me on here?"
  { phrase: 'a few lines about me', hard: true },
  { phrase: 'a few words about me', hard: true },
  // Money for the writer's cause: "seeking donations for our fund. Any contribution, however modest".
  { phrase: 'seeking donations', hard: true },
  { phrase: 'donations for our', hard: true },
  { phrase: 'any contribution', hard: true },
  // Time asked in other words: "it would take but a quarter of an hour".
  'a quarter of an hour',
  'my deck',
  'send a proposal',
  'send you a proposal',
  'enrol/enroll',
  'feedback on my',
  'fill out my survey',
  // Not a bare 'share my': 'happy to share my notes' is an offer.
  { phrase: 'share my page', hard: true },
  { phrase: 'share my article', hard: true },
  { phrase: 'share my video', hard: true },
  'share my profile',
  { phrase: 'like and share', hard: true },
  // "Would really appreciate a like and comment to help with the algorithm".
  { phrase: 'like and comment', hard: true },
  'kindly revert',
  'when can we talk/meet',
  'when are you available',
  'can you help me',
  'please help',
  'your thoughts on my',
  'let me know your availability',
  'guide/mentor me',
  { phrase: 'be my mentor', hard: true },
  'follow me',
  'intro/discovery call',
  'virtual/grab coffee',
  'coffee chat',
  'grab a coffee',
  'buy you a coffee',
  'give me a shout out',
  'a shout out on your',
  'promote my',
  // Their page lent to the writer's thing; "saw the photos on your page" is only looking.
  'it/us on your page',
  'on your page and tag',
  'anything open',
  'do you have any tips',
  'any tips on',
  // "Send me a message if she has questions", "send me a photo from the memorial": a word back, not theirs taken.
  // "Send me his name and I'll keep an eye on it": someone else's, for their sake.
  { phrase: 'send me', unlessNext: wordList(`a an his her their ${SENT_BACK}`) },
  { phrase: 'send me a', unlessNext: wordList(SENT_BACK) },
  { phrase: 'send me an', unlessNext: wordList(SENT_BACK) },
  // "Send me a message with your budget": the word back carries theirs.
  'send me a/an _ with your',
  'send me _ with your',
  // "All I need is your OK and a break room for an hour": what the free thing costs them.
  'all i/we need is your',
  'all i need from you',
  'review my',
  // The reader's public word for the writer's business: a rating, a vote.
  { phrase: 'leave a review', hard: true },
  { phrase: 'leave us a review', hard: true },
  // "leave us a quick review", "leave us a 5-star review".
  { phrase: 'leave us a _ review', hard: true },
  { phrase: 'leave us a _ _ review', hard: true },
  { phrase: 'leaving a review', hard: true },
  { phrase: 'leaving us a review', hard: true },
  { phrase: 'google review', hard: true },
  // "I would appreciate your purchase and a review on Amazon": a rating on a store.
  { phrase: 'a review on amazon', hard: true },
  { phrase: 'appreciate your purchase', hard: true },
  { phrase: 'vote for us', hard: true },
  { phrase: 'voting for us', hard: true },
  { phrase: 'vote for our', hard: true },
  // A board vote asked for: "Need your vote Tuesday on the levy. Read the proposal and vote yes."
  { phrase: 'need your vote', hard: true },
  { phrase: 'vote yes', hard: true },
  // Their work, or a letter, asked for outright.
  'please share/send your',
  'please provide',
  'a review from you',
  'send over your',
  'any chance you could',
  // "Any chance Keewatin could put a little toward the rental?": their firm asked, by name.
  'any chance _ could',
  'could you look at',
  'would donate',
  'donate a',
  'deliver a session',
  'run a session for us',
  'look over my',
  { phrase: 'writing me a', hard: true },
  { phrase: 'write me a', hard: true },
  'would you consider',
  'would you be willing to',
  'would you be comfortable',
  'show you what we',
  'know anyone',
  // "Anyone you could point me to?": an introduction asked for.
  'point me',
  'know someone who',
  // "Figured you'd know folks who'd want a book of 200 customers": buyers asked for, guessed at.
  // "Would your company be willing to provide one?", "letters of collaboration from industry".
  'would your _ be willing',
  'would your _ _ be willing',
  // "Would your managers benefit?": their people sized up for what I offer.
  'would your _ benefit',
  // A seller's probe: "is it something you'd want to get down before next season?"
  ...['it', 'that', 'this'].flatMap((what) => [`is ${what} something you'd want`, `is ${what} something you would want`]),
  'would your _ _ benefit',
  // Their advice for my next step: "I would value your perspective on how you landed there".
  ...wordList('perspective take read advice thoughts view impression').map((asked) => ({ phrase: `value your ${asked}`, hard: true })),
  // Money for my cause, said lightly: "if you ever fancied throwing a few quid at it".
  { phrase: 'a few quid at', hard: true },
  { phrase: 'a few quid towards', hard: true },
  { phrase: 'a few bucks at', hard: true },
  'letters of collaboration',
  // "your group's recent work would fit perfectly" in my session: a submission asked for.
  'would fit perfectly',
  // In a second language: "I think it would fit perfect in your section".
  'would fit perfect',
  // Quoted or named in their piece: "if you ever need a farmer to quote, I don't mind being named".
  'need a/an _ to quote',
  "don't mind being named",
  "don't mind being quoted",
  'happy to be quoted',
  // A buyer's or a visitor's ask: "perhaps learn about your pricing", "bring my team to see it".
  'about your pricing',
  'bring my team to',
  // "maybe we see each other for a coffee and I tell you about them?"
  'each other for a coffee',
  // "And you are happy with the results?", "happy with your current provider?": a seller's probe.
  'happy with your current',
  // A buyer's first step: "would love to see a pricing sheet".
  'a pricing/price sheet',
  // A favour hoped for: "was hoping you could give a talk next month".
  'hoping you could/would/might',
  // Backing asked for: "would love your endorsement", a blurb.
  'your endorsement',
  'a blurb',
  // A partnership proposed to a stranger: "a joint proposal to the ERC", "your lab as a partner on WP3".
  'a joint proposal/application/bid',
  'as a partner on',
  "you'd know folks",
  "you'd know people",
  'you know folks/people who',
  'you know of anyone',
  'any chance you know',
  'sharing my',
  'with your network',
  'a subscribe',
  { phrase: 'subscribe and share', hard: true },
  // "Check it out and subscribe if you like what you see, it really helps the algorithm".
  'subscribe if',
  { phrase: 'helps/help the algorithm', hard: true },
  'quick zoom',
  'when works/suits',
  "let's talk",
  // The apostrophe is often left out.
  'lets talk/chat',
  'let us talk/chat',
  { phrase: 'to be considered', hard: true },
  'what suits you',
  'get on the/your list',
  'the/a founding gift',
  'make/making a gift',
  'get your thoughts on',
  { phrase: 'a testimonial', hard: true },
  { phrase: 'write a testimonial', hard: true },
  'mind accepting',
  'accept my request',
  'kindly accept',
  // "Worth a look?" is found asked as a question (signals/soft-asks.ts); "worth a look if you haven't seen it" recommends.
  'worth a chat/call/conversation/quick',
  'worth exploring',
  { phrase: 'in exchange for', hard: true },
  'follow-up call',
  'follow up call',
  'a proper/live/full/short/free/product/personalised/personalized demo',
  'feedback on our',
  'your honest feedback',
  { phrase: 'the best person', hard: true },
  // What the ask is for, said instead of the ask: "Every share counts", "reviews help small authors".
  'every share/review helps',
  'every share/review counts',
  'reviews/shares help',
  'any amount helps',
];

/** Words before "20 minutes" that make it a span of time in a story, not a request for it. */
export const NOT_ASKING_FOR_TIME: ReadonlySet<string> = wordSet(
  'in ' +
  // "a guide that's worth 10 minutes": what the time would buy them.
  'worth about spent took after within around nearly almost first last every than ' +
  // "shortening our demo to 15 minutes", "from 30 down to 10 minutes": a length, not a request.
  'to from under',
);

/**
 * "If a call would ever help, I'm glad to share what I learned": a call or an intro offered on the
 * condition that it helps them is an offer, not an ask. The ask phrase follows "if" and one of these
 * words comes within a few words after it.
 */
export const HELPS_THEM: ReadonlySet<string> = wordSet('help helps useful helpful save');

/**
 * "Let me know if you'd like an intro", "if you ever need a call about it": what the reader may want
 * is offered to them ("if you ever want to pop in"). Not a demo or a slot: "if you'd like a demo", "if
 * you'd like to set up a time" are the seller's ask.
 */
export const READER_WANTS: ReadonlySet<string> = wordSet('like want need');
export const READER: ReadonlySet<string> = wordSet("you you'd ever you'll");
export const NEVER_OFFERED: ReadonlySet<string> = wordSet('demo minutes mins min set schedule book');

/** "you're looking for a sponsor for …": what they seek, named before the ask words. */
export const SEEKING: ReadonlySet<string> = wordSet('looking searching hunting');

/** "Could you …", "would you mind …": a favour asked of the reader by the sentence's shape. */
export const FAVOUR_MODALS: ReadonlySet<string> = wordSet('could can would');
/** Between "you" and the verb: "could you possibly sign", "would you mind voting". */
export const FAVOUR_FILLERS: ReadonlySet<string> = wordSet('please possibly kindly maybe just mind perhaps');
/** A clause that starts before the modal makes it theirs, not a request: "let me know if you could use it". */
export const NOT_A_REQUEST_BEFORE: ReadonlySet<string> = wordSet(
  'if whether how what why where when who that which',
);
/**
 * Favours a stranger is asked for: acting for the writer's cause, passing them on, giving time or
 * money. Not telling or explaining (curiosity), nor "use" or "like" (offers: "could you use a hand?").
 */
export const FAVOUR_VERBS: ReadonlySet<string> = wordSet(
  'vote voting sign signing send sending get getting introduce introducing connect connecting pass ' +
  'passing forward forwarding put putting refer referring mention mentioning spare donate donating ' +
  'sponsor sponsoring fill filling give giving spread spreading circulate circulating endorse endorsing ' +
  'nominate nominating hire hiring book booking hop jump meet call ring answer complete completing take ' +
  'taking retweet repost reposting write writing accept cite consider ' +
  // Coverage, promotion, money and trials asked of a stranger: "could you kindly cover it?".
  'cover covering feature featuring promote promoting amplify boost review reviewing fund funding invest ' +
  'buy try test testing pilot waive',
);

/**
 * Asked outright with "please" or "kindly": "Please vote for…", "kindly share your CV". Not "pass",
 * "call" or "contact": "please pass it on to your mum", "please call on me" hand something over;
 * nor "check" or "read", which advise as often ("please check 2-3 forwarders") and ask only of the
 * writer's thing (signals/requests-for-mine.ts).
 */
export const PLEASE_VERBS: ReadonlySet<string> = wordSet(
  'vote share send forward refer reply revert inform rate support sign donate sponsor fill endorse ' +
  'nominate introduce recommend spread circulate repost comment book spare advise consider cite accept ' +
  'hire',
);
/** "Please pass on a huge thank you", "please give Ana my best": courtesy, not a favour. */
export const COURTESIES: ReadonlySet<string> = wordSet(
  'regards thanks thank love best congratulations congrats condolences wishes care hello greetings',
);

/** What a stranger is asked to hand over in "any X would be appreciated". */
export const HELP_GIVEN: ReadonlySet<string> = wordSet(
  'insight insights advice help tips pointers guidance introduction introductions intro intros referral ' +
  'referrals support feedback leads info information recommendation recommendations suggestions contacts',
);

/** "you'd" written as one word: "if you'd write the foreword", "whether you'd be willing". */
export const YOUR_YES_SINGLE: ReadonlySet<string> = wordSet("you'd youd");
