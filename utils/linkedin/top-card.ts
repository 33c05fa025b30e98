import { PROFILE_NAME, TOP_CARD } from './selectors';

/** The profile's top card: the first block, most specific selector first, that holds the page's h1. */
export function findTopCard(doc: Document): Element | undefined {
  for (const selector of TOP_CARD) {
    const card = [...doc.querySelectorAll(selector)].find((el) => el.querySelector(PROFILE_NAME));
    if (card) return card;
  }
  return undefined;
}
