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

  describe('on a profile with hashed classes and other cards after the top card', () => {
    const pymk =
      '<section class="_c0a8e3f1"><h2>People you may know</h2><ul><li><a href="/in/omar-khalil/"><strong>Omar Khalil</strong></a>' +
      '<p>ICU nurse</p><a aria-label="Invite Omar Khalil to connect" href="/preload/custom-invite/?vanityName=omar-khalil">Connect</a></li></ul></section>';
    const activity = '<section class="_a51f0c6e"><h2>Activity</h2><p>2,104 followers</p></section>';
    const page = (topCard: string) => {
      history.replaceState(null, '', '/in/fatima-haddad/');
      document.title = 'Fatima Haddad | LinkedIn';
      document.body.innerHTML = `<main class="_e2a9c4b7"><section class="_x0">${topCard}</section>${activity}${pymk}</main>`;
      return readRecipient(document, 'Fatima Haddad', undefined);
    };

    test('the headline is the line after the name, read by structure', () => {
      const recipient = page(
        '<div class="_6a2c"><div class="_0f6b"><a href="#"><h1 class="_8e9d">Fatima Haddad</h1></a><span class="_deg"> · 2nd</span></div>' +
          '<div class="_3a91">Paediatric nurse educator · Simulation training</div><p>Amman, Jordan</p></div>' +
          '<div class="_1e7f"><a aria-label="Invite Fatima Haddad to connect" href="/preload/custom-invite/?vanityName=fatima-haddad">Connect</a></div>',
      );
      expect(recipient.headline).toBe('Paediatric nurse educator · Simulation training');
    });

    test('without a headline in the top card: none, never the next card or its Connect', () => {
      const recipient = page(
        '<div class="_0f6b"><h1 class="_8e9d">Fatima Haddad</h1></div>' +
          '<div class="_1e7f"><a aria-label="Invite Fatima Haddad to connect" href="/preload/custom-invite/?vanityName=fatima-haddad">Connect</a>' +
          '<button type="button">More</button></div>',
      );
      expect(recipient.headline).toBeUndefined();
      expect(recipient.name).toBe('Fatima Haddad');
    });

    test('pronouns and a verification badge beside the name are not the headline', () => {
      const recipient = page(
        '<div class="_0f6b"><h1 class="_8e9d">Fatima Haddad</h1><span class="_p1">(She/Her)</span>' +
          '<span class="_p2">sie/ihr</span><svg aria-label="Verified"></svg><span class="_deg"> · 2nd</span></div>' +
          '<div class="_3a91">Paediatric nurse educator · Simulation training</div>',
      );
      expect(recipient.headline).toBe('Paediatric nurse educator · Simulation training');
    });

    test('cards that are plain divs: the top card is the block around the name that holds no other card’s heading', () => {
      history.replaceState(null, '', '/in/fatima-haddad/');
      document.body.innerHTML =
        '<main class="_e2"><div class="_top"><div class="_n"><h1>Fatima Haddad</h1></div>' +
        '<div class="_h">Paediatric nurse educator · Simulation training</div></div>' +
        '<div class="_act"><h2>Activity</h2><p>2,104 followers</p></div>' +
        '<div class="_pymk"><h2>People you may know</h2><p>ICU nurse</p></div></main>';
      expect(readRecipient(document, 'Fatima Haddad', undefined).headline).toBe('Paediatric nurse educator · Simulation training');
      document.body.innerHTML =
        '<main class="_e2"><div class="_top"><div class="_n"><h1>Fatima Haddad</h1></div></div>' +
        '<div class="_pymk"><h2>People you may know</h2><p>ICU nurse</p></div></main>';
      expect(readRecipient(document, 'Fatima Haddad', undefined).headline).toBeUndefined();
    });

    test('a wrapper section around every card is not the top card', () => {
      history.replaceState(null, '', '/in/fatima-haddad/');
      document.body.innerHTML =
        `<main><section class="_wrap"><section class="_top"><h1>Fatima Haddad</h1></section>${pymk}</section></main>`;
      expect(readRecipient(document, 'Fatima Haddad', undefined).headline).toBeUndefined();
    });
  });
});
