import { describe, expect, test } from 'vitest';
import { labelMatches, mentionsRemaining, nameFromInviteLabel } from './labels';

describe("LinkedIn's labels", () => {
  test.each([
    ['Invite Ana Souza to connect', 'Ana Souza'],
    ['Invite  Dr. Wei   Zhang to connect', 'Dr. Wei Zhang'],
    ['Inviter Aline Dupont à rejoindre votre réseau', 'Aline Dupont'],
    ['Invitar a José Ramírez a conectar', 'José Ramírez'],
    ['Jonas Weber als Kontakt einladen', 'Jonas Weber'],
    ['Invite إيمان to connect', 'إيمان'],
  ])('reads the name in %j', (label, name) => {
    expect(nameFromInviteLabel(label)).toBe(name);
  });

  test.each([['Follow Ana'], ['Invite to connect'], [''], ['Message Ana Souza']])('finds no name in %j', (label) => {
    expect(nameFromInviteLabel(label)).toBeUndefined();
  });

  test('matches labels whole, in any case and spacing', () => {
    expect(labelMatches('  Add a NOTE ', (l) => l.addNote)).toBe(true);
    expect(labelMatches('Notiz hinzufügen', (l) => l.addNote)).toBe(true);
    expect(labelMatches('Add a note about this post', (l) => l.addNote)).toBe(false);
  });

  test('recognises the remaining-notes line', () => {
    expect(mentionsRemaining('3 personalized invitations remaining for this month.')).toBe(true);
    expect(mentionsRemaining('You have 3 new messages')).toBe(false);
  });
});
