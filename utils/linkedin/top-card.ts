import { PROFILE_NAME, TOP_CARD } from './selectors';

/**
 * The profile's top card: the innermost block, most specific selector first, that holds the page's
 * h1. Never a wrapper around several cards, whose other parts ("People you may know", activity)
 * are about other people.
 */
export function findTopCard(doc: Document): Element | undefined {
  for (const selector of TOP_CARD) {
    const outer = [...doc.querySelectorAll(selector)].find((el) => el.querySelector(PROFILE_NAME));
    const h1 = outer?.querySelector(PROFILE_NAME);
    if (!outer || !h1) continue;
    return TOP_CARD.map((s) => h1.closest(s)).find((el): el is Element => el !== null && outer.contains(el)) ?? outer;
  }
  return undefined;
}
