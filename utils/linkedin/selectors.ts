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
export const ANY_DIALOG = '[role="dialog"], dialog[open], .artdeco-modal, section.modal';

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
export const HEADLINE = ['.text-body-medium.break-words', '[data-generated-suggestion-target]'];

/** The message composer (first messages after connecting, follow-ups). */
export const MESSAGE_BOX = '.msg-form__contenteditable[contenteditable="true"], form.msg-form [role="textbox"][contenteditable="true"]';
export const MESSAGE_FORM = 'form.msg-form, form';
export const MESSAGE_SEND = 'button.msg-form__send-button, button[type="submit"]';
export const CONVERSATION = '.msg-overlay-conversation-bubble, .msg-convo-wrapper, .msg-thread, main';
export const CONVERSATION_PROFILE_LINK = 'a[href*="/in/"]';
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
/** A main-profile address: `/in/SLUG/`, not its detail pages or overlays. */
export const PROFILE_PATH = /^\/in\/[^/]+\/?$/;
/** The digit a degree badge starts with, after the "·" LinkedIn puts before it. */
export const BADGE_DIGIT = /^[·•\s]*([123])/;
