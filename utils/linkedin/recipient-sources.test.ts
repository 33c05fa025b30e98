// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { companyFromHeadline, firstNameOf, readRecipient } from './recipient';

// Each source of who the invitation is for, on its own: the ones before it absent.

function html(markup: string): void {
  // Test fixtures only: markup written here, never page text.
  const template = document.createElement('template');
  template.innerHTML = markup;
  document.body.replaceChildren(template.content);
}

beforeEach(() => {
  history.replaceState(null, '', '/in/ana-souza/');
  document.title = 'Feed | LinkedIn';
});
afterEach(() => document.body.replaceChildren());

const HEADLINE = 'Head of Community at Horta Labs · Urban farming';

describe('the name, from the most direct source present', () => {
  test('the dialog’s name over the Connect control’s, the card’s and the title’s', () => {
    html(`<section class="pv-top-card"><h1>Ana S.</h1></section>`);
    document.title = 'Ana Title | LinkedIn';
    const hint = { name: 'Ana Control', at: 1 };
    expect(readRecipient(document, 'Ana Dialog', hint).name).toBe('Ana Dialog');
    expect(readRecipient(document, '', hint).name).toBe('Ana Control');
    expect(readRecipient(document, undefined, undefined).name).toBe('Ana S.');
  });

  test.each([
    ['Kwame Mensah | LinkedIn', 'Kwame Mensah'],
    ['(3) Kwame Mensah | LinkedIn', 'Kwame Mensah'],
    ['(99+) Kwame Mensah  |  LinkedIn ', 'Kwame Mensah'],
    ['Kwame Mensah - Accra | LinkedIn', 'Kwame Mensah - Accra'],
  ])('the page title %j names %j', (title, name) => {
    document.title = title;
    const recipient = readRecipient(document, undefined, undefined);
    expect(recipient.name).toBe(name);
    expect(recipient.firstName).toBe('Kwame');
  });

  test.each([
    ['Kwame Mensah|LinkedIn', 'Kwame Mensah'],
    ['(3)Kwame Mensah | LinkedIn', 'Kwame Mensah'],
  ])('the page title %j, without spaces, names %j', (title, name) => {
    document.title = title;
    expect(readRecipient(document, undefined, undefined).name).toBe(name);
  });

  test.each([['Kwame Mensah'], ['LinkedIn'], ['Kwame Mensah | Not LinkedIn'], ['Kwame Mensah | LinkedIn Learning'], ['Kwame Mensah | LinkedInside'], ['']])('a title %j that is not "NAME | LinkedIn" names no one', (title) => {
    document.title = title;
    expect(readRecipient(document, undefined, undefined)).toEqual({ profileUrl: 'linkedin.com/in/ana-souza' });
  });

  test('the profile address: the Connect control’s, else the page’s, else none', () => {
    expect(readRecipient(document, 'Wei Zhang', { profileUrl: 'linkedin.com/in/wei-zhang', at: 1 }).profileUrl).toBe('linkedin.com/in/wei-zhang');
    expect(readRecipient(document, 'Ana Souza', undefined).profileUrl).toBe('linkedin.com/in/ana-souza');
    history.replaceState(null, '', '/feed/');
    expect(readRecipient(document, 'Ana Souza', undefined)).toEqual({ name: 'Ana Souza', firstName: 'Ana' });
  });
});

describe('a document that is not a page (no address)', () => {
  test('names from its title, with no profile address', () => {
    const doc = new DOMParser().parseFromString('<html><head><title>Kwame Mensah | LinkedIn</title></head><body></body></html>', 'text/html');
    // In a browser a parsed document has no location; happy-dom gives it one, so take it away.
    Object.defineProperty(doc, 'location', { value: null });
    expect(readRecipient(doc, undefined, undefined)).toEqual({ name: 'Kwame Mensah', firstName: 'Kwame' });
  });
});

describe('the top card, found by each selector on its own', () => {
  test.each([
    ['.pv-top-card', `<section class="pv-top-card"><h1>Ana Souza</h1><div class="text-body-medium break-words">${HEADLINE}</div></section>`],
    ['[data-view-name="profile-card"]', `<div data-view-name="profile-card"><h1>Ana Souza</h1><div class="text-body-medium break-words">${HEADLINE}</div></div>`],
    ['section.artdeco-card', `<section class="artdeco-card"><h1>Ana Souza</h1><div class="text-body-medium break-words">${HEADLINE}</div></section>`],
    ['main section', `<main><section><h1>Ana Souza</h1><div class="text-body-medium break-words">${HEADLINE}</div></section></main>`],
  ])('%s', (_selector, markup) => {
    html(markup);
    expect(readRecipient(document, undefined, undefined)).toEqual({
      name: 'Ana Souza',
      firstName: 'Ana',
      headline: HEADLINE,
      company: 'Horta Labs',
      profileUrl: 'linkedin.com/in/ana-souza',
    });
  });

  test('a card without a name is not the top card: the next one with an h1 is', () => {
    html(`<section class="pv-top-card"><div class="text-body-medium break-words">Not this</div></section>
      <section class="artdeco-card"><h1>Ana Souza</h1><div class="text-body-medium break-words">${HEADLINE}</div></section>`);
    expect(readRecipient(document, undefined, undefined).headline).toBe(HEADLINE);
  });

  test('no card at all: no headline, no company', () => {
    html(`<main><p>${HEADLINE}</p></main>`);
    expect(readRecipient(document, 'Ana Souza', undefined)).toEqual({ name: 'Ana Souza', firstName: 'Ana', profileUrl: 'linkedin.com/in/ana-souza' });
  });
});

describe('the headline, by each reader on its own', () => {
  test('the suggestion target when the usual class is gone', () => {
    html(`<section class="pv-top-card"><h1>Ana Souza</h1><span>Top voice</span><div data-generated-suggestion-target="x">${HEADLINE}</div></section>`);
    expect(readRecipient(document, undefined, undefined).headline).toBe(HEADLINE);
  });

  test('the usual class first, when both are there', () => {
    html(`<section class="pv-top-card"><h1>Ana Souza</h1><div data-generated-suggestion-target="x">Second</div><div class="text-body-medium break-words">${HEADLINE}</div></section>`);
    expect(readRecipient(document, undefined, undefined).headline).toBe(HEADLINE);
  });

  test('an empty headline element is passed over for the next reader', () => {
    html(`<section class="pv-top-card"><div><h1>Ana Souza</h1></div><div class="text-body-medium break-words">  </div><div data-generated-suggestion-target="x">${HEADLINE}</div></section>`);
    expect(readRecipient(document, undefined, undefined).headline).toBe(HEADLINE);
  });

  test('by structure alone: the element just after the name’s own block', () => {
    html(`<section class="pv-top-card"><div><h1>Ana Souza</h1></div><div>  ${HEADLINE}  </div><div>Other</div></section>`);
    expect(readRecipient(document, undefined, undefined).headline).toBe(HEADLINE);
  });

  test('by structure, with nothing after the name: no headline', () => {
    html(`<section class="pv-top-card"><div><h1>Ana Souza</h1></div></section>`);
    expect(readRecipient(document, undefined, undefined)).toEqual({ name: 'Ana Souza', firstName: 'Ana', profileUrl: 'linkedin.com/in/ana-souza' });
  });

  test.each([
    ['another section’s heading', '<h2>Activity</h2>'],
    ['a block opening with another section’s heading', '<div><h2>About</h2><p>I grow food on rooftops</p></div>'],
    ['a count of followers', '<p>2,104 followers</p>'],
    ['LinkedIn’s capped count of connections', '<p>500+ connections</p>'],
    ['the count of connections in French', '<p>500+ relations</p>'],
    ['a count of followers in German, with a thousands dot', '<p>1.234 Follower</p>'],
    ['a count of followers in French, with a thin space', '<p>2\u202f345 abonnés</p>'],
    ['a count written after its word', '<p>つながり500+</p>'],
    ['a count in Arabic, the plus before the number', '<p>+500 زميل</p>'],
    ['a control', '<button type="button">Message</button>'],
  ])('by structure, %s after the name ends the search: nothing after it is the headline', (_stop, stop) => {
    html(`<section class="pv-top-card"><div><h1>Ana Souza</h1></div>${stop}<p>Kwame Mensah · Designer at Loom</p></section>`);
    expect(readRecipient(document, undefined, undefined)).toEqual({ name: 'Ana Souza', firstName: 'Ana', profileUrl: 'linkedin.com/in/ana-souza' });
  });

  test.each([['2x founder'], ['3D artist'], ['Web3 product lead'], ['10 years in intensive care nursing']])(
    'by structure, a headline that starts with a number is still a headline: %s',
    (headline) => {
      html(`<section class="pv-top-card"><div><h1>Ana Souza</h1></div><div>${headline}</div></section>`);
      expect(readRecipient(document, undefined, undefined).headline).toBe(headline);
    },
  );

  test.each([['· 2e'], ['· 2.'], ['· 3º+']])('by structure, the degree badge %s beside the name is passed over', (badge) => {
    html(`<section class="pv-top-card"><div><h1>Ana Souza</h1></div><span>${badge}</span><div>${HEADLINE}</div></section>`);
    expect(readRecipient(document, undefined, undefined).headline).toBe(HEADLINE);
  });

  test('by structure, text outside the top card is never its headline', () => {
    html('<main><section><section><h1>Ana Souza</h1></section><div>Try Premium for free</div></section></main>');
    expect(readRecipient(document, undefined, undefined).headline).toBeUndefined();
  });

  test('a known top card holding a heading after the headline is still the whole card', () => {
    html(`<main><section class="pv-top-card"><div><h1>Ana Souza</h1></div><div>${HEADLINE}</div><h2>Open to work</h2><p>Nurse educator roles</p></section></main>`);
    expect(readRecipient(document, undefined, undefined).headline).toBe(HEADLINE);
  });

  test('a heading around the name is the name’s, not another section’s: the card reaches the headline', () => {
    html(`<main><div><div role="heading" aria-level="1"><h1>Ana Souza</h1></div><div>${HEADLINE}</div></div><div><h2>About</h2></div></main>`);
    expect(readRecipient(document, undefined, undefined).headline).toBe(HEADLINE);
  });

  test.each([
    ['the usual class', (text: string) => `<div class="text-body-medium break-words">${text}</div>`],
    ['the structure', (text: string) => `<div>${text}</div>`],
  ])('at most 300 characters, by %s', (_reader, headline) => {
    html(`<section class="pv-top-card"><div><h1>Ana Souza</h1></div>${headline(`${'a'.repeat(299)}bc`)}</section>`);
    expect(readRecipient(document, undefined, undefined).headline).toBe(`${'a'.repeat(299)}b`);
  });
});

describe('whose headline: only the person the invitation is for', () => {
  const anasProfile = `<section class="pv-top-card"><h1>Ana Souza</h1><div class="text-body-medium break-words">${HEADLINE}</div></section>`;

  test('a Connect control for someone else, with their profile address', () => {
    html(anasProfile);
    const recipient = readRecipient(document, 'Wei Zhang', { name: 'Wei Zhang', profileUrl: 'linkedin.com/in/wei-zhang', at: 1 });
    expect(recipient).toEqual({ name: 'Wei Zhang', firstName: 'Wei', profileUrl: 'linkedin.com/in/wei-zhang' });
  });

  test('a Connect button for someone else with no address ("People also viewed"): their name is not the card’s', () => {
    html(anasProfile);
    expect(readRecipient(document, undefined, { name: 'Wei Zhang', at: 1 })).toEqual({
      name: 'Wei Zhang',
      firstName: 'Wei',
      profileUrl: 'linkedin.com/in/ana-souza',
    });
    expect(readRecipient(document, 'Wei Zhang', undefined).headline).toBeUndefined();
  });

  test.each([
    ['the profile’s own Connect, with its address', undefined, { profileUrl: 'linkedin.com/in/ana-souza', at: 1 }],
    ['the profile’s own Connect button, by name', undefined, { name: 'Ana Souza', at: 1 }],
    ['the dialog naming her, in other case and spacing', 'ana  SOUZA', undefined],
    ['the dialog naming her shorter than the card', 'Ana', undefined],
    ['the dialog naming her shorter, with spaces around', ' Ana ', undefined],
    ['no name anywhere but the card', undefined, undefined],
  ])('%s: her headline and company', (_case, shownName, hint) => {
    html(anasProfile);
    const recipient = readRecipient(document, shownName, hint);
    expect(recipient.headline).toBe(HEADLINE);
    expect(recipient.company).toBe('Horta Labs');
  });

  test('a namesake’s Connect (the same name, another address) does not take this profile’s headline', () => {
    html(anasProfile);
    expect(readRecipient(document, 'Ana Souza', { name: 'Ana Souza', profileUrl: 'linkedin.com/in/ana-souza-2', at: 1 }).headline).toBeUndefined();
  });

  test('names that differ only in where the space falls are different people', () => {
    html(anasProfile);
    expect(readRecipient(document, 'Anas Ouza', undefined).headline).toBeUndefined();
  });

  test('the card’s name longer than the dialog’s ("Dr. Ana Souza, PhD") is still hers', () => {
    html(anasProfile.replace('<h1>Ana Souza</h1>', '<h1>Dr. Ana Souza, PhD</h1>'));
    expect(readRecipient(document, 'Ana Souza', undefined).headline).toBe(HEADLINE);
  });
});

describe('first names', () => {
  test.each(['Dr', 'Dr.', 'Prof', 'Prof.', 'Mr', 'Mr.', 'Ms', 'Ms.', 'Mrs', 'Mrs.', 'Mx', 'Mx.'])('the honorific "%s" is passed over', (honorific) => {
    expect(firstNameOf(`${honorific} Ngozi Okafor`)).toBe('Ngozi');
    expect(firstNameOf(`${honorific.toUpperCase()} Ngozi Okafor`)).toBe('Ngozi');
  });

  test.each([
    ['Drew Barrymore', 'Drew'],
    ['Msimang Thabo', 'Msimang'],
    ['Profeta Lucia', 'Profeta'],
    ['Mrsa Lee', 'Mrsa'],
    ['Dr.Ngozi Okafor', 'Dr.Ngozi'],
    ['Sir Ngozi Okafor', 'Sir'],
  ])('a name that only starts like an honorific is a name: %s', (name, first) => {
    expect(firstNameOf(name)).toBe(first);
  });

  test('two honorifics, spaces around: the first word that is a name', () => {
    expect(firstNameOf('  Prof.   Dr.  Ngozi\tOkafor ')).toBe('Ngozi');
  });

  test('only honorifics, or nothing: no first name', () => {
    expect(firstNameOf('Dr.')).toBeUndefined();
    expect(firstNameOf('   ')).toBeUndefined();
  });

  test('a name of honorifics alone is kept as the name, with no first name', () => {
    expect(readRecipient(document, 'Dr.', undefined)).toEqual({ name: 'Dr.', profileUrl: 'linkedin.com/in/ana-souza' });
  });
});

describe('the company in a headline', () => {
  test.each([
    ['Engineer at Acme, Inc.', 'Acme'],
    ['Engineer AT Acme • Remote', 'Acme'],
    ['Engineer at Acme | Speaker', 'Acme'],
    ['Engineer @   Acme · Timber', 'Acme'],
    ['Engineer\tat\tAcme', 'Acme'],
    ['Founder, Chief at the Table', 'the Table'],
  ])('%j → %j', (headline, company) => {
    expect(companyFromHeadline(headline)).toBe(company);
  });

  test.each([['Engineer@Acme'], ['Engineer at'], ['Engineer at · Remote'], ['Seat Designer'], ['at Acme'], ['Chatbot builder']])('%j names no company', (headline) => {
    expect(companyFromHeadline(headline)).toBeUndefined();
  });
});
