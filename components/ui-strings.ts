import type { Principle, Verdict } from '@/utils/coach/schema';

// Every word the in-page coach (panel and prompt) shows, in one place, ready for translation.
// The coach's findings bring their own words (utils/coach); these are the frame around them.

export const VERDICT_WORDS: Record<Verdict, string> = {
  empty: 'No note yet',
  relational: 'Reads as a relationship',
  'needs-work': 'Nearly there',
  transactional: 'Reads as a transaction',
  unread: 'Not read: English only for now',
};

export const PRINCIPLE_NAMES: Record<Principle, string> = {
  give: 'Give more than you get',
  relationship: 'Relationships, not transactions',
  journey: 'The journey, not the pit stop',
  visibility: 'Visibility through showing up',
};

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const PANEL = {
  label: 'Cultivate coach',
  announce: (verdict: Verdict) => `Cultivate: ${VERDICT_WORDS[verdict]}`,
  score: (score: number) => `Score ${score} out of 100`,
  show: 'Show coach',
  hide: 'Hide coach',
  firstFix: 'The one thing to fix',
  nothingToFix: 'Nothing to fix. This reads like you.',
  byPrinciple: 'By principle',
  noScore: 'No score: the coach scores only the words it can read.',
  strengths: 'What already works',
  moreSuggestions: (n: number) => `${n} more ${plural(n, 'suggestion', 'suggestions')}`,
  hideSuggestions: 'Hide the other suggestions',
  length: (length: number, limit: number) => `${length}/${limit} characters`,
  overLimit: (length: number, limit: number) =>
    `${length}/${limit} characters: ${length - limit} over LinkedIn's limit`,
  dismiss: 'Dismiss',
  dismissLabel: (message: string) => `Dismiss for this note: ${message}`,
  mute: 'Turn off this check',
  muteLabel: (message: string) => `Turn off this check everywhere: ${message}`,
  suggestionPrefix: 'Try:',
  pauseNotice: 'This still reads as a transaction. Send anyway? Choose Send again to send it as it is.',
  englishOnly:
    'Cultivate reads notes in English only for now. It checked what does not depend on language: placeholders, length, copies of earlier notes and your pace.',
};

const WHY_A_NOTE =
  'A personal note turns a request into the start of a relationship, and people accept them more often.';

export const PROMPT = {
  label: 'Cultivate',
  starters: 'Ways to begin your note',
  invite: (who: string) => `Add a line for ${who}? ${WHY_A_NOTE}`,
  confirm: `Send without a note? ${WHY_A_NOTE} Pick a start below, or choose Send without a note again to send as it is.`,
  noNotesLeft: (who: string) =>
    `No personal notes left this month. Connect with ${who} now, and once they accept, follow up with a message about why you reached out.`,
  someone: 'them',
};

/** When a send went out on LinkedIn but could not be added to the history. */
export const NOT_RECORDED = {
  heading: 'Not saved in your Cultivate history',
  line: (surface: 'invitation' | 'message', name: string | undefined) =>
    `Your ${surface === 'invitation' ? 'invitation' : 'message'} to ${name || 'this person'} was sent on LinkedIn, but Cultivate could not save it.`,
  after: 'It will not appear in the popup or count toward your goals.',
  dismiss: 'Dismiss',
};
