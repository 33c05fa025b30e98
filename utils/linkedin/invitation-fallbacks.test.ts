// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { findInvitation } from './invitation';
import { searchRoots } from './roots';

// Each way of finding a part of the dialog on its own, with the way tried before it absent, and
// the things that must never be mistaken for LinkedIn's: our own UI, the close button, a year.

afterEach(() => document.body.replaceChildren());

function html(markup: string): void {
  // Test fixtures only: markup written here, never page text.
  const template = document.createElement('template');
  template.innerHTML = markup;
  document.body.replaceChildren(template.content);
}

const found = (connectJustUsed = false) => findInvitation(searchRoots(), connectJustUsed);
const text = (el: HTMLElement | undefined) => el?.textContent?.trim();

describe('finding Send: never our own UI, never the close button', () => {
  // Made-up words, so no label can say which button is which: only structure and order can.
  const noteStep = (extra: string) => `
    <div role="dialog">
      <textarea id="custom-message"></textarea>
      <div><button>Glorp</button><button>Snarf</button></div>
      ${extra}
    </div>`;

  test('the control: with nothing after them, the last two buttons are Cancel and Send', () => {
    html(noteStep(''));
    expect(text(found()?.buttons.cancel)).toBe('Glorp');
    expect(text(found()?.buttons.send)).toBe('Snarf');
  });

  test.each([
    ['our panel', '<cultivate-coach><button>Dismiss this finding</button><button>Show all</button></cultivate-coach>'],
    ['our prompt', '<cultivate-prompt><div><button>Try this opening</button></div></cultivate-prompt>'],
    ['an icon-only close button', '<button class="close"><svg></svg></button>'],
    ['a "×" close button', '<button> × </button>'],
    ['a close button labelled "Close"', '<button aria-label="Close">Zap</button>'],
    ['a close button labelled "Dismiss" in its text', '<button>Dismiss</button>'],
    ['a hidden button', '<button hidden>Ghost</button><div hidden><button>Ghost 2</button></div>'],
  ])('%s after LinkedIn’s buttons is passed over', (_what, extra) => {
    html(noteStep(extra));
    expect(text(found()?.buttons.cancel)).toBe('Glorp');
    expect(text(found()?.buttons.send)).toBe('Snarf');
  });

  test('a role="button" element is one of the dialog’s buttons', () => {
    html(`<div role="dialog"><textarea id="custom-message"></textarea><div><span role="button">Glorp</span><span role="button">Snarf</span></div></div>`);
    expect(text(found()?.buttons.send)).toBe('Snarf');
    expect(text(found()?.buttons.cancel)).toBe('Glorp');
  });

  test('a dialog opened just after Connect whose only button is the close button is not the invitation', () => {
    html(`<div role="dialog"><h2>Blim</h2><p>Blam</p><button aria-label="Dismiss"><svg></svg></button><cultivate-prompt><button>Ours</button></cultivate-prompt></div>`);
    expect(found(true)).toBeUndefined();
  });
});

describe('which button sends', () => {
  test('the primary class decides when it is the first of the two', () => {
    html(`<dialog open><p>Flooble</p><div><button class="artdeco-button--primary">Snarf</button><button>Glorp</button></div></dialog>`);
    expect(text(found(true)?.buttons.sendWithoutNote)).toBe('Snarf');
    expect(text(found(true)?.buttons.addNote)).toBe('Glorp');
  });

  test.each([['[data-test-primary-button]', 'data-test-primary-button'], ['a submit button', 'type="submit"']])('%s is primary too', (_what, attribute) => {
    html(`<div role="dialog"><textarea name="message"></textarea><button ${attribute}>Snarf</button><button type="button">Glorp</button></div>`);
    expect(text(found()?.buttons.send)).toBe('Snarf');
    expect(text(found()?.buttons.cancel)).toBe('Glorp');
  });

  test('only the last two buttons are the actions: a primary button earlier in the dialog is not Send', () => {
    html(`<div role="dialog"><button class="artdeco-button--primary">Blim</button><textarea name="message"></textarea><button>Glorp</button><button>Snarf</button></div>`);
    expect(text(found()?.buttons.send)).toBe('Snarf');
    expect(text(found()?.buttons.cancel)).toBe('Glorp');
  });

  test('a label found in the text when the aria-label is something else', () => {
    html(`<div role="dialog"><textarea name="message"></textarea><button aria-label="zz1">Send</button><button aria-label="zz2">Cancel</button></div>`);
    expect(text(found()?.buttons.send)).toBe('Send');
    expect(text(found()?.buttons.cancel)).toBe('Cancel');
  });

  test('Send known by its label, the other of the two is Cancel even when it comes last', () => {
    html(`<div role="dialog"><textarea name="message"></textarea><button aria-label="Send invitation">Go</button><button>Glorp</button></div>`);
    expect(text(found()?.buttons.send)).toBe('Go');
    expect(text(found()?.buttons.cancel)).toBe('Glorp');
  });

  test('Cancel known by its label, Send is the other one', () => {
    html(`<div role="dialog"><textarea name="message"></textarea><button>Snarf</button><button aria-label="Cancel">Glorp</button></div>`);
    expect(text(found()?.buttons.send)).toBe('Snarf');
    expect(text(found()?.buttons.cancel)).toBe('Glorp');
  });

  test('Cancel known by its label before the last two buttons: it stays Cancel, not the other of the two', () => {
    html(`<div role="dialog"><textarea name="message"></textarea><button aria-label="Cancel">Glorp</button><button>Snarf</button><button class="artdeco-button--primary">Blip</button></div>`);
    expect(text(found()?.buttons.send)).toBe('Blip');
    expect(text(found()?.buttons.cancel)).toBe('Glorp');
  });

  test('one button only: it sends, and nothing is called Cancel', () => {
    html(`<div role="dialog"><textarea name="message"></textarea><button>Snarf</button></div>`);
    expect(text(found()?.buttons.send)).toBe('Snarf');
    expect(found()?.buttons.cancel).toBeUndefined();
  });

  test('the upsell has no buttons of ours to hold', () => {
    html(`<div role="dialog" class="send-invite"><a href="/premium/">Try Premium</a><button>Glorp</button><button class="artdeco-button--primary">Snarf</button></div>`);
    expect(found()?.step).toBe('upsell');
    expect(found()?.buttons).toEqual({});
  });
});

describe('where the dialog is', () => {
  test('a note outside any dialog markup: the block two levels up', () => {
    html(`<div id="outer"><div><textarea id="custom-message"></textarea></div><button>Glorp</button><button>Snarf</button></div>`);
    expect(found()?.dialog.id).toBe('outer');
    expect(text(found()?.buttons.send)).toBe('Snarf');
  });

  test.each([
    ['the send-invite modal marker', `<div data-test-modal-id="send-invite-modal"><div role="dialog" id="it"><button>A</button><button>B</button></div></div>`],
    ['a send-invite class', `<section class="send-invite" id="it"><button>A</button><button>B</button></section>`],
    ['a dialog holding the send-invite heading', `<div role="dialog" id="it"><h2 id="send-invite-modal">x</h2><button>A</button><button>B</button></div>`],
    ['a dialog with a Premium link (the upsell)', `<div role="dialog" id="it"><a href="/premium/x">Premium</a></div>`],
  ])('by %s alone, without a note or a Connect click', (_how, markup) => {
    html(`<div role="dialog" id="other"><p>Share</p><button>Post</button></div>${markup}`);
    expect(found()?.dialog.id).toBe('it');
  });

  test('a hidden dialog is never the invitation', () => {
    html(`<div hidden><div role="dialog" class="send-invite"><button>A</button><button>B</button></div></div>`);
    expect(found(true)).toBeUndefined();
  });

  test('the email gate by the input’s name alone', () => {
    html(`<div role="dialog" class="send-invite"><input name="email"><button>A</button><button>B</button></div>`);
    expect(found()?.emailGate).toBe(true);
    html(`<div role="dialog" class="send-invite"><input name="name"><button>A</button><button>B</button></div>`);
    expect(found()?.emailGate).toBe(false);
  });
});

describe('the name in bold', () => {
  test('the first bold text that could be a name: not an empty one, not a paragraph', () => {
    html(`<div role="dialog" class="send-invite"><strong> </strong><strong>${'x'.repeat(120)}</strong><strong>Oksana Petrenko</strong><button>A</button><button>B</button></div>`);
    expect(found()?.shownName).toBe('Oksana Petrenko');
  });

  test('119 characters is still a name', () => {
    html(`<div role="dialog" class="send-invite"><strong>${'x'.repeat(119)}</strong><button>A</button><button>B</button></div>`);
    expect(found()?.shownName).toBe('x'.repeat(119));
  });
});

describe('the character limit', () => {
  test('our own panel’s count inside the dialog is not LinkedIn’s limit', () => {
    html(`<div role="dialog"><cultivate-coach><span>12/300</span></cultivate-coach><textarea name="message"></textarea><span>0/200</span><button>A</button><button>B</button></div>`);
    expect(found()?.limit).toBe(200);
  });

  test('only a leaf that is the counter and nothing else', () => {
    html(`<div role="dialog"><textarea name="message"></textarea><p>Up to 0/300 <b>now</b></p><small> 14 / 2000 </small><button>A</button><button>B</button></div>`);
    expect(found()?.limit).toBe(2000);
  });

  test('no counter: no limit; and no limit is read before the note is open', () => {
    html(`<div role="dialog"><textarea name="message"></textarea><button>A</button><button>B</button></div>`);
    expect(found()?.limit).toBeUndefined();
    html(`<div role="dialog" class="send-invite"><span>0/200</span><button>A</button><button>B</button></div>`);
    expect(found()?.step).toBe('choose');
    expect(found()?.limit).toBeUndefined();
  });
});

describe('the remaining notes: the labelled reader and the structural one, each on its own', () => {
  const chooseStep = (inner: string) =>
    `<div role="dialog" class="send-invite"><p>Flooble <strong>Oksana Petrenko</strong> gribble.</p>${inner}<div><button>Glorp</button><button class="artdeco-button--primary">Snarf</button></div></div>`;

  test('labelled, where structure cannot see it (a span, among other numbers)', () => {
    html(chooseStep('<div><span>You have 4 personalized invitations remaining for 30 days.</span></div>'));
    expect(found()?.remainingNotes).toBe(4);
  });

  test('labelled, with a year in the line: the count, not the year', () => {
    html(chooseStep('<div><span>Personalized invitations remaining in November 2026: 3</span></div>'));
    expect(found()?.remainingNotes).toBe(3);
  });

  test('labelled, with the count a year would hide: nothing rather than "202"', () => {
    html(chooseStep('<div><span>Personalized invitations remaining, resets 2026</span></div>'));
    expect(found()?.remainingNotes).toBeUndefined();
  });

  test('labelled, in the upsell: no notes left', () => {
    html(`<div role="dialog" class="send-invite"><a href="/premium/">Premium</a><div><span>0 personalized invitations remaining</span></div></div>`);
    expect(found()?.remainingNotes).toBe(0);
  });

  test('the upsell reads only the labelled line, never a number by its shape', () => {
    html(`<div role="dialog" class="send-invite"><a href="/premium/">Premium</a><p>Wubba 7 lubba.</p></div>`);
    expect(found()?.step).toBe('upsell');
    expect(found()?.remainingNotes).toBeUndefined();
  });

  test('labelled, but too long to be the line (a whole paragraph of help): passed over', () => {
    const long = `${'Some help text. '.repeat(9)}5 personalized invitations remaining and 6 more words.`;
    expect(long.length).toBeGreaterThan(160);
    html(chooseStep(`<div><span>${long}</span></div>`));
    expect(found()?.remainingNotes).toBeUndefined();
  });

  test('labelled, a line of exactly 160 characters is still the line', () => {
    const line = `${'Some help text. '.repeat(7)}5 personalized invitations remaining, and ${'x'.repeat(5)}.`;
    expect(line).toHaveLength(160);
    html(chooseStep(`<div><span>${line}</span></div>`));
    expect(found()?.remainingNotes).toBe(5);
  });

  test('labelled, our own prompt’s words inside the dialog are not LinkedIn’s line', () => {
    html(chooseStep('<cultivate-prompt><span>9 personalized invitations remaining</span></cultivate-prompt><div><span>2 personalized invitations remaining</span></div>'));
    expect(found()?.remainingNotes).toBe(2);
  });

  test('structural: a paragraph of its own with one small number, in a language the table does not know', () => {
    html(chooseStep('<p>Wubba 7 lubba.</p>'));
    expect(found()?.remainingNotes).toBe(7);
  });

  test.each([
    ['a year', '<p>Blim 2026 blam.</p>'],
    ['two numbers', '<p>7 of 10 wubba.</p>'],
    ['a counter', '<p>0/200</p>'],
    ['a paragraph with markup in it', '<p>Wubba <em>7</em> lubba.</p>'],
    ['a paragraph inside a button', '<button aria-label="x"><p>7 wubba</p></button>'],
    ['a paragraph inside a label', '<label><p>7 wubba</p></label>'],
    ['a paragraph inside a heading', '<h2><p>7 wubba</p></h2>'],
    ['a paragraph inside an alert', '<div role="alert"><p>7 wubba</p></div>'],
    ['a paragraph of ours', '<cultivate-coach><p>7 wubba</p></cultivate-coach>'],
    ['a paragraph over 120 characters', `<p>7 ${'wubba '.repeat(20)}</p>`],
    ['an empty paragraph', '<p> </p>'],
  ])('structural: %s is not the line', (_what, decoy) => {
    html(chooseStep(decoy));
    expect(found()?.remainingNotes).toBeUndefined();
    // The control: the same decoy, then the real line, which is read.
    html(chooseStep(`${decoy}<p>Wubba 3 lubba.</p>`));
    expect(found()?.remainingNotes).toBe(3);
  });

  test('structural: 120 characters is still short enough', () => {
    const line = `7 ${'w'.repeat(118)}`;
    expect(line).toHaveLength(120);
    html(chooseStep(`<p>${line}</p>`));
    expect(found()?.remainingNotes).toBe(7);
  });

  test('structural: a three-digit count is read', () => {
    html(chooseStep('<p>Wubba 100 lubba.</p>'));
    expect(found()?.remainingNotes).toBe(100);
  });

  test('the labelled line wins over a paragraph that only looks like one', () => {
    html(chooseStep('<p>Wubba 7 lubba.</p><div><span>1 personalized invitation remaining</span></div>'));
    expect(found()?.remainingNotes).toBe(1);
  });
});

describe('a dialog marked only by ARIA', () => {
  test('step one in an alertdialog opened just after Connect is the invitation', () => {
    html(`<div role="alertdialog"><p>Blim</p><div><button>Glorp</button><button>Snarf</button></div></div>`);
    expect(found(true)?.step).toBe('choose');
    expect(text(found(true)?.buttons.sendWithoutNote)).toBe('Snarf');
  });

  test('the note deep inside an aria-modal container: its buttons outside the note’s own block are found', () => {
    html(`<div aria-modal="true"><div><div><div><textarea id="custom-message"></textarea></div></div></div><div><button>Glorp</button><button>Snarf</button></div></div>`);
    expect(text(found()?.buttons.send)).toBe('Snarf');
    expect(text(found()?.buttons.cancel)).toBe('Glorp');
  });
});
