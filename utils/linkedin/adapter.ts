import { connectHintFrom } from './connect-control';
import { findInvitation } from './invitation';
import { findMessageComposers } from './message-composer';
import { readRecipient } from './recipient';
import { searchRoots } from './roots';
import { ANY_DIALOG, ANYTHING_TO_COACH } from './selectors';

/** Everything the coaching runtime asks of a site. A new site is one new object of this shape. */
export const linkedInAdapter = {
  searchRoots,
  /** One cheap query: is there anything to coach on the page at all? */
  hasCandidates(roots: ParentNode[], connectJustUsed: boolean): boolean {
    const selector = connectJustUsed ? `${ANYTHING_TO_COACH}, ${ANY_DIALOG}` : ANYTHING_TO_COACH;
    return roots.some((root) => root.querySelector(selector) !== null);
  },
  findInvitation,
  findMessageComposers,
  readRecipient,
  connectHintFrom,
};

export type SiteAdapter = typeof linkedInAdapter;
