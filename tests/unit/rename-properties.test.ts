import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { renameProperties, COACH_PROPERTIES } from '../../scripts/build/rename-properties';

// The built coaching UI and word model write the text model's property names as one letter each
// (scripts/build/rename-properties.ts). A module must do the same either way.

async function importModule(code: string): Promise<Record<string, unknown>> {
  const file = join(mkdtempSync(join(tmpdir(), 'rename-properties-')), 'module.mjs');
  writeFileSync(file, code);
  return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
}

// A note's words and sentences made, read, spread, destructured (with defaults and renames) and kept
// in a class.
const MODULE = `function segment(text) {
  const words = text.split(' ').map((t, i) => ({ text: t, sentence: i < 2 ? 0 : 1, hyphenNext: t.endsWith('-') }));
  const sentences = [{ firstWord: 0, endWord: 2 }, { firstWord: 2, endWord: words.length }];
  return { words, sentences };
}
class Reader { constructor(doc) { this.words = doc.words; } endWord() { return this.words.length; } }
const read = ({ words, sentences: all = [] }) => all.map(({ firstWord, endWord: end }) => words.slice(firstWord, end).map((w) => w.text).join(' '));
const doc = segment('one two three four-');
const copy = { ...doc, extra: doc.words?.[3]?.hyphenNext };
export const seen = { read: read(doc), copy: read(copy), hyphen: copy.extra, last: new Reader(doc).endWord(), second: doc.words[2].sentence };
`;

describe('renameProperties', () => {
  test('renames accesses, keys, shorthand keys, destructuring and class members; leaves quoted and computed names', () => {
    const words = COACH_PROPERTIES.get('words');
    const sentence = COACH_PROPERTIES.get('sentence');
    expect(
      renameProperties(
        'a.words;a?.sentence;({words,sentence:1});const{words:w=[]}=a;a[words];a["text"]',
        'x.js',
      ),
    ).toBe(
      `a.${words};a?.${sentence};({${words}:words,${sentence}:1});const{${words}:w=[]}=a;a[words];a["text"]`,
    );
    expect(renameProperties('const {sentence} = doc; class A { words = 1; sentence() {} }', 'x.js')).toBe(
      `const {${sentence}:sentence} = doc; class A { ${words} = 1; ${sentence}() {} }`,
    );
  });

  test('refuses a file that already has a property of a new name, or reads a listed one in quotes', () => {
    const taken = COACH_PROPERTIES.get('words')!;
    expect(() => renameProperties(`a.${taken}; a.words`, 'x.js')).toThrow(
      `already has a property named ${taken}`,
    );
    expect(() => renameProperties(`a.words; a['words']`, 'x.js')).toThrow(
      'names the property words in quotes',
    );
    expect(() => renameProperties(`({ 'sentence': 1 })`, 'x.js')).toThrow(
      'names the property sentence in quotes',
    );
  });

  test('the module does the same either way', async () => {
    const written = renameProperties(MODULE, 'module.mjs');
    for (const name of COACH_PROPERTIES.keys()) expect(written).not.toMatch(new RegExp(`\\.${name}\\b`));
    const before = await importModule(MODULE);
    const after = await importModule(written);
    expect(after.seen).toEqual(before.seen);
    expect(before.seen).toMatchObject({ read: ['one two', 'three four-'], hyphen: true, last: 4, second: 1 });
  });
});
