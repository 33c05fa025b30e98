import { HEADLINE_STOP_HEADING, PAGE_MAIN, PROFILE_NAME, TOP_CARD } from './selectors';

/**
 * The profile's top card: the innermost block, most specific selector first, that holds the page's
 * h1. Never a wrapper around several cards, whose other parts ("People you may know", activity)
 * are about other people. Where no known container holds the name (hashed classes, cards that are
 * plain divs), the card is found by structure instead.
 */
export function findTopCard(doc: Document): Element | undefined {
  for (const selector of TOP_CARD) {
    const outer = [...doc.querySelectorAll(selector)].find((el) => el.querySelector(PROFILE_NAME));
    const h1 = outer?.querySelector(PROFILE_NAME);
    if (!outer || !h1) continue;
    return (
      TOP_CARD.map((s) => h1.closest(s)).find((el): el is Element => el !== null && outer.contains(el)) ??
      outer
    );
  }
  const main = doc.querySelector(PAGE_MAIN);
  const h1 = main?.querySelector(PROFILE_NAME) ?? doc.querySelector(PROFILE_NAME);
  return h1 ? cardAround(h1) : undefined;
}

/**
 * The largest block around the name that holds no other heading: each card on a profile opens with
 * its own heading ("About", "Activity", "People you may know"), so the block stops growing where
 * the next card would come in. Never the page's main region or the body.
 */
function cardAround(h1: Element): Element | undefined {
  let card: Element | undefined;
  for (
    let up = h1.parentElement;
    up && up !== h1.ownerDocument.body && !up.matches(PAGE_MAIN);
    up = up.parentElement
  ) {
    const headings = up.querySelectorAll(HEADLINE_STOP_HEADING);
    if ([...headings].some((h) => !h.contains(h1) && !h1.contains(h))) break;
    card = up;
  }
  return card;
}
