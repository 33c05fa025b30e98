import { describe, expect, test } from 'vitest';
import { analyze } from '@/utils/coach';
import type { Recipient } from '@/utils/coach/schema';
import { fixFor, type NoteFix } from './note-fixes';

const ana: Recipient = { name: 'Ana Souza', firstName: 'Ana' };

function apply(text: string, fix: NoteFix): string {
  return fix.edit ? text.slice(0, fix.edit.start) + fix.edit.text + text.slice(fix.edit.end) : text;
}

/** The coach's own finding for a rule on this text, and its fix. */
function fixOf(rule: string, text: string, limit = 300, recipient = ana) {
  const finding = analyze({ text, limit, recipient }).findings.find((f) => f.rule === rule);
  expect(finding, `${rule} on ${text}`).toBeDefined();
  return { finding: finding!, fix: fixFor(finding!, { text, recipient, limit }) };
}

describe('one-click fixes', () => {
  test('a greeting without the name gets the name, and the finding goes away', () => {
    const text = 'Hi there, your talk on open data for urban farms was great. Happy to share our soil sensor notes.';
    const { fix } = fixOf('generic-greeting', text);
    const after = apply(text, fix!);
    expect(after).toMatch(/^Hi Ana, your talk/);
    expect(analyze({ text: after, limit: 300, recipient: ana }).findings.some((f) => f.rule === 'generic-greeting')).toBe(false);
  });

  test('"expanding my network" goes with its sentence, and nothing else does', () => {
    const text = 'Hi Ana, I am expanding my network. Your talk on open data for urban farms was great.';
    const { fix } = fixOf('mass-networking', text);
    expect(apply(text, fix!)).toBe('Hi Ana, Your talk on open data for urban farms was great.');
  });

  test('a name placeholder takes the name; another placeholder is selected to type over', () => {
    const named = 'Hi {firstName}, your talk on open data was great.';
    expect(apply(named, fixOf('unfilled-placeholder', named).fix!)).toBe('Hi Ana, your talk on open data was great.');
    const other = 'Hi Ana, your talk on [topic] was great.';
    const { fix, finding } = fixOf('unfilled-placeholder', other);
    expect(fix).toEqual({ label: 'Select it to type over', select: finding.range });
  });

  test('over the limit: the sentence about the writer goes, and the note fits', () => {
    const text =
      'Hi Ana, your talk on open data for urban farms changed how our co-op plans its beds. I am a senior consultant with fifteen years of experience in agritech strategy. Happy to share our notes.';
    const limit = 150;
    const { fix } = fixOf('over-limit', text, limit);
    const after = apply(text, fix!);
    expect(after.length).toBeLessThanOrEqual(limit);
    expect(after).not.toContain('senior consultant');
    expect(after).toContain('your talk on open data');
  });

  test('"Could we hop on a call?" becomes an offer with a spot to fill, selected', () => {
    const text = 'Hi Ana, your talk on open data was great. Could we hop on a quick call this week?';
    const { fix } = fixOf('ask-before-give', text);
    const after = apply(text, fix!);
    expect(after).not.toMatch(/call/);
    expect(after).toContain('happy to share');
    expect(after.slice(...fix!.select!)).toBe('[detail]');
  });
});
