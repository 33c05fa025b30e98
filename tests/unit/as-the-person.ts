/**
 * happy-dom sets no `isTrusted`; a browser sets it, unforgeably, on every event, true only for the
 * person's own input. This marks an event as a browser would mark the person's.
 */
export function asThePerson<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** A real click on `target`, as the browser dispatches one for the person: trusted, bubbling, composed. */
export function personClicks(target: EventTarget): void {
  for (const type of ['pointerdown', 'click'] as const) {
    const Ctor = type === 'click' ? MouseEvent : PointerEvent;
    target.dispatchEvent(asThePerson(new Ctor(type, { bubbles: true, composed: true, cancelable: true })));
  }
}

/** A key the person pressed in `target`: trusted keydown and keyup. */
export function personPresses(target: EventTarget, key: string): void {
  for (const type of ['keydown', 'keyup'] as const) {
    target.dispatchEvent(asThePerson(new KeyboardEvent(type, { key, bubbles: true, composed: true, cancelable: true })));
  }
}
