// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readRecipient } from './recipient';

// What is laid out on the name's line (a badge, pronouns no word list knows) is never the headline;
// the line under the name is. happy-dom lays nothing out, so each test gives the elements their
// boxes by hand (viewport pixels, as getBoundingClientRect reports them).

function html(markup: string): void {
  // Test fixtures only: markup written here, never page text.
  const template = document.createElement('template');
  template.innerHTML = markup;
  document.body.replaceChildren(template.content);
}

function layout(id: string, top: number, height: number): void {
  const el = document.getElementById(id);
  if (!el) throw new Error(`no #${id} in the fixture`);
  el.getBoundingClientRect = () => new DOMRect(0, top, 200, height);
}

beforeEach(() => history.replaceState(null, '', '/in/ana-souza/'));
afterEach(() => document.body.replaceChildren());

const headline = () => readRecipient(document, 'Ana Souza', undefined).headline;

// The name's line spans 100–140 px.
const NAME_TOP = 100;
const NAME_HEIGHT = 40;

describe('the name’s line', () => {
  const card =
    '<section class="pv-top-card"><div><h1 id="name">Ana Souza</h1><span id="badge">Top Voice</span></div>' +
    '<div id="below">Head of Community at Horta Labs</div></section>';

  test('a badge beside the name is passed over; the line under the name is the headline', () => {
    html(card);
    layout('name', NAME_TOP, NAME_HEIGHT);
    layout('badge', 110, 20);
    layout('below', 150, 20);
    expect(readRecipient(document, 'Ana Souza', undefined)).toEqual({
      name: 'Ana Souza',
      firstName: 'Ana',
      headline: 'Head of Community at Horta Labs',
      company: 'Horta Labs',
      profileUrl: 'linkedin.com/in/ana-souza',
    });
  });

  test('without layout, structure alone decides: the badge is the first line after the name', () => {
    html(card);
    expect(headline()).toBe('Top Voice');
  });

  test('the usual headline class on an element of the name’s line does not make it the headline', () => {
    html(
      '<section class="pv-top-card"><div><h1 id="name">Ana Souza</h1><span id="badge" class="text-body-medium break-words">Top Voice</span></div>' +
        '<div id="below">Head of Community at Horta Labs</div></section>',
    );
    layout('name', NAME_TOP, NAME_HEIGHT);
    layout('badge', 110, 20);
    layout('below', 150, 20);
    expect(headline()).toBe('Head of Community at Horta Labs');
  });

  // A 30 px line after the name in the page, its middle at `middle`; a second line well below.
  test.each([
    ['laid out above the name', 60, 'Urban farming'],
    ['its middle on the name’s top edge', 100, 'Urban farming'],
    ['its middle just inside the top edge', 101, 'Head of Community at Horta Labs'],
    ['its middle on the name’s middle', 120, 'Head of Community at Horta Labs'],
    ['its middle just inside the bottom edge', 139, 'Head of Community at Horta Labs'],
    ['its middle on the name’s bottom edge', 140, 'Urban farming'],
    ['starting inside the name’s box (tight lines) but centred below it', 150, 'Urban farming'],
  ])('a line %s (middle at %i px of the name’s 100–140): the headline is %j', (_where, middle, expected) => {
    html(
      '<section class="pv-top-card"><h1 id="name">Ana Souza</h1><div id="line">Urban farming</div>' +
        '<div id="next">Head of Community at Horta Labs</div></section>',
    );
    layout('name', NAME_TOP, NAME_HEIGHT);
    layout('line', middle - 15, 30);
    layout('next', 200, 20);
    expect(headline()).toBe(expected);
  });

  test('a line with no layout of its own beside a laid-out name is judged by structure, wherever the name is on screen', () => {
    html('<section class="pv-top-card"><h1 id="name">Ana Souza</h1><div id="line">Head of Community at Horta Labs</div></section>');
    // Scrolled so the name straddles the viewport's top edge: y = 0 is inside its box.
    layout('name', -10, NAME_HEIGHT);
    layout('line', 0, 0);
    expect(headline()).toBe('Head of Community at Horta Labs');
  });
});
