// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { asThePerson } from '@/tests/unit/as-the-person';
import { byThePerson, elementsOn } from './person-action';

test('only an event the browser marks trusted is the person', () => {
  expect(byThePerson(asThePerson(new MouseEvent('click')))).toBe(true);
  const scripted = new MouseEvent('click');
  Object.defineProperty(scripted, 'isTrusted', { value: false });
  expect(byThePerson(scripted)).toBe(false);
});

test('an event without isTrusted (a scripted click here) does not count: we fail closed', () => {
  const button = document.createElement('button');
  document.body.append(button);
  let seen: Event | undefined;
  button.addEventListener('click', (event) => (seen = event));
  button.click();
  expect(seen).toBeDefined();
  expect(byThePerson(seen!)).toBe(false);
  button.remove();
});

test('the elements an event passed through, innermost first', () => {
  const outer = document.createElement('form');
  const inner = document.createElement('p');
  outer.append(inner);
  document.body.append(outer);
  let path: Element[] = [];
  document.addEventListener('keydown', (event) => (path = elementsOn(event)), { once: true });
  inner.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, composed: true }));
  expect(path.slice(0, 2)).toEqual([inner, outer]);
  outer.remove();
});
