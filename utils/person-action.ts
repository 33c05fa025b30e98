/**
 * True only for an event the browser made from the person's own input (a real click, a key they
 * pressed). A page script's `.click()`, `dispatchEvent` or synthetic Enter is not trusted, and
 * `isTrusted` cannot be forged: it is an unforgeable own property of every browser event.
 * Anything missing or not exactly `true` counts as not the person: we fail closed.
 */
export function byThePerson(event: { isTrusted?: boolean }): boolean {
  return event.isTrusted === true;
}

/**
 * Events that only the person can cause. Focus is not one of them: a page's `element.focus()`
 * fires trusted focus events. Keyboard users reach a box with Tab, whose keyup lands in it.
 */
export const PERSON_ACTIONS = ['pointerdown', 'click', 'keydown', 'keyup'] as const;

/** The elements an event passed through, shadow roots LinkedIn left open included. */
export function elementsOn(event: Event): Element[] {
  return event.composedPath().filter((target): target is Element => target instanceof Element);
}
