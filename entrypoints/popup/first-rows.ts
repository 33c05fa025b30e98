import { BADGE_MARKS, BADGE_WORDS } from '@/components/verdict-badge/verdict-words';
import type { RecentPerson } from '@/utils/history/api';
import { personRowView } from './person-row-view';
import { exactTime, isDisplayableTime, relativeTime } from './relative-time';

/**
 * The first screen painted from the first page of people, just read from the history, before React
 * has loaded: the same markup HistoryViews renders first (search, the follow-ups line still empty,
 * the rows), built with DOM calls (text only, never HTML). React replaces it with its own render of
 * the same people (main.tsx); what someone did meanwhile is carried over by `takeOver`.
 */
export interface FirstRows {
  /** Once React has rendered: open the person clicked meanwhile, and give focus back where it was. */
  takeOver(): void;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function row(person: RecentPerson, now: number): HTMLLIElement {
  const view = personRowView(person);
  const time = element('time', { class: 'when' }, relativeTime(view.at, now));
  if (isDisplayableTime(view.at)) time.setAttribute('datetime', new Date(view.at).toISOString());
  time.setAttribute('title', exactTime(view.at));
  const meta = element('p', { class: 'person__meta' });
  if (view.verdict) {
    meta.append(
      element(
        'span',
        { class: `verdict-badge verdict-badge--${view.verdict}`, 'data-verdict': view.verdict },
        element('span', { class: 'verdict-badge__mark', 'aria-hidden': 'true' }, BADGE_MARKS[view.verdict]),
        BADGE_WORDS[view.verdict],
      ),
    );
  }
  meta.append(element('span', { class: 'stage' }, view.stage));
  return element(
    'li',
    { class: 'person', 'data-testid': 'history-item', 'data-key': person.contact.key },
    element(
      'div',
      { class: 'person__top' },
      element('button', { type: 'button', class: 'contact-opener' }, person.contact.name),
      time,
    ),
    element(
      'p',
      { class: view.latest.note ? 'person__latest' : 'person__latest muted', 'data-testid': 'latest-touch' },
      view.latest.text,
    ),
    meta,
  );
}

/** Paints the people into `main` (replacing "Opening your history…"). Nobody to show: nothing painted. */
export function paintFirstRows(main: Element, people: RecentPerson[], now: number): FirstRows | undefined {
  if (people.length === 0) return undefined;
  const search = element('input', {
    id: 'first-search',
    type: 'search',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-keyshortcuts': '/',
  });
  const screen = element(
    'div',
    {},
    element('div', { role: 'search', class: 'search-box' }, element('label', { for: 'first-search' }, 'Search by name'), search),
    element(
      'div',
      {},
      element('div', { class: 'due-line', 'data-testid': 'follow-ups-line' }),
      element(
        'section',
        { class: 'panel people', 'aria-labelledby': 'recent-heading' },
        element('h2', { id: 'recent-heading' }, 'Recent connections'),
        element('ul', { class: 'people__list', 'aria-busy': 'false' }, ...people.map((person) => row(person, now))),
      ),
    ),
  );

  // Until React takes over these buttons have no handlers of their own: remember what was asked.
  let clicked: string | undefined;
  let focused: (() => HTMLElement | null) | undefined;
  const opener = (key: string) => () =>
    [...document.querySelectorAll<HTMLLIElement>('li.person')].find((li) => li.dataset.key === key)?.querySelector<HTMLElement>('.contact-opener') ?? null;
  screen.addEventListener('click', (event) => {
    const key = (event.target as Element).closest('.contact-opener')?.closest<HTMLElement>('li.person')?.dataset.key;
    if (key !== undefined) clicked = key;
  });
  screen.addEventListener('focusin', (event) => {
    const target = event.target as Element;
    const key = target.closest<HTMLElement>('li.person')?.dataset.key;
    focused = target === search ? () => document.querySelector<HTMLElement>('.search-box input') : key !== undefined ? opener(key) : undefined;
  });
  main.replaceChildren(screen);

  return {
    takeOver() {
      // React removed the painted nodes: focus fell to the body if it was on one of them.
      const [focus, click] = [focused, clicked];
      focused = clicked = undefined;
      if (focus && (document.activeElement === document.body || document.activeElement === null)) focus()?.focus();
      if (click !== undefined) opener(click)()?.click();
    },
  };
}
