import { describe, expect, test } from 'vitest';
import { analyze } from './analyze';
import { registry } from './rules';

const LANGUAGE_INDEPENDENT = registry.filter((rule) => rule.languageIndependent).map((rule) => rule.id);

describe('a note in a language the coach cannot read yet', () => {
  const german =
    'Hallo Jonas, dein Vortrag über Stadtgärten in Leipzig hat mir sehr gefallen. Ich schicke dir gern unsere Messdaten. Wie habt ihr die Stadt überzeugt?';

  test('is not guessed at: an honest "unread", and only the checks that read no words', () => {
    const analysis = analyze({ text: german, recipient: { name: 'Jonas Weber', firstName: 'Jonas' } });
    expect(analysis.language).toBe('other');
    expect(analysis.verdict).toBe('unread');
    for (const finding of analysis.findings) expect(LANGUAGE_INDEPENDENT).toContain(finding.rule);
  });

  test('still gets the language-independent checks: a placeholder, the length, a reused note', () => {
    const placeholder = analyze({
      text: 'Hallo {firstName}, ich möchte mich gern mit dir vernetzen und bleibe gern in Kontakt.',
    });
    expect(placeholder.language).toBe('other');
    expect(placeholder.findings.map((f) => f.rule)).toContain('unfilled-placeholder');
    expect(placeholder.verdict).not.toBe('unread');

    const long = analyze({ text: `${german} ${german}`, limit: 200 });
    expect(long.findings.map((f) => f.rule)).toContain('over-limit');

    const reused = analyze(
      { text: german },
      { recentNotes: [1, 2, 3].map((i) => ({ text: german, at: i })), now: 10 },
    );
    expect(reused.findings.map((f) => f.rule)).toContain('template-reuse');
  });

  test('English notes are read as before, even full of foreign names and places', () => {
    const english = analyze({
      text: 'Hi Jürgen, your talk at the Müllerstraße Gemeinschaftsgarten in Düsseldorf was lovely. Happy to share our compost notes. How did you start?',
    });
    expect(english.language).toBe('en');
    expect(english.verdict).toBe('relational');
  });

  test('the language-independent rules are exactly those that read no words', () => {
    expect(LANGUAGE_INDEPENDENT.sort()).toEqual(
      ['empty-note', 'over-limit', 'request-burst', 'template-reuse', 'unfilled-placeholder'].sort(),
    );
  });
});
