// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { findInvitation } from './invitation';
import { searchRoots } from './roots';

afterEach(() => document.body.replaceChildren());

function html(markup: string): void {
  // Test fixtures only: markup written here, never page text.
  const template = document.createElement('template');
  template.innerHTML = markup;
  document.body.replaceChildren(template.content);
}

const artdecoStepOne = `
  <div id="artdeco-modal-outlet">
    <div class="artdeco-modal-overlay" data-test-modal-id="send-invite-modal">
      <div class="artdeco-modal send-invite" role="dialog" aria-labelledby="send-invite-modal">
        <button aria-label="Dismiss" class="artdeco-modal__dismiss"><svg></svg></button>
        <h2 id="send-invite-modal">Add a note to your invitation?</h2>
        <p>Personalize your invitation to <strong>Ana Souza</strong> by adding a note.</p>
        <p>3 personalized invitations remaining for this month.</p>
        <div class="artdeco-modal__actionbar">
          <button aria-label="Add a note" class="artdeco-button artdeco-button--secondary">Add a note</button>
          <button aria-label="Send without a note" class="artdeco-button artdeco-button--primary">Send without a note</button>
        </div>
      </div>
    </div>
  </div>`;

const artdecoStepTwo = `
  <div role="dialog" class="artdeco-modal send-invite">
    <h2 id="send-invite-modal">Add a note to your invitation</h2>
    <label for="custom-message" class="visually-hidden">Please limit personal note to 300 characters.</label>
    <textarea id="custom-message" name="message"></textarea>
    <div><span class="t-14">0/200</span></div>
    <div>
      <button aria-label="Cancel adding a note" class="artdeco-button--secondary">Cancel</button>
      <button aria-label="Send invitation" class="artdeco-button--primary" disabled>Send</button>
    </div>
  </div>`;

describe('the invitation dialog, in English layouts', () => {
  test('step one: the buttons, the name in bold and the remaining notes', () => {
    html(artdecoStepOne);
    const found = findInvitation(searchRoots());
    expect(found?.step).toBe('choose');
    expect(found?.shownName).toBe('Ana Souza');
    expect(found?.remainingNotes).toBe(3);
    expect(found?.buttons.addNote?.textContent).toBe('Add a note');
    expect(found?.buttons.sendWithoutNote?.textContent).toBe('Send without a note');
  });

  test('step two: the note, the free account limit and the Send and Cancel buttons', () => {
    html(artdecoStepTwo);
    const found = findInvitation(searchRoots());
    expect(found?.step).toBe('note');
    expect(found?.note?.id).toBe('custom-message');
    expect(found?.limit).toBe(200);
    expect(found?.buttons.send?.getAttribute('aria-label')).toBe('Send invitation');
    expect(found?.buttons.cancel?.getAttribute('aria-label')).toBe('Cancel adding a note');
  });

  test('the oldest layout: a send-invite section with unlabelled buttons', () => {
    html(`
      <section class="modal send-invite">
        <h2>You can customize this invitation</h2>
        <div class="send-invite__actions"><button>Add a note</button><button>Send now</button></div>
      </section>`);
    const found = findInvitation(searchRoots());
    expect(found?.step).toBe('choose');
    expect(found?.buttons.addNote?.textContent).toBe('Add a note');
    expect(found?.buttons.sendWithoutNote?.textContent).toBe('Send now');
  });

  test('the upsell that replaces the note when free notes are used up', () => {
    html(`
      <div role="dialog" class="artdeco-modal send-invite">
        <h2>Personalize more invitations with Premium</h2>
        <a href="/premium/products/">Try Premium for free</a>
      </div>`);
    expect(findInvitation(searchRoots())?.step).toBe('upsell');
  });

  test('the email gate is noticed', () => {
    html(artdecoStepOne.replace('<p>3 personalized', '<label>Email<input type="email"></label><p>3 personalized'));
    expect(findInvitation(searchRoots())?.emailGate).toBe(true);
  });

  test('a dialog inside the open shadow root of #interop-outlet', () => {
    const outlet = document.createElement('div');
    outlet.id = 'interop-outlet';
    outlet.dataset.testid = 'interop-shadowdom';
    document.body.append(outlet);
    const shadow = outlet.attachShadow({ mode: 'open' });
    const template = document.createElement('template');
    template.innerHTML = artdecoStepTwo;
    shadow.append(template.content);
    expect(document.querySelector('textarea')).toBeNull();
    expect(findInvitation(searchRoots())?.note?.id).toBe('custom-message');
  });

  test('another dialog on the page is not an invitation unless Connect was just used', () => {
    html(`
      <div role="dialog"><h2>Share this post</h2><p>with <strong>your network</strong></p>
        <button>Cancel</button><button class="artdeco-button--primary">Post</button></div>`);
    expect(findInvitation(searchRoots())).toBeUndefined();
    expect(findInvitation(searchRoots(), true)?.step).toBe('choose');
  });

  test('a hidden copy of the note is ignored', () => {
    html(`<div hidden><textarea id="custom-message"></textarea></div>`);
    expect(findInvitation(searchRoots())).toBeUndefined();
  });
});

describe('by structure alone, whatever the interface language', () => {
  // Made-up labels in no language the table knows: only structure can find the parts.
  test('step one: secondary adds a note, primary sends without one', () => {
    html(`
      <dialog open class="_93e2ccf0">
        <button aria-label="Zorp"><svg></svg></button>
        <h2 class="_a1b2">Blim blam flooble?</h2>
        <p>Flooble <strong>Oksana Petrenko</strong> gribble.</p>
        <p>7 wubba lubba.</p>
        <div><button class="artdeco-button--secondary">Glorp</button><button class="artdeco-button--primary">Snarf</button></div>
      </dialog>`);
    const found = findInvitation(searchRoots(), true);
    expect(found?.step).toBe('choose');
    expect(found?.shownName).toBe('Oksana Petrenko');
    expect(found?.buttons.addNote?.textContent).toBe('Glorp');
    expect(found?.buttons.sendWithoutNote?.textContent).toBe('Snarf');
  });

  test('step two: the note, the counter, and the buttons by order when no class says which is primary', () => {
    html(`
      <div role="dialog" class="_x9">
        <h2 id="send-invite-modal">Blim blam</h2>
        <textarea name="message"></textarea>
        <span>12/300</span>
        <div><button>Glorp</button><button>Snarf</button></div>
      </div>`);
    const found = findInvitation(searchRoots());
    expect(found?.step).toBe('note');
    expect(found?.limit).toBe(300);
    expect(found?.buttons.cancel?.textContent).toBe('Glorp');
    expect(found?.buttons.send?.textContent).toBe('Snarf');
  });
});
