// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { findTopCard } from './top-card';

// Which block is the profile's top card, each way on its own: by known containers (the innermost
// one that holds the name), and by structure when none does (the largest block around the name
// holding no other card's heading, never the page's main region or the body).

afterEach(() => document.body.replaceChildren());

function html(markup: string): void {
  // Test fixtures only: markup written here, never page text.
  const template = document.createElement('template');
  template.innerHTML = markup;
  document.body.replaceChildren(template.content);
}

const card = () => findTopCard(document)?.id;

describe('by known containers', () => {
  test('the innermost known container around the name, not the wrapper around several cards', () => {
    html('<main><section class="artdeco-card" id="outer"><div class="pv-top-card" id="inner"><h1>Ana</h1></div><section class="artdeco-card" id="other"><h2>People you may know</h2></section></section></main>');
    expect(card()).toBe('inner');
  });

  test('a known container without the name is passed over for the next selector', () => {
    html('<div class="pv-top-card" id="empty"><p>Ad</p></div><main><section class="artdeco-card" id="card"><h1>Ana</h1></section></main>');
    expect(card()).toBe('card');
  });

  test('the innermost of nested containers of the same kind, not the one around other content', () => {
    html('<main><section id="wrap"><section id="card"><h1>Ana</h1></section><div>Try Premium for free</div></section></main>');
    expect(card()).toBe('card');
  });

  test('a known container is the card even when it holds another heading (found by structure it would stop at the name)', () => {
    html('<main><section class="pv-top-card" id="card"><div id="intro"><h1>Ana</h1></div><p>Planner</p><h2>Open to work</h2></section></main>');
    expect(card()).toBe('card');
  });

  test('the outer container itself when nothing inside it is known', () => {
    html('<main><section class="artdeco-card" id="card"><div><h1>Ana</h1></div></section></main>');
    expect(card()).toBe('card');
  });
});

describe('by structure, when no known container holds the name', () => {
  test('the largest block around the name that holds no other heading', () => {
    html('<main id="main"><div id="page"><div id="card"><div id="name-line"><h1>Ana</h1></div><p>Planner</p></div><div id="about"><h2>About</h2></div></div></main>');
    expect(card()).toBe('card');
  });

  test('a heading wrapped around the name is the name’s own, not another card’s', () => {
    html('<main><div id="card"><div role="heading" aria-level="1" id="name"><h1>Ana</h1></div><p>Planner</p></div><div><h2>About</h2></div></main>');
    expect(card()).toBe('card');
  });

  test('never the main region, even with no other heading on the page', () => {
    html('<main id="main"><div id="card"><h1>Ana</h1></div></main>');
    expect(card()).toBe('card');
  });

  test('never the body, with no main region', () => {
    html('<div id="card"><h1>Ana</h1></div>');
    expect(card()).toBe('card');
  });

  test('an h1 straight in main has no card', () => {
    html('<main id="main"><h1>Ana</h1></main>');
    expect(card()).toBeUndefined();
  });

  test('the name inside main is preferred over an h1 outside it', () => {
    html('<div id="banner"><h1>Site</h1></div><main><div id="card"><h1>Ana</h1></div></main>');
    expect(card()).toBe('card');
  });

  test('no name, no card', () => {
    html('<main><div id="card"><p>Ana</p></div></main>');
    expect(card()).toBeUndefined();
  });
});
