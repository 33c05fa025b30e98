import { wordSet } from '../text/word-set';
// Word tables for a company speaking of what it sells (signals/vendor-claims.ts). A pitch needs no
// catch-phrase: "we built a tool that…", "we work with companies like…", "we cut costs by 18%",
// "an AI platform for HR teams" are a vendor's sentences in any wording.

/** The company as subject. Not "I": "I built a small tool, happy to share it" is a give. */
export const COMPANY_SUBJECTS: ReadonlySet<string> = wordSet("we we're we've we'd we'll weve");

/** Words right after the subject that make it shared context, not a company: "we both work with founders". */
export const SHARED_SUBJECT_NEXT: ReadonlySet<string> = wordSet('both all each met were spoke');

/** Making or offering something. */
export const MAKING_VERBS: ReadonlySet<string> = wordSet(
  'built build building created create creating developed develop developing launched launching offer ' +
  'offering provide providing sell selling make makes',
);

/** What a company sells. */
export const PRODUCT_NOUNS: ReadonlySet<string> = wordSet(
  'platform tool app software solution solutions product products service services saas plugin dashboard ' +
  'api system engine assistant extension marketplace migration trial demo package packages programme ' +
  'program course sensor device ' +
  // A trade's services: "we've just started offering solar PV installs".
  'installs installation installations servicing repairs',
);

/** Serving a kind of customer. */
export const SERVING_VERBS: ReadonlySet<string> = wordSet(
  'help helped helping helps work working worked serve served serving support supported supporting ' +
  'partner partnered partnering',
);

/** A kind of customer, in the plural: the many a vendor sells to. */
export const CUSTOMER_NOUNS: ReadonlySet<string> = wordSet(
  'companies teams businesses brands clients customers firms fleets agencies startups organisations ' +
  'organizations enterprises retailers manufacturers founders leaders professionals executives owners vps ' +
  'ctos cfos ceos cmos hospitals clinics practices stores shops restaurants banks insurers lenders ' +
  'recruiters marketers sellers coaches creators investors operators agents landlords councils schools ' +
  'universities departments farmers contractors plants factories warehouses labs',
);

/** A result promised with a figure: "we cut fuel costs by 18%". */
export const RESULT_VERBS: ReadonlySet<string> = wordSet(
  'transform transforms cut cuts reduce reduced reduces save saved saves increase increased increases ' +
  'boost boosted double doubled triple tripled grow grew improve improved lower lowered drive drove ' +
  'generate generated',
);

/**
 * A company describing its trade in the present tense: "we automate dock scheduling", "we supply
 * veterinary consumables". Verbs a team rarely uses of itself in a personal note; "we build our…",
 * "we offer to…" and "we provide it…" are skipped by the words that follow (SELF_OBJECTS).
 */
export const TRADE_VERBS: ReadonlySet<string> = wordSet(
  'automate automates streamline optimise optimize simplify enable power deliver supply supplies match ' +
  'scale sell sells provide provides offer offers manufacture fabricate distribute distributes resell ' +
  'resells install source place recruit staff specialise specialize',
);
export const SELF_OBJECTS: ReadonlySet<string> = wordSet('our my it to you');

/** A result promised to the reader: "it could save your team hours", "we can cut your costs". */
export const PROMISE_MODALS: ReadonlySet<string> = wordSet('could can will would');

// Word tables for the commerce shapes (signals/commerce-shapes.ts): money with a price beside it, a
// figure with a result or an audience noun, bait offered free, slots still open, a sales document.

/** Signs of a currency written before an amount: "$50", "£950", "~€2k". */
export const CURRENCY_SIGNS: ReadonlySet<string> = wordSet('$ £ € ¥ ₹ ₱ ₦ ₩ ₺ ₫ ₽ ₴ ₪');
/**
 * Currencies written as a code or a word beside the amount: "4 USD per minute", "EUR 300", "500
 * rupees". Not pounds ("lost 20 pounds"), nor codes that are words or software ("try 3", "PHP 8").
 */
export const CURRENCY_WORDS: ReadonlySet<string> = wordSet(
  'usd eur gbp inr ngn idr vnd brl mxn zar aud aed egp pkr dollars bucks euros rupees naira pesos',
);

/**
 * Words that make an amount a price, a fee, pay or earnings when they share its sentence. Without
 * one, money is a story ("raised £640 for the breakfast club", "the £4k bill story").
 */
export const PRICE_WORDS: ReadonlySet<string> = wordSet(
  "fee fees contribution price prices priced pricing costs band salary rate rates discount voucher gift " +
  "retainer sponsorship sponsorships package deposit per mo hr monthly annually clearing earn earning " +
  "earnings income commission bonus payout " +
  // "$300 OBO": or best offer.
  "obo " +
  // "Rate's $250 a day plus mileage".
  "rate's price's fee's",
);

/** What a seller counts as results, at any figure: "20+ quote requests", "6 new bookings". */
export const RESULT_NOUNS: ReadonlySet<string> = wordSet(
  'leads requests enquiries inquiries bookings appointments signups demos',
);

/**
 * An audience counted: only when the figure is large ("3k+ revenue leaders", "~18k opens"); "a
 * small podcast (500 listeners, mostly my family)" sells nothing.
 */
export const AUDIENCE_NOUNS: ReadonlySet<string> = wordSet(
  'subs opens downloads installs impressions members followers readers viewers attendees leaders founders ' +
  'people professionals marketers engineers subscribers listeners',
);

/** Offered free as bait: "a FREE 3-day masterclass", "free early access", "a free audit". */
export const BAIT_NOUNS: ReadonlySet<string> = wordSet(
  'access diagnostic sample samples trial audit masterclass webinar workshop consultation consult ' +
  'strategy assessment demo seat seats spot spots class bootcamp quote estimate valuation walk ' +
  'walkthrough inspection inspections review reviews audits consultations assessments quotes estimates ' +
  'valuations trials checkup check-up health-check analysis',
);

/**
 * Free things a community gives as often as a vendor baits with them: "a free workshop on fatigue
 * rights", "free access for your students". Bait only in a note that otherwise sells.
 */
export const OPEN_DOORS: ReadonlySet<string> = wordSet(
  'access workshop webinar masterclass class bootcamp seat seats spot spots',
);

/** "the free workshop at the library" is an event they know, not bait; "to consult them" a verb. */
export const NOT_BAIT_BEFORE: ReadonlySet<string> = wordSet('your their his her the that this to');

/** Who a limited offer is for: "only 5 companies this month", "just 3 clients". */
export const FEW_TAKERS: ReadonlySet<string> = wordSet(
  'companies clients businesses brands teams founders spots places slots',
);

/** Places on offer, and words saying some are still to be had: "a few guest slots left". Not seats: "seats left for Tuesday's meetup" is an invitation. */
export const SLOT_NOUNS: ReadonlySet<string> = wordSet(
  'slots spots tiers placements packages sponsorships territories allocations crews dates saturdays ' +
  'weekends',
);
/** "two crews free from March". */
export const STILL_OPEN: ReadonlySet<string> = wordSet('left remaining available room open free');

/** A sales document sent over: "happy to send the deck", "send over the one-pager". */
export const SENDING_VERBS: ReadonlySet<string> = wordSet('send share forward flick drop');
export const SALES_DOCUMENTS: ReadonlySet<string> = wordSet('deck pager brochure brochures packages stocklist enrolment enrollment prospectus specials promos');
