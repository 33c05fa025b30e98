// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { readProfileDegree, showsConnected } from './connection-degree';

afterEach(() => document.body.replaceChildren());

function profile(path: string, markup: string): void {
  history.replaceState(null, '', path);
  // Test fixtures only: markup written here, never page text.
  const template = document.createElement('template');
  template.innerHTML = markup;
  document.body.replaceChildren(template.content);
}

const topCard = (name: string, degree: string, actions: string, aside = '') => `
  <main>
    <section class="artdeco-card pv-top-card">
      <h1 class="text-heading-xlarge">${name}</h1>
      ${degree}
      <div class="text-body-medium break-words">Data journalist at The Harbour Post</div>
      <div class="pv-top-card-v2-ctas">${actions}</div>
    </section>
    <aside class="pv-profile-pymk">${aside}</aside>
  </main>`;

const badge = (visible: string, hidden: string) =>
  `<span class="distance-badge"><span class="visually-hidden">${hidden}</span><span class="dist-value">${visible}</span></span>`;
const message = (label: string, text: string) =>
  `<button aria-label="${label}" class="artdeco-button artdeco-button--primary">${text}</button>`;
const pending = (label: string, text: string) => `<button aria-label="${label}" class="artdeco-button artdeco-button--primary">${text}</button>`;
const connect = (name: string) => `<button aria-label="Invite ${name} to connect" class="artdeco-button artdeco-button--primary">Connect</button>`;

describe('the connection degree on a profile, read by structure first', () => {
  test.each([
    ['1st', 1],
    ['2nd', 2],
    ['3rd+', 3],
    ['1.', 1],
    ['2e', 2],
  ] as const)('the badge %s reads as degree %i, in any language', (visible, degree) => {
    profile('/in/wei-zhang/', topCard('Wei Zhang', badge(visible, ''), message('Message Wei Zhang', 'Message')));
    expect(readProfileDegree(document)?.degree).toBe(degree);
  });

  test('first degree with Message as the primary action: connected', () => {
    profile('/in/Wei-Zhang/', topCard('Wei Zhang', badge('1st', '1st degree connection'), message('Message Wei Zhang', 'Message')));
    const reading = readProfileDegree(document);
    expect(reading).toEqual({ profileUrl: 'linkedin.com/in/wei-zhang', name: 'Wei Zhang', degree: 1, pending: false, messagePrimary: true });
    expect(showsConnected(reading)).toBe(true);
  });

  test('in German: "Kontakt 1. Grades", „Nachricht“', () => {
    profile('/in/lena-hoffmann/', topCard('Lena Hoffmann', badge('1.', 'Kontakt 1. Grades'), message('Nachricht an Lena Hoffmann', 'Nachricht')));
    expect(showsConnected(readProfileDegree(document))).toBe(true);
  });

  test('Pending is not connected, in English and German', () => {
    profile('/in/oksana-petrenko/', topCard('Oksana Petrenko', badge('2nd', '2nd degree connection'), pending('Pending, click to withdraw invitation sent to Oksana Petrenko', 'Pending')));
    expect(readProfileDegree(document)).toMatchObject({ degree: 2, pending: true });
    profile('/in/mehmet-yilmaz/', topCard('Mehmet Yılmaz', badge('2.', 'Kontakt 2. Grades'), pending('Ausstehend, klicken, um die an Mehmet Yılmaz gesendete Einladung zurückzuziehen', 'Ausstehend')));
    expect(readProfileDegree(document)).toMatchObject({ degree: 2, pending: true });
    expect(showsConnected(readProfileDegree(document))).toBe(false);
  });

  test('a first-degree badge with a Pending control is not trusted as connected', () => {
    profile('/in/wei-zhang/', topCard('Wei Zhang', badge('1st', ''), pending('Pending, click to withdraw invitation sent to Wei Zhang', 'Pending')));
    expect(showsConnected(readProfileDegree(document))).toBe(false);
  });

  test('other people’s "1st" badges outside the top card do not count', () => {
    profile(
      '/in/mateus-almeida/',
      topCard('Mateus Almeida', badge('2nd', '2nd degree connection'), connect('Mateus Almeida'), `<h2>People you may know</h2><div>${badge('1st', '1st degree connection')}<a href="/in/someone/">Someone</a></div>`),
    );
    expect(readProfileDegree(document)?.degree).toBe(2);
  });

  test('newer hashed markup: the hidden words alone are enough', () => {
    profile('/in/wei-zhang/', topCard('Wei Zhang', '<span class="_a1b2"><span class="visually-hidden">1st degree connection</span></span>', ''));
    expect(readProfileDegree(document)?.degree).toBe(1);
  });

  test('a bare "· 1st" beside the name counts only when Message is the primary action', () => {
    profile('/in/wei-zhang/', topCard('Wei Zhang', '<span class="_c3d4">· 1st</span>', message('Message Wei Zhang', 'Message')));
    expect(readProfileDegree(document)?.degree).toBe(1);
    profile('/in/wei-zhang/', topCard('Wei Zhang', '<span class="_c3d4">· 1st</span>', '<button class="artdeco-button artdeco-button--primary">Follow</button>'));
    expect(readProfileDegree(document)?.degree).toBeUndefined();
  });

  test.each(['/feed/', '/in/wei-zhang/details/experience/', '/search/results/people/'])('no reading on %s', (path) => {
    profile(path, topCard('Wei Zhang', badge('1st', '1st degree connection'), message('Message Wei Zhang', 'Message')));
    expect(readProfileDegree(document)).toBeUndefined();
  });

  test('no reading before the top card has rendered', () => {
    profile('/in/wei-zhang/', '<main><div class="skeleton"></div></main>');
    expect(readProfileDegree(document)).toBeUndefined();
  });
});
