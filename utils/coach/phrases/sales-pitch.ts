import type { PhraseEntry } from '../text/phrase-matcher';
import { wordList } from '../text/word-set';

/** "I help run the meetup" is volunteering, not selling; "I help him fill in the form", one person. */
const NOT_A_PITCH = wordList(
  'run organise organize out with at maintain moderate coordinate host mentor teach look edit curate on him her',
);

/** Selling to someone who has not yet said hello back. */
export const SALES_PITCH: readonly PhraseEntry[] = [
  // The writer's free capacity, on offer: "we've got capacity from March", "some availability next month".
  'got/have/some/free capacity',
  'capacity from',
  'have/some availability',
  'at cost price',
  'trade prices',
  'happy to quote',
  'happy to price up',
  // "your team at Voltaic would be a perfect fit": the reader sized up as a buyer or a hire.
  'would be a perfect/great/wonderful fit',
  // "private rooms from R$ 12.000 with first month free": a trial.
  'first month/week free',
  // "My book is now available at $24.95. May I send you an order form?"
  'send _ order form',
  'send you _ order form',
  'receive an order form',
  'be a fantastic fit',
  'natural partnership',
  'no obligation quote',
  'no-obligation quote',
  'samples on me',
  // "I bring you a tasting box Thursday?": the bread tasted is the bread sold.
  'a tasting box',
  // "I'd love to drop off some samples for your office".
  'samples for your',
  // "Happy to put together pricing for both of your locations".
  'put together pricing',
  'drop off some samples',
  'samples ready',
  'gap/space in my diary',
  'gap in the diary',
  'growing our team',
  'my new/latest book',
  'my new textbook',
  'inspection copies/copy',
  'would be a good fit',
  'would be an ideal fit',
  'get you a deal',
  'get you a better deal',
  "you'd be a great fit",
  "you'd be a perfect fit",
  "you'd be a good fit",
  { phrase: 'our product', unlessNext: wordList('team manager managers lead people folks') },
  'our products/solution/solutions/platform/service/services/software/tool/app/agency/offering/pricing',
  'our team can help',
  'my agency/services',
  'my coaching program',
  'we specialize/specialise in',
  'we provide',
  { phrase: 'we offer', unlessNext: wordList('to you') },
  'book a demo',
  'free trial',
  // "30-day trial, no card", "your supers would be a good test group", "stocking info attached".
  '_ day trial',
  'no credit card',
  // A lender's bait: "we fund in 24 hrs, no credit check", "0% for 12 months on approved credit".
  'no credit check',
  'on approved credit',
  'good test group',
  'stocking info',
  // A book or a product that "would resonate with your readers": coverage or shelf space asked for.
  'resonate with your readers/audience/listeners',
  'try our',
  'set up a trial',
  'free consultation/audit',
  'free strategy call',
  'special offer',
  // "I'd discount those numbers": the verb, not a price; "the discount list I put together": a list of others' offers;
  // "she's got the military discount card": theirs to show at the counter.
  { phrase: 'discount', unlessNext: wordList('those that these this it them list card') },
  'discounted/roi',
  'pricing plans/starts',
  'generate/more/qualified leads',
  'lead generation/gen',
  'increase/boost your revenue',
  'increase/boost your sales',
  'grow/scale your business',
  'cut your costs',
  'save you time and money',
  // "Send me your last invoices and I tell you how much you can save": savings projected for a buyer.
  'how much you can/could save',
  'outsourcing',
  'white label',
  'partnership/business opportunity',
  'pain points',
  // A tradesperson's credentials offered to a stranger's company.
  'fully insured',
  'certified/licensed and insured',
  'if your company needs',
  'if your company ever needs',
  'spare capacity',
  'about to launch',
  // Sales material by its usual names.
  'our company profile',
  'share a case study',
  'send you a case study',
  // A recruiter's search: "I have a COO mandate I'd love to run by you".
  'a mandate',
  'a _ mandate',
  '_ mandate i',
  // "We've seen a lot of teams struggle with it": the vendor's view of the market.
  'seen a lot of teams/companies',
  'seen many teams/companies',
  // "I'm starting a consultancy helping teams migrate to Go".
  'starting/started a consultancy',
  'my own consultancy',
  'if your business/team/firm needs',
  // The discovery question of a sales call, asked of a stranger.
  'keeps/keeping/keep you up at night',
  "i'm your person",
  "i'm your guy",
  // "If you want a photographer you don't need to worry about, you know where to find me": the same close.
  'know where to find me',
  // A trade's experience offered after asking about their plans: "curious how you're thinking about EV chargers? We've done a few of those."
  "we've done a few of those",
  "we've done a few of these",
  "we've done plenty of those",
  // What a vendor's chat is for: "a chat about how we might support your team".
  'how we might/could/can support',
  'how we might help you',
  // A price beaten, or room for their work: "maybe I can make it cheaper for you", "got room on the schedule through summer".
  'cheaper for you',
  'room on/in the schedule',
  'room in my schedule',
  // Stock to clear, money they are missing, a teaser before the pitch.
  'need them/it gone',
  'leaving/left on the table',
  'asking for a reason',
  'asking for a good reason',
  'sorted yet',
  // "I think I'd be a strong fit for whatever you're building": the writer sized up for them.
  { phrase: 'be a strong fit', unlessNext: wordList('for him for her') },
  "i'd be a strong fit",
  // A capability offered after naming their trouble: "whether the alarms are driving your nurses crazy. I think I could help".
  'i think i/we could help',
  'i think we can help',
  'i/we could fix that',
  'your go to',
  'buying or selling',
  // "are you buying exclusive inbound calls right now? We do pay per lead, no contract."
  'pay per lead',
  'affordable prices',
  'competitive/our rates',
  // "rates are fair", "special price for agents", "it might be worth comparing": a price put to them.
  'rates are fair',
  'special price/prices',
  'worth comparing',
  'small fee',
  'for a fee',
  'use/promo code',
  'more clients',
  { phrase: 'i help', unlessNext: NOT_A_PITCH },
  { phrase: 'we help', unlessNext: NOT_A_PITCH },
  'i provide',
  { phrase: 'i offer', unlessNext: wordList('to my you') },
  { phrase: 'our staffing', unlessNext: wordList(
    'project plan model problem problems crisis issues levels',
  ) },
  'our company makes',
  'enrol in our',
  'our leadership course',
  "we're hiring",
  'we are hiring',
  // A recruiter qualifying the buyer: "I'd love to learn about your hiring needs for 2025".
  'your hiring/staffing needs',
  // A trade's card left: "mind if I drop off my business card at your office?"
  'my business card',
  // "Would you mind if I left a few business cards by the tea urn?"
  'few business cards',
  // Selling for a brand: "I recently became a rep for a compression sock brand".
  'became a rep for',
  "i'm a rep for",
  'brand ambassador',
  'your background is exactly',
  // A supplier asking onto the buyer's list: "would be glad to be on your bidder list".
  'bidder/tender list',
  'approved supplier list',
  'on our pilot',
  // A quote sent with its clock running: "attached is our quote … valid till Friday".
  'our quote for',
  'valid till/until',
  'valid only until',
  'confirm your order',
  'open to new members',
  'talk rates',
  'i/we sell',
  'price list',
  'sell/line sheet',
  'present our portfolio',
  'looking for new projects',
  'wholesale prices',
  'our catalogue/catalog',
  // A customer's choice, told to the next one: "a hotel on Lake Como chose our tiles for 14 bathrooms".
  'chose/picked/ordered our',
  'my catalogue/catalog',
  // Not 'send you our' alone: "happy to send you our test results" is a give.
  'send you our portfolio/offer',
  'decision maker',
  'exciting/great opportunity',
  'exciting/great opportunities',
  'passive income',
  'earn money',
  'work from home',
  'synergies/synergy',
  'a partnership',
  'great product',
  'our client/clients',
  'perfect fit for',
  // The sale's timing hung on their news: "Retirement is actually the perfect time to review your VA
  // loan", "now's the perfect moment to think about your lump sum".
  'the perfect time/moment to',
  // A free check of what they have, the way in to selling its replacement: "a free 20-min pension health check".
  'health check/checks',
  'send me your cv/resume',
  'dedicated developers',
  'leading provider',
  // "a leading question", "a leading role": the idiom, not a vendor's boast.
  { phrase: 'a leading', unlessNext: wordList('question questions role part indicator cause') },
  "i'm selling",
  "i'm now selling",
  'show you what we do',
  "we're a _ firm",
  "we're an _ firm",
  "we're a _ agency",
  "we're an _ agency",
  "we're a _ company",
  'we are a _ firm',
  'we are an _ agency',
  'do you need any/help',
  'need any help with',
  "i'm a freelance",
  'i am a freelance',
  'companies/teams/businesses like yours',
  "we're helping",
  'my course/program/programme',
  'my/our _ services',
  'my/our _ _ services',
  'tell you about my/our',

  // Results promised, prices and packages, a round or a role on offer: a pitch however it is dressed.
  'save/saved millions',
  'within _ days/hours',
  'leads in',
  'a quick test',
  'guaranteed',
  'we guarantee',
  'a method that',
  'top candidates',
  'helped companies/similar/businesses',
  'just like yours',
  "how we've helped",
  'how we have helped',
  'show you how',
  // "something finally fixed mine, dm me if you want to try it": the remedy kept for a private message.
  ...['dm', 'pm', 'message', 'inbox'].flatMap((dm) => ['you wanna', 'you want to', "you'd like to"].map((want) => `${dm} me if ${want} try`)),
  'share/see how _ can help',
  'how we/i can help',
  'how we could help',
  "what you're missing",
  'what you are missing',
  'special package',
  'packages start',
  // "I would be glad to present you our packages".
  'present you our',
  'our packages',
  // "the package is £5,000"; not the parcel: "the package is delivered".
  { phrase: 'package is', unlessNext: wordList(
    'delivered here arriving on in out safe lost late stuck damaged',
  ) },
  'flat fee',
  // "After Friday I can't hold the price", "confirm before Friday and I can keep the 2024 price": the
  // seller's own price, held as a close; not "the co-op voted to hold the fertilizer price".
  'can hold the price',
  "can't hold the price",
  'can keep the _ price',
  // "sign and send it back by Friday to lock in the fee waiver": a term held for a buyer who signs.
  'to lock in',
  'pricing tier',
  'nonprofit pricing',
  'starts at',
  'per month/user/quarter',
  'capabilities deck',
  'pricing for your review',
  'send a quote',
  'send you a quote',
  // "Signed copies can be ordered through me directly".
  'ordered/order through me',
  'forward the invoice',
  // "refurbished laptops at 40% under retail".
  'under/below retail',
  'free _ audit',
  'special rate',
  // "I'd be delighted to put something together at a members' rate".
  'at a _ rate',
  'limited spots',
  'spots/places are limited',
  'filling fast',
  'filling up fast',
  'spots left',
  // The free part of a paid thing: "a sampler of our full 8-week program", "most teams go on to the full-day programme".
  'a taster/sampler of our',
  'go on to the/our full',
  // Savings, or what a vendor sees across its clients: "if you ever want to pay less on card".
  'want to pay less',
  // Pay to be listed: "only we ask a small contribution of 300€ for the management".
  'a small contribution',
  'group rates/rate',
  // What a seller sizes: "a shop your size could use it"; whom a seller brings: "clients that would be very happy to know you".
  'your size could',
  'clients that would',
  // Their clients as the writer's market: "if your clients ever want built-ins, I'm 40 minutes away".
  'your clients ever want',
  'clients who would',
  "what we're seeing with other",
  'what we are seeing with other',
  'teams/companies revisit their',
  // Places counted in the writer's thing: "our harvest trip still has 3 places".
  'still has/have _ places',
  'still has/have _ spots',
  // Paid for each buyer they bring: "for every friend who orders, I send you 2 kg".
  'for every/each referral',
  'for every friend who orders/buys/books/signs',
  // "Every mate you refer who finishes probation = $500 in your pocket".
  'every _ you refer',
  // "still one Gold spot left with your name on it".
  'spot left',
  'sponsor/sponsorship deadline',
  // "Your logo goes on the handout": a sponsorship sold.
  'your logo goes/will',
  // "Maybe we could be useful in next phase?", "so I know which batch will fit you best".
  'we could be useful',
  'fit you best',
  // Scarcity, the oldest close: "3 tables left, figured you'd want to know before they're gone".
  "before they're gone",
  'before they are gone',
  // "Want me to send you a short list before the good ones go?"
  'before the good ones',
  // First pick kept for them: "I have kept two pieces for you to see before they go public".
  'before they go public',
  'while they/stocks last',
  // Not "the folding tables left over from my office move", given away.
  { phrase: 'tables left', unlessNext: wordList('over') },
  // A seller's introduction: "I'm your girl for VA-friendly homes".
  "i'm your girl/guy/gal for",
  // A seller's own material, handed over: "attaching our one-pager in case it's of interest".
  'our one pager',
  'our capabilities',
  // Whom a vendor serves, whatever the noun: "been helping midstream outfits like yours".
  'helping/helped _ like yours',
  'helping/helped _ _ like yours',
  'work/working with _ like yours',
  'many of the _ we work with',
  'many of the _ _ we work with',
  // A trial set up, stock held: "happy to set your committee up with a trial login", "happy to hold one for you".
  'trial login',
  // "I keep Thursday 2pm slot free for your team to see the demo"; "for a similar strip mall".
  'see the demo',
  // "demo is ready. I would be very glad to show you the build": the writer's product, shown.
  'show you the demo/build/prototype',
  'slot free for your',
  'for a similar',
  'trial account',
  'up with a trial',
  'hold one for you',
  'set/put one aside for you',
  // A tradesman's diary, offered: "I've got openings in April".
  "i've got openings",
  'i have openings',
  'got openings in',
  // Stock pitched to a shop: "think it'd move fast on your shelves".
  'on/off your shelves',
  // A seller chasing its own offer: "following up on the bid we sent", "we can come down 5%".
  'the bid/quote/proposal/estimate we sent',
  'the bid/quote/proposal/estimate i sent',
  'we/i can come down',
  'reply yes',
  'might/would be perfect for you',
  'would be perfect for your',
  // "I can reserve one pack for you at the church price": a price named without a figure.
  'at the/a _ price',
  'offer sheet',
  'allocation is limited',
  // "join our seed round"; "today we closed our seed round" is news (signals/pitches.ts).
  'our seed round',
  'for round one',
  'allocations',
  'fair prices',
  // "Fair rates for vets and farm folks": a trade's rate named without a figure.
  'fair/good/reasonable rates',
  'competitive prices/terms/price',
  'good price/prices',
  'call out fee',
  'call-out/callout fee',
  'quick/fast turnaround',
  'price it up',
  'give you a price/quote',
  'be your first call',
  'be your go-to',
  'freeing up',
  'team/staff augmentation',
  'go through your options',
  'sit down and go through',
  'my speciality',
  "you'd thrive",
  'you would thrive',
  'my/our specialty',
  'our speciality/round/traction',
  'only _ spots/places/slots/seats',
  'raising our/a seed',
  'walk you through our',
  'demo it',
  'paid pilots',
  'new/great roles',
  'exciting _ role',
  'my client is/has',
  'i have a client',
  'roles this week',
  'where we come in',
  'send you details',
  'send you more details',
  'roles matching',
  'vacancies across',
  'package at',
  'i am selling',
  "we're selling",
  'we are selling',
  'minimum order',
  'our _ platform/tool/software/solution',
  'show you our',
  "we've built something",
  'we have built something',
  'we built something',
  '10x',
  'we could/can do together',
  'run a consultancy',
  'run a/an _ consultancy',
  'run a/an _ _ consultancy',
  'run an agency',
  'run a/an _ agency',
  "we're offering",
  'we are offering',
  'where _ comes/come in',
  'what we did for',
  'our deck/brochure',
  'our case study/studies',
  'registration fee',
  'a fee of',
  'pay a _ fee',
  // Results in a set time, prices and bait, slots and tiers, a business opportunity, the product's
  // news (issue 12, the new authors' notes). Amounts, counts and links are found by their shape
  // (signals/commerce-shapes.ts, signals/links.ts), not listed here.
  'inside _ days/weeks',
  'within _ weeks/months',
  'in under _ days/weeks',
  'half price/off',
  'early bird',
  "early-bird's",
  // Not "thanks for the early access" to their beta.
  'give/offer you early access',
  'early access list',
  'rate card',
  'media kit',
  'retainer',
  // "Just sponsored you a tenner" for their charity run is a give.
  'paid newsletter',
  // "As a fellow ecologist I thought you might enjoy our new podcast": our own thing, offered as their interest.
  'might enjoy/like our new',
  "you'd enjoy our new",
  'our/my new podcast',
  'paid/private community',
  'mastermind',
  { phrase: 'sponsored', unlessNext: wordList('you me him her them by a the my our your') },
  'sponsorship package',
  // A building fund sold: "the naming opportunities" on a new hall.
  'naming opportunities/opportunity/rights',
  // Fear as the hook: "most folks don't find out till it's too late".
  "till it's too late",
  "until it's too late",
  "before it's too late",
  // The reader's bill, to be beaten: "take a look at what you're paying".
  "what you're paying",
  'what you are paying',
  // "rates are better than what your paying now", as typed.
  'what your paying',
  "can't do you better",
  // Not "you were a founding member of the meetup".
  'founding member spots/spot/pricing/rate',
  'partner tiers',
  'territory/franchise partner',
  // A franchise sold to someone leaving the service: "set your own hours", "our veteran franchisees".
  'franchise program/opportunity',
  'franchisees',
  'set your own hours',
  'our info pack',
  'join my/our team',
  'extra/money/income from home',
  'extra/side income',
  "what we're building",
  'what we are building',
  "what we've built",
  "what we've been building",
  "share what we're up to",
  'share what we are up to',
  'your competitors',
  // The writer's unasked-for audit, not "the teardown of your own homepage" in their talk.
  'a teardown of your',
  'a _ teardown/audit of your',
  'an audit of your',
  'get a quote',
  // The close that promises a return for a favour: "I'll make it worth the district's while".
  'make it worth',
  // Capacity offered to keep on file: "we can mobilize in 48 hrs … so you've got us in your back pocket".
  'us in your back pocket',
  'send you a sample',
  // A trade's close in a friend's voice: "I can drop some samples next week", "good margin for you",
  // "I share the commission", "Might have something for you", "would it be crazy if I showed you how".
  'drop some samples',
  'margin for you',
  'share the commission',
  'might have something for you',
  'if i showed you',
  // The close of a sale: "a table with your name on it … Shall I lock it in for you?", "the pricing I
  // quoted goes up April 1, so now's the time to lock it in", "3 bundles left at last year's pricing".
  'lock it/that/them in',
  "at last year's price/prices/pricing/rate/rates",
  // A service offered as a favour to a stranger: "I'd be glad to run the numbers for you", "many of our
  // customers at a similar stage found the add-on very handy".
  'run the numbers for you',
  'many of our customers',
  // What the writer's business does for people like the reader: "I partner with veteran-owned contractors on customer financing".
  'i/we partner with',
  // An affiliate's offer: "our ambassador program would be the perfect side hustle", "you'd earn on
  // every order", and a sponsor's papers sent ("I can send the sponsor packet today").
  'side hustle',
  'our ambassador program/programme',
  'on every order/sale/purchase',
  'sponsor/sponsorship packet/pack/deck',
  // A bounty for bodies: "refer your brothers for guard jobs and earn Rs 1,500 per joining".
  'per referral/joining',
  // An income opportunity's promise and its link: "what's holding you back from financial freedom?",
  // "want me to set you up with your own partner link?".
  'financial freedom',
  'partner/affiliate/referral link',
  // A purchase the reader might make one day, and the seller's place on a list: "if your family is ever
  // looking at settlement …", "if you're ever thinking about bringing family over", "we'd love to be
  // included" on "a list of recommended advisers".
  'ever thinking about/of',
  'ever looking at/into',
  'ever considering',
  'ever in the market',
  'preferred/recommended vendor/vendors/supplier/suppliers/adviser/advisers/advisor/advisors/provider/providers',
  'love to be included/listed',
  // A gym's close: "I'd love to get you started this week", "built for guys exactly like you", "your
  // first class is on us", "I'll knock $100 off".
  'get you started',
  'built/designed for _ like you',
  'built/designed for _ exactly like you',
  'first class/session/month/week/lesson is on us',
  "i'll knock _ off",
  // "how are you thinking about last-mile this year? It's exactly what we solve".
  'what we solve',
  'case study from our',
  // The teaser after a question about how their business gets customers: "… from Google? I have some ideas 😉".
  'i have some ideas',
];

/**
 * "No cost", "free of charge": bait beside a pitch ("a site audit at no cost, book a slot"), but a
 * gift in a note that sells nothing ("happy to host the students, no cost"). signals/pitches.ts
 * counts them only where something else sells or a bait noun stands beside them.
 */
export const FREE_OF_CHARGE: readonly PhraseEntry[] = [
  'no cost',
  'free of charge',
];

/**
 * The writer gains nothing by what they pass on or ask: "I get nothing from it, I only want you to
 * have a good place", someone else's trade passed on; "would you be willing to meet her? I don't get
 * anything out of this", "this is for them", a favour asked for someone else (rules/ask-before-give.ts).
 */
export const GAINS_NOTHING: readonly string[] = [
  'i get nothing from',
  'i get no cut',
  'i get no commission',
  "i don't get anything",
  "i don't get paid",
  'nothing in it for me',
  // "I gain nothing from it and will not be on the call", "zero benefit for me", "not asking for myself".
  'i gain nothing',
  'benefit for me',
  'benefit to me',
  'not asking for myself',
  'not for myself',
  // "I write with a request for your residents, not for the post": seventeen good notes say so, nothing else.
  'not for me',
  'not for us',
  'not for my _',
  'not for our _',
  'this is for them',
  'nothing needed for me',
];

/** Said outright that nothing is for sale: enough for a whole note ("no catch" a funnel says too). */
export const NOTHING_TO_BUY: readonly string[] = [
  'nothing to buy',
  'nothing to sell',
  'not selling anything',
  ...GAINS_NOTHING,
  // "No cost, no need to buy nothing": said in a second language, still no sale.
  'no need to buy',
  "don't have to buy",
  'nothing for sale',
  // "There is nothing to repay": a gift, nothing owed for it; "you will not owe us a thing".
  'nothing to repay',
  'not owe us',
  "won't owe us",
  'owe us nothing',
  // "No affiliation, just a tip!", "no affiliation, I just love 'em": someone else's sale passed on,
  // which the writer gains nothing from.
  'no affiliation',
  'not affiliated',
];

/** The same, as a set to ask of a matched cue. */
export const NOTHING_SOLD: ReadonlySet<string> = new Set(NOTHING_TO_BUY);

/** Nothing to join: a funnel's whole aim is the sign-up. */
export const NOTHING_TO_JOIN: readonly string[] = ['no sign-up', 'no signup', 'no registration'];

export const NO_SALE_DISCLAIMERS: readonly PhraseEntry[] = [
  ...NOTHING_TO_BUY,
  'no catch/upsell',
  // "free family meal, no cost, no sign-up, kids welcome": nothing to join either.
  ...NOTHING_TO_JOIN,
  'no pitch/pitches',
  'not a pitch',
  'not pitching',
  "i'm not selling",
  'i am not selling',
  'no course to sell',
  'without/no strings',
  'not a recruiting',
  'not recruiting',
  // "We're hiring two techs. Not a recruiter, get nothing for it.": an opening passed on, no fee in it.
  'not a recruiter',
  'not recruiter',
  'get nothing for it',
  'no sales pitch/talks',
  'no selling',
  // "Any county office will file it at no cost, it doesn't have to be us."
  "doesn't have to be us",
  'does not have to be us',
  // "No cost, that's what the hall is for": the help is what the place exists to give.
  'what the _ is for',
  'what the _ _ is for',
  "what we're here for",
  'what we are here for',
];
