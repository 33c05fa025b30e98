import type { Phrase, PhraseEntry } from '../text/phrase-matcher';
import { wordList, wordSet } from '../text/word-set';

// Asks that a question mark dresses up as curiosity. Each is an ask of a stranger, never interest
// in their work: they count with the asks (ask-before-give) and keep a sentence from reading as a
// genuine question.

/** Their phone, email or chat handle. */
export const CONTACT_ASKS: readonly PhraseEntry[] = [
  'best/phone/mobile/your number',
  'best email/e-mail',
  'best way to reach you',
  'number to reach/call you',
  "what's your email",
  'what is your email',
  'your email address',
  'your personal/work email',
  'your direct line',
  'your whatsapp/mobile/cell',
  'on whatsapp',
  'contact details/info',
  'drop/send me your',
  'email me back',
  'send your cv/resume',
  'send us your',
  ...['catalogue', 'catalog', 'pricing', 'price list', 'rates'].flatMap((what) => [`send your ${what}`, `send your _ ${what}`]),
  // The job wished their way: "whoever ends up feeding 1,200 dentists, I'd love for it to be us".
  'for it to be us',
  // "It would be an honour if our studio's name were remembered when the shortlist is made".
  'name were/was/is remembered',
  // The writer's name in their mouth: "I'd take it as a favour if my name came up", "put my name in for the opening".
  { phrase: 'my name came up', hard: true },
  { phrase: 'my name comes up', hard: true },
  { phrase: 'put my name in', hard: true },
  'put my name forward',
  'the referral form',
  // Their word or their name lent: "a few lines from your office would carry great weight with the panel".
  { phrase: 'carry _ weight', hard: true },
  { phrase: 'carry weight', hard: true },
  // A testimonial asked for: "I need testimonial from my previous master. If you can sign one …".
  { phrase: 'if you can sign', hard: true },
  { phrase: 'need testimonial', hard: true },
  { phrase: 'need a testimonial', hard: true },
  // Which door to knock on, asked of the reader: "who should I send it to?"
  { phrase: 'who should i send', hard: true },
  { phrase: 'a gift in _ name', hard: true },
  { phrase: 'presenting partner', hard: true },
  // A stage asked for: "if there's a place on the spring agenda, I'd be honoured to tell it".
  'place/slot on the _ agenda',
  // A visit on their calendar: "perhaps on a Saturday of your choosing".
  'of your choosing',
  // A venue or a gift asked for in a blessing: "a place that might bless us with the space".
  'bless us with',
  // A close with a date on it: "I can start on 15 of May if you sign this week".
  'if you sign this/before/by',
  'for it to be me',
  'me/share/leave/drop your email',
  // "FREE roadmap PDF: just enter your email at the link": a form that collects leads.
  { phrase: 'enter your email', hard: true },
  // "Just fill out the little form with your name and phone": a lead form.
  ...['out', 'in'].flatMap((verb) => ['short', 'quick', 'little'].map((size) => ({ phrase: `fill ${verb} the ${size} form`, hard: true }))),
];

/** Their time: a meeting, a slot, a day. */
export const MEETING_ASKS: readonly PhraseEntry[] = [
  'are you free/available',
  'available/free for coffee',
  'available/free for a call',
  'free for a coffee/chat',
  'free any day',
  "when's best",
  'when is best',
  'when would suit',
  'what time works',
  // "What dates work for you in October?": a time asked for, never curiosity.
  'what/which date/dates/day/days/times work/suit',
  'a good time to/for',
  'which works better/best',
  'grab/book a slot',
  'give you a ring/call',
  'can we call',
  'call tomorrow',
  'schedule a time',
  'a time to chat',
  'time to talk',
  'your availability',
  "when you're available",
  'when you are available',
  'coffee next/this week',
  'pop in',
  'a quick catch up',
  'connect and chat',
  "let's chat",
  'chat more',
  "you'd be free",
  'you would be free',
  "when you're free",
  'when you are free',
];

/** Good words carried to their people: "pass my thanks to your crew" asks nothing. */
const GOOD_WORDS = wordList('thanks gratitude congratulations congrats regards best compliments appreciation condolences love');

/** "how many _ a year", "how many _ _ per month": a volume asked for, up to three words naming it. */
const BUYING_VOLUME = ['per', 'a', 'each', 'every'].flatMap((each) =>
  ['year', 'month', 'week'].flatMap((span) => ['_', '_ _', '_ _ _'].map((what) => `how many ${what} ${each} ${span}`)),
);

/** Sales and recruiting questions that qualify a prospect: budget, buyer, tools, openness. */
export const QUALIFYING_ASKS: readonly PhraseEntry[] = [
  // The discovery question of a sales call: "how is your team currently handling failover?"
  'currently handling',
  // "with volume growing, I am curious how you handle it now?"
  { phrase: 'you handle it now', unlessNext: ['that'], hard: true },
  'currently managing',
  'is your team currently',
  'best way to get onto/on',
  'subcontractor list',
  // Sizing the prospect: "how many sites are you running at the moment?"
  'how many sites/projects/employees/staff/engineers',
  'how many people do you',
  'how many people on your',
  // A kitchen sized: "how many covers you do on a Sunday?"; a contract's end: "when does that contract come up?"
  'how many covers',
  // A herd, a bill or a supplier sized up: "how many head are you running, and who are you buying feed off?"
  'how many head',
  'monthly/quarterly _ bill',
  'your power/energy/electricity bill',
  "who you're buying",
  'who are you buying',
  // A funder, a service contract or a prescriber sized up: "what is the usual size of support?",
  // "who's servicing it now?", "which pharmacy does your clinic send most scripts to?"
  'usual size of',
  // A prospect sized by its peers: "just curious how companies your size handle it", "or do you use outside consultants?"
  { phrase: 'companies your size', hard: true },
  { phrase: 'do you use outside', hard: true },
  'does your _ consider',
  "who's servicing",
  'send most _ to',
  'remember the loyal',
  'contract come up',
  // "And when your current lease ends?": a tenant sized up for the move.
  'your current lease',
  'does your lease',
  'contract comes up',
  // "has your team got a photographer sorted yet? roughly how many folk are you expecting?"
  'got/have a _ sorted',
  'how many _ are you expecting',
  // "Ever think about what signatory would look like for you?": the pitch as their picture.
  'would look like for you',
  // A practice sized: "and more or less how many by month?"
  'how many by/per/a month',
  // A buyer sized by volume: "how many containers per year your company import?", "how many kg per month does your café use?"
  ...BUYING_VOLUME,
  // A funder sized up: "and what a typical grant might be?"
  'a typical grant',
  // Sizing a peer as a prospect: "about what you grossin a week?"
  'you grossing/grossin',
  // A job seeker sizing an employer: "do you usually sponsor the knowledge migrant visa?"
  'sponsor the _ visa',
  'sponsor the _ _ visa',
  'sponsor visas',
  'find your subcontractors',
  { phrase: 'are you open to', unlessNext: ['me'] },
  { phrase: 'would you be open to', unlessNext: ['me'] },
  'would you be interested',
  'interested in taking a look',
  'planning to raise',
  'are you interested in',
  'be interested in hearing',
  'interested in hearing/learning more',
  'open to new opportunities',
  'open to hearing/exploring',
  'are/do you currently',
  'do you have budget',
  'have a budget',
  'who in your',
  // "Who at your shop would I talk to about a donated one?"
  'who at your',
  // "have u ever thought of having someone in Manila clear ur inbox?"
  { phrase: 'thought of having someone', hard: true },
  'who on your',
  'who else on your',
  { phrase: 'who looks after', hard: true },
  'who should i be talking to',
  { phrase: 'the right person', hard: true },
  'are you using',
  'still managing',
  'been in business',
  'been trading',
  'in your current role',
  'biggest challenges/challenge',
  'your biggest',
  'your current salary',
  'what would it take',
  'close your file',
  // "r u hiring".
  'r you hiring',
  'roles you have open',
  'sponsor visa',
  'to/headline sponsor',
  'a sponsor for',
  // "We'd love Acme on board as a Gold sponsor", "as presenting sponsor of our gala".
  { phrase: 'as a sponsor', hard: true },
  { phrase: 'as a _ sponsor', hard: true },
  { phrase: 'as _ sponsor', hard: true },
  { phrase: 'as our sponsor', hard: true },
  { phrase: 'looking for sponsors', hard: true },
  { phrase: 'interested in sponsoring', hard: true },
  // "We've still got 6 spots unsponsored": the gap left for them to fill.
  { phrase: 'unsponsored', hard: true },
  // "My classes could use a sponsor. Something to think about.": the ask said as a need.
  { phrase: 'could use a sponsor', hard: true },
  { phrase: 'could use sponsors', hard: true },
  { phrase: 'need a sponsor', hard: true },
  { phrase: 'needs a sponsor', hard: true },
  'sponsorship/partnership packages',
  'talk sponsorship',
  // "does your shop do in-kind donations? we need 4 brushless motors".
  'in-kind donations/donation',
  'in kind donations',
  'to donate',
  // A shortfall laid at their door: "the league is about $3,000 short this year".
  { phrase: 'short this year', hard: true },
  'a monthly donation',
  'put us forward',
  'put you down',
  'advisory board',
  'on board with',
  'mention us',
  // "would your folks want their name on our winter drive banner?": sponsorship asked as a picture.
  // A reference asked for by what the employer wants: "they ask for a supervisor reference. You were the first person I thought".
  ...['ask', 'asks', 'asking'].flatMap((verb) => [
    { phrase: `${verb} for a _ reference`, hard: true },
    { phrase: `${verb} for a reference`, hard: true },
  ]),
  { phrase: 'be my reference', hard: true },
  // Their people as the writer's way in: "any names I should know?"
  { phrase: 'names i should know', hard: true },
  // A raise or a job hunt dressed as feedback: "I'd really value your eyes on the deck", "a resume I'd love your eyes on".
  { phrase: 'eyes on _ deck', hard: true },
  { phrase: 'love your eyes on', hard: true },
  // Which door to knock on, asked sideways: "whose desk would something like that land on?"
  { phrase: 'whose desk', hard: true },
  // Their surplus or their seats, asked for: "I hope you would think of us first", "how many of those seats might be set aside for our veterans".
  { phrase: 'think of us first', hard: true },
  { phrase: 'set aside for our', hard: true },
  // Their clicks as the writer's currency: "Follow our page! Likes help us land grants."
  { phrase: 'likes help us', hard: true },
  // "share how your company can make a real difference for local veterans this year".
  { phrase: 'how your company can', hard: true },
  { phrase: 'want their name on', hard: true },
  { phrase: 'want your name on', hard: true },
  { phrase: 'logo on our', hard: true },
  // "it'd sure look good to have Whitfield Ford on the banner": the sponsor's place, pictured.
  { phrase: 'on the banner', hard: true },
  // "your logo would look right at home on our banner": sponsorship asked as a picture.
  'your logo would/could',
  ...['forward my', 'pass my'].map((phrase) => ({ phrase, unlessNext: GOOD_WORDS })),
  'keep me in mind',
  // Session 26's rounds: a job, a buyer's name, an intro and a sponsor asked sideways ("I hope you will
  // remember my name", "Only need a name", "would they take a note from you about us?", "your
  // company's name on the wall of our shop", "I'd be in your debt").
  { phrase: 'will remember my name', hard: true },
  { phrase: 'only need a name', hard: true },
  { phrase: 'take any names', hard: true },
  { phrase: 'from you about us', hard: true },
  { phrase: "company's name on", hard: true },
  { phrase: 'be in your debt', hard: true },
  // A supplier's place asked for: "I'd love to be on your list of trusted contractors", "Would sure like to be your supplier".
  { phrase: 'be on your list', hard: true },
  { phrase: 'be on your list of _', hard: true },
  { phrase: 'be your supplier', hard: true },
  // Stars asked for: "Could you leave us 5 stars on Google?".
  { phrase: 'leave us _ stars', hard: true },
  { phrase: 'stars on google', hard: true },
  // "Would you be open to flagging my application?"
  { phrase: 'flagging my application', hard: true },
  { phrase: 'flag my application', hard: true },
  // A referral asked sideways: "when a couple asks who knows the venue, I hope my name comes to your mind".
  'think of me',
  'my name comes/came to',
  // Put up for a post: "I would be honored to have my name in the mix".
  'my name in the mix',
  // "Who's running the site these days? Would be good to get in front of them."
  ...['them', 'him', 'her', 'your'].map((who) => `get in front of ${who}`),
  // Their people as my audience: "would be great to get it in front of your product team".
  ...['get', 'put'].flatMap((verb) => ['it', 'this', 'us', 'me', 'them'].map((what) => `${verb} ${what} in front of`)),
  'my name in the hat',
  'put my name forward',
  'share my name',
  // Onto their menu, shelf or bill: "maybe our washed Sidama can find a place on your menu".
  'a place/spot on your',
  // Onto their list or page: "please add me to your preferred vendor list", "could be added to the services page".
  'add me/us to your',
  'be added to',
  // "if you've got patients who'd benefit, do send them our way": their people sent to the business.
  'send them our way',
  // Their name used, or their word expected: "I already put your name as my reference … kindly say good things".
  'put your name as',
  'listed you as',
  'say good things',
  // The ask's cost made small, or its worth to the writer said: "glad to draft it so it takes you 2 minutes".
  'so it takes you',
  'would only take you',
  // Their thing asked for by what it would do for the writer: "your Q3 data would help me so much".
  'would help me so much',
  'would help me a lot',
  { phrase: 'would help us a lot', hard: true },
  // Stars and a few lines on a page of ours: "if you could put a few words and some stars on the county's Google page".
  'some stars on',
  // "Mind writing a couple lines about the job on my page?": a review asked as a small favour.
  { phrase: 'mind writing', hard: true },
  // Mine put before whoever decides: "putting my name in front of whoever picks the bidders", "could
  // you get his application in front of somebody up there".
  { phrase: 'in front of whoever', hard: true },
  { phrase: 'in front of somebody', hard: true },
  { phrase: 'in front of someone', hard: true },
  // The question's reason given away: "Curious — what does it take to land on their radar? Asking for our fishing trips".
  { phrase: 'asking for our', hard: true },
  { phrase: 'asking because we', hard: true },
  // Their buyers, staff or panel reached through them: "Do you know anyone in procurement? We'd love
  // to run a pilot with them", "a few minutes with your staff", "the best way to get our concept note before the panel".
  { phrase: 'a pilot with', hard: true },
  { phrase: 'a few minutes with', hard: true },
  { phrase: 'best way to get our', hard: true },
  // "If you could read it and put a few words on there about it": a review, never named.
  { phrase: 'put a few words', hard: true },
  // One of the people in my testimonial or my study: "I'm gathering a few families to write a couple lines … Would you be one of them?"
  { phrase: 'would you be one of them', hard: true },
  // The ask made small by saying it may be too much: "would a short word from you … be too much trouble?"
  { phrase: 'be too much trouble', hard: true },
  // Their suppliers and prices asked for by a buyer: "Could you share the name of your silk supplier?",
  // "What would be your best price FOB Istanbul?"
  { phrase: 'share the name of your', hard: true },
  { phrase: 'your best price', hard: true },
  // A grant or a place asked for by how to get it: "I would be grateful to know how we could be considered in the next cycle".
  { phrase: 'how we _ be considered', hard: true },
  // Their CV asked for as a recruiter's hook: "Clients of mine are keen on exactly that background. Is your CV up to date?"
  { phrase: 'your cv up to date', hard: true },
  { phrase: 'your resume up to date', hard: true },
  // A referral asked for its own sake: "if you ever know a clinic owner who is tired of it, I would be very grateful for a name".
  { phrase: 'grateful for a name', hard: true },
  // Their work asked for as a fit: "you'd be the perfect person to look it over and write a short blurb".
  { phrase: 'the perfect person to', hard: true },
  'would save our project',
  // A visit announced, theirs only to refuse: "I'll come by Thursday with a tape measure unless you tell me not to".
  'unless you tell me not to',
  // Their vote asked for: "Board election is in June. I'd appreciate your vote."
  'appreciate your vote',
  // Their land or records opened to the writer: "our survey needs access to your property".
  'access to your',
  'need an answer',
  'let me know today',
  'a priority for you',
  'still stretched',
  'stretched thin',
  'be on the table',
  'have you sorted',
  'got _ sorted yet',
  'on your radar',
  'top of mind for you',
  'should i check back',
  'what would it mean for',
  'what if you could',
];

const SITE_AS_PLACE = wordList(
  'team teams visit visits manager managers crew staff office lead leads engineer engineers meeting ' +
  'meetings survey surveys work safety',
);

/** Sending them to my things: a site, a video, a one-pager, a link. Objects: matches are told apart by which one they hold. */
export const LINK_PUSHES: readonly Phrase[] = [
  { phrase: 'our website' },
  { phrase: 'my website' },
  // "our site team", "our site visit": a building site, not a website.
  { phrase: 'our site', unlessNext: SITE_AS_PLACE },
  { phrase: 'click here' },
  { phrase: 'link in my bio' },
  { phrase: 'take a look at our' },
  { phrase: 'have a look at our' },
  { phrase: "here's our" },
  { phrase: 'here is our' },
  { phrase: 'our one pager' },
  { phrase: 'our one-pager' },
  { phrase: 'video i recorded' },
  { phrase: 'watch our' },
  { phrase: 'see our' },
];

/**
 * Asking the reader to do something for my thing, by the shape of the sentence: "you" or "please",
 * then one of these verbs within a few words, then my thing ("would you review my…", "could you
 * share it with your network", "please check it"). "Try" and "test" are left out: "let me know if
 * you try it" follows a give.
 */
export const REQUEST_SUBJECTS: ReadonlySet<string> = wordSet('you please kindly');
export const REQUEST_VERBS: ReadonlySet<string> = wordSet(
  'review reviewing read reading check checking share sharing promote promoting feature featuring sign ' +
  'support supporting endorse recommend forward repost like comment vote fill download subscribe follow ' +
  'join buy invest',
);
/** A subject between "you" and the verb takes the verb from them: "thank you, I'm sharing it". */
export const OTHER_SUBJECTS: ReadonlySet<string> = wordSet(
  "i i'm i've i'll i'd we we're we've we'll they they're he she",
);
export const MY_THINGS: ReadonlySet<string> = wordSet('my our it us me this');
