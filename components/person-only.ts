import type { SyntheticEvent } from 'react';
import { byThePerson } from '@/utils/person-action';

/**
 * Wraps a handler of our in-page UI so it runs only for the person's own clicks and keys, never
 * for a page script that got hold of one of our buttons and called `.click()` on it.
 */
export function personOnly<E extends SyntheticEvent>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (byThePerson(event.nativeEvent)) handler(event);
  };
}
