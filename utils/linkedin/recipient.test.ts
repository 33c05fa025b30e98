// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { companyFromHeadline, firstNameOf, readRecipient } from './recipient';

afterEach(() => document.body.replaceChildren());

describe('the recipient', () => {
  test('from the profile top card when the dialog shows the name', () => {
    const card = document.createElement('section');
    card.className = 'pv-top-card';
    const h1 = document.createElement('h1');
    h1.textContent = 'Ana Souza';
    const headline = document.createElement('div');
    headline.className = 'text-body-medium break-words';
    headline.textContent = 'Head of Community at Horta Labs · Urban farming';
    card.append(h1, headline);
    document.body.append(card);
    history.replaceState(null, '', '/in/Ana-Souza/');
    expect(readRecipient(document, 'Ana Souza', undefined)).toEqual({
      name: 'Ana Souza',
      firstName: 'Ana',
      headline: 'Head of Community at Horta Labs · Urban farming',
      company: 'Horta Labs',
      profileUrl: 'linkedin.com/in/ana-souza',
    });
  });

  test("from the Connect control in a profile's sidebar, without the open profile's headline", () => {
    // Ana's profile is open, with her top card and headline; the Connect clicked was Wei's.
    const card = document.createElement('section');
    card.className = 'pv-top-card';
    const h1 = document.createElement('h1');
    h1.textContent = 'Ana Souza';
    const headline = document.createElement('div');
    headline.className = 'text-body-medium break-words';
    headline.textContent = 'Head of Community at Horta Labs · Urban farming';
    card.append(h1, headline);
    document.body.append(card);
    history.replaceState(null, '', '/in/ana-souza/');
    document.title = 'Ana Souza | LinkedIn';
    const hint = { name: 'Wei Zhang', profileUrl: 'linkedin.com/in/wei-zhang', at: 1 };
    expect(readRecipient(document, undefined, hint)).toEqual({ name: 'Wei Zhang', firstName: 'Wei', profileUrl: 'linkedin.com/in/wei-zhang' });
    // The control: the same page and card, Ana's own Connect, does read her headline.
    expect(readRecipient(document, undefined, { name: 'Ana Souza', profileUrl: 'linkedin.com/in/ana-souza', at: 1 }).headline).toBe(
      'Head of Community at Horta Labs · Urban farming',
    );
  });

  test('from the page title as a last resort', () => {
    history.replaceState(null, '', '/in/kwame-mensah/');
    document.title = 'Kwame Mensah | LinkedIn';
    expect(readRecipient(document, undefined, undefined).name).toBe('Kwame Mensah');
  });

  test.each([
    ['Dr. Ngozi Okafor', 'Ngozi'],
    ['李 伟', '李'],
    ['Siobhan', 'Siobhan'],
  ])('first name of %s', (name, first) => {
    expect(firstNameOf(name)).toBe(first);
  });

  test.each([
    ['Data journalist at The Harbour Post', 'The Harbour Post'],
    ['Engineer @ Accra Build Co. · Timber', 'Accra Build Co.'],
    ['Civil rights lawyer · Pro bono housing', undefined],
  ])('company in %j', (headline, company) => {
    expect(companyFromHeadline(headline)).toBe(company);
  });
});
