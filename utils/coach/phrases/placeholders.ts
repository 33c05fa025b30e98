import { wordSet } from '../text/word-set';
// Word tables for the unfilled-placeholder rule: data, like the phrase lists beside them.

/** Upper-case words a writer types where a detail should go: "Hi XXX", "at XYZ", "##". */
export const FILLER_WORDS: ReadonlySet<string> = wordSet('xxx xxxx xx todo xyz');

/**
 * Words a bracketed placeholder is made of: "[Name]", "[insert brand of your choice]",
 * "<company name>". Prose in brackets ("[the one on tracing]") has other words in it.
 */
export const PLACEHOLDER_WORDS: ReadonlySet<string> = wordSet(
  'name first last full firstname lastname fullname company role title position industry city job your ' +
  'their his her recipient contact school university event topic mutual connection insert here x ' +
  'placeholder field team product prospect candidate organization organisation location date skill ' +
  'personalize personalise detail post link the of person client business owner brand choice url website ' +
  'niche service area',
);

/** Words that open a placeholder whatever follows: "[insert …]", "[add …]". */
export const PLACEHOLDER_VERBS: ReadonlySet<string> = wordSet('insert add enter');

/** A single word in parentheses that stands for a field: "(title) of (business)". */
export const FIELD_WORDS: ReadonlySet<string> = wordSet(
  'name firstname first company title business role position industry city recipient organisation ' +
  'organization',
);

/** Field names typed in capitals where the mail merge should have filled them: "Hi FIRSTNAME", "COMPANY NAME". */
export const CAPITAL_FIELDS: ReadonlySet<string> = wordSet(
  'firstname first_name lastname fullname name company companyname company_name industry title city',
);

/** Two-word fields, matched when typed capitalised: "Hi First Name,", "at Company Name". */
export const FIELD_PAIRS: ReadonlySet<string> = new Set([
  'first name',
  'last name',
  'full name',
  'company name',
  'job title',
  'business name',
]);

/** The last word of a short bracket that stands for an address: "[Loom link]", "[calendar URL]". */
export const LINK_WORDS: ReadonlySet<string> = wordSet('link url');

/** Words after "ABC" that make it a stand-in company ("ABC Ltd", "at ABC Corp"). */
export const STAND_IN_NEXT: ReadonlySet<string> = wordSet('company corp ltd inc group industries co');

/**
 * A bracket holding only what the writer has yet to paste in: "[link]", "[date]", "[my number]". A
 * note unfinished, not a mail merge: the recipient's name or company left in brackets is the template.
 */
export const WRITERS_SLOT_WORDS: ReadonlySet<string> = wordSet('link url here date time phone number address my the');
