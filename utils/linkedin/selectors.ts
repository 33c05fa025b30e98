// Everything Cultivate knows about LinkedIn's markup lives in this folder, and its selectors here.
// LinkedIn changes its classes often; ids, names, aria-labels, data-test attributes and structure
// have held for years, so they come first and classes last.

/** The invitation note, step two of the "Add a note" dialog. */
export const NOTE_TEXTAREA = 'textarea#custom-message, textarea[name="message"]';

/** Open shadow roots LinkedIn renders dialogs into (newer search pages). */
export const SHADOW_OUTLETS = '#interop-outlet, [data-testid="interop-shadowdom"]';

/** Containers that are the invitation dialog in one layout or another, most specific first. */
export const INVITATION_DIALOG = [
  '[data-test-modal-id="send-invite-modal"] [role="dialog"]',
  '.send-invite',
  '[role="dialog"]:has(#send-invite-modal)',
  '[role="dialog"]:has(textarea#custom-message)',
  'dialog[open]:has(textarea#custom-message)',
  '[role="dialog"]:has(a[href*="/premium/"])',
];

/** Any open dialog: checked against the Connect control the person just used. */
export const ANY_DIALOG =
  '[role="dialog"], [role="alertdialog"], [aria-modal="true"], dialog[open], .artdeco-modal, section.modal';

/** The Connect control: aria-label "Invite NAME to connect", or a custom-invite link. */
export const CONNECT_LINK = 'a[href*="/preload/custom-invite/"], a[href*="/preload/search-custom-invite/"]';

export const PRIMARY_BUTTON = '.artdeco-button--primary, [data-test-primary-button], button[type="submit"]';

export const EMAIL_INPUT = 'input[type="email"], input[name="email"]';

export const UPSELL_LINK = 'a[href*="/premium/"]';

/** The "0/300" (Premium) or "0/200" (free) counter near the note. */
export const COUNTER_PATTERN = /^\s*\d{1,4}\s*\/\s*(\d{2,4})\s*$/;

/**
 * The first number of one to three digits in the "3 personalized invitations remaining" line, in
 * any language; never three digits out of a longer number such as a year.
 */
export const DIGITS = /(?<!\d)\d{1,3}(?!\d)/;

/** The profile top card: the name is its h1, the headline the text just under it. */
export const TOP_CARD = ['.pv-top-card', '[data-view-name="profile-card"]', 'section.artdeco-card', 'main section'];
export const PROFILE_NAME = 'h1';
/** The page's main region: the top card is found inside it, and never grows past it. */
export const PAGE_MAIN = 'main, [role="main"]';
export const HEADLINE = ['.text-body-medium.break-words', '[data-generated-suggestion-target]'];
/** Read by structure after the name, a headline candidate is refused when it is one of these. */
export const HEADLINE_STOP_HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
export const HEADLINE_STOP_CONTROLS =
  'button, [role="button"], input, select, textarea, a[aria-label], a[href*="/in/"], a[href*="/preload/"]';
export const HEADLINE_STOP_TEXT = /people you may know|\b\d[\d,.]*\+?\s*(?:connections|followers)\b/i;
/**
 * A count line in any language: a number and a word or two ("500+ relations", "1.234 Follower",
 * "2 345 abonnés"), or a word and a number ("つながり500+"). A headline is never only that.
 */
export const COUNT_LINE =
  /^[\s·•]*(?:\+?\d(?:[\d.,\s\u00a0\u202f]*\d)?[KkMm]?(?:\+\s*|\s+)\p{L}[\p{L}\p{M}'’-]*(?:\s+\p{L}[\p{L}\p{M}'’-]*)?|\p{L}[\p{L}\p{M}]*\s*[:：]?\s*\d[\d.,\s\u00a0\u202f]*\d\+?)[\s·•]*$/u;
export const CONTROL_WORDS_ONLY = /^(?:connect|follow|message|pending|more)(?:\s+(?:connect|follow|message|pending|more))*$/i;
/** Pronouns shown beside the name ("She/Her", "(they/them)", "sie/ihr"): short words joined by slashes. */
export const PRONOUNS = /^\(?\s*\p{L}{1,6}(?:\s*\/\s*\p{L}{1,6}){1,2}\s*\)?$/u;
/** "· 1st", "2nd degree connection": the degree badge beside the name, not a headline. */
export const DEGREE_WORDS = /^[·•\s]*(?:1st|2nd|3rd\+?)\b|degree connection/i;
/** The degree badge in other languages: a 1, 2 or 3 with a short ordinal ending ("2e", "2.", "3º+"). */
export const DEGREE_ORDINAL = /^[·•\s]*[123]\s?(?:st|nd|rd|th|er|re|e|ème|o|a|[.º°ª])?\+?$/iu;

/** "(3) Kwame Mensah | LinkedIn": the name in the page title, without the unread count before it. */
export const TITLE_NAME = /^(?:\(\d+\+?\)\s*)?(.+?)\s*\|\s*LinkedIn\s*$/;

/** Any link to a profile (`/in/SLUG/`): in a search result card, a conversation's header. */
export const PROFILE_LINK = 'a[href*="/in/"]';
/** A profile address's slug, in a full address or a path. */
export const PROFILE_SLUG = /(?:^|\/)in\/([^/?#\s]+)/i;
/** The query parameter of a custom-invite link that names the profile (`?vanityName=SLUG`). */
export const INVITE_VANITY_PARAM = 'vanityName';
/** The block around a Connect control on search pages and in asides: a result card. */
export const RESULT_CARD = 'li, article, [data-chameleon-result-urn], [data-view-name]';

/** Our own UI's hosts inside LinkedIn's dialog: never mistake them for LinkedIn's. */
export const OUR_UI = 'cultivate-coach, cultivate-prompt';
/** Hidden by an ancestor: LinkedIn keeps hidden copies of controls in the page. */
export const HIDDEN = '[hidden]';
/** The dialog's buttons, real or ARIA. */
export const DIALOG_BUTTONS = 'button, [role="button"]';
/** Where the dialog shows the person's name in bold ("…invitation to <strong>NAME</strong>…"). */
export const SHOWN_NAME = 'strong';
/** Text-holding elements that may be the note's counter ("0/300"). */
export const COUNTER_LEAVES = 'span, p, div, li, small';
/** Elements that may hold the "N personalized invitations remaining" line. */
export const REMAINING_LINE = 'p, span, div, li';
/** In a language the labels do not know: the remaining line is a paragraph of its own… */
export const REMAINING_PARAGRAPH = 'p';
/** …never inside a control, a label, a heading or an alert. */
export const NOT_REMAINING_LINE = 'button, label, h1, h2, h3, [role="alert"]';

/** The message composer (first messages after connecting, follow-ups). */
export const MESSAGE_BOX = '.msg-form__contenteditable[contenteditable="true"], form.msg-form [role="textbox"][contenteditable="true"]';
export const MESSAGE_FORM = 'form.msg-form, form';
export const MESSAGE_SEND = 'button.msg-form__send-button, button[type="submit"]';
export const CONVERSATION = '.msg-overlay-conversation-bubble, .msg-convo-wrapper, .msg-thread, main';
/** The message's paragraphs: one a line. */
export const MESSAGE_PARAGRAPH = 'p';
export const CONVERSATION_NAME = [
  '.msg-overlay-bubble-header__title',
  '.msg-entity-lockup__entity-title',
  '.msg-thread__link-to-profile',
  'h2',
];

/** One cheap query that says whether a scan has anything to look at. */
export const ANYTHING_TO_COACH = [NOTE_TEXTAREA, ...INVITATION_DIALOG, MESSAGE_BOX].join(', ');

/** The connection degree badge beside the name on a profile (`1st`, `2nd`, `3rd+`), older layouts. */
export const DEGREE_BADGE = '.distance-badge .dist-value, .dist-value';
/** Text shown only to screen readers, where the badge's words ("1st degree connection") live. */
export const VISUALLY_HIDDEN = '.visually-hidden, .a11y-text, .sr-only';
/** The top card's actions: a Pending control, a primary Message. */
export const TOP_CARD_ACTIONS = 'button, a[href], [role="button"]';
/** A primary action that opens a conversation is Message, whatever its words. */
export const MESSAGING_LINK = '[href*="/messaging/"]';
/** Short text elements that may hold a bare "· 1st" beside the name in hashed markup. */
export const DEGREE_TEXT = 'span, div, p';
/** The "·" LinkedIn puts before the degree. */
export const BADGE_PREFIX = /^[·•]\s*/;
/** A main-profile address: `/in/SLUG/`, not its detail pages or overlays. */
export const PROFILE_PATH = /^\/in\/[^/]+\/?$/;
/** The digit a degree badge starts with, after the "·" LinkedIn puts before it. */
export const BADGE_DIGIT = /^[·•\s]*([123])/;

/** LinkedIn's own theme is a class on <html> starting with one of these. */
export const THEME_CLASS = { dark: 'theme--dark', light: 'theme--light' } as const;
