// The options page's import worker tells a refused file's settings in their own words (utils/settings/settings-words.ts).
import '@/utils/settings/settings-words';
import { describe, expect, it } from 'vitest';
import { sampleExport, sampleExportText } from './export-fixtures';
import { MAX_IMPORT_BYTES, parseImport, readImportFile, type ParsedImport } from './transfer';

type Json = Record<string, unknown> & { contacts: Record<string, unknown>[]; touches: Record<string, unknown>[]; settings: Record<string, unknown> };

function refused(result: ParsedImport) {
  if (result.ok) throw new Error('expected the file to be refused');
  return result;
}

function broken(change: (file: Json) => void) {
  return refused(parseImport(sampleExportText((file) => change(file as Json))));
}

describe('a valid export', () => {
  it('is read whole, exactly as written', () => {
    expect(parseImport(sampleExportText())).toEqual({ ok: true, file: sampleExport() });
  });
});

describe('a broken file says exactly what is wrong', () => {
  it('truncated: where it ends, line and column', () => {
    const text = sampleExportText();
    const cut = text.slice(0, text.indexOf('"Wei Zhang"') + 5);
    const { error } = refused(parseImport(cut));
    const lines = cut.split('\n');
    expect(error).toBe(
      `The file ends too early, at line ${lines.length}, column ${lines.at(-1)!.length + 1}: it looks cut off (truncated). Export again and import the whole file.`,
    );
  });

  it('a syntax error: its line and column', () => {
    const text = sampleExportText().replace('"stage": "requested",', '"stage": "requested",,');
    const { error } = refused(parseImport(text));
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('"requested",,'));
    expect(error).toMatch(new RegExp(`^This is not valid JSON: .+ at line ${line + 1}, column ${lines[line]!.indexOf(',,') + 2}\\.$`));
  });

  it('not an export at all', () => {
    expect(refused(parseImport('[1, 2, 3]')).error).toBe('This is not a Cultivate export: the file has no "format": "cultivate-export".');
    expect(refused(parseImport('{"contacts": []}')).error).toMatch(/not a Cultivate export/);
  });

  it('a newer version: update first', () => {
    expect(broken((file) => (file.version = 2)).error).toBe(
      'This export is version 2, made by a newer Cultivate; this one reads version 1. Update Cultivate, then import it.',
    );
  });

  it('a missing or odd version', () => {
    expect(broken((file) => delete file.version).error).toBe("This export's version is missing; Cultivate reads version 1.");
    expect(broken((file) => (file.version = '1')).error).toBe('This export\'s version is "1"; Cultivate reads version 1.');
  });

  it('a field out of its schema: the JSON path and the reason', () => {
    const { problems } = broken((file) => (file.contacts[3]!.stage = 'friends'));
    expect(problems).toEqual(['contacts[3].stage: Invalid option: expected one of "requested"|"connected"|"conversing"']);
  });

  it('every problem up to five, then how many more', () => {
    const { error, problems } = broken((file) => {
      for (const touch of file.touches) touch.at = 'yesterday';
      file.settings.weeklyNoteGoal = -1;
      file.contacts[0]!.name = 'x'.repeat(301);
      file.contacts[1]!.password = 'hunter2';
    });
    expect(error).toMatch(/^This file does not fit the Cultivate export format, so nothing was imported\. /);
    expect(problems).toHaveLength(6);
    expect(problems).toContain('settings.weeklyNoteGoal: A goal cannot be negative.');
    expect(problems).toContain('contacts[0].name: Too big: expected string to have <=300 characters');
    expect(problems).toContain('contacts[1]: Unrecognized key: "password"');
    expect(problems.at(-1)).toMatch(/^…and \d+ more$/);
  });

  it('a touch for a contact the file does not have, or a contact twice', () => {
    expect(broken((file) => (file.touches[1]!.contactKey = 'linkedin.com/in/nobody')).problems).toEqual([
      'touches[1].contactKey: no contact "linkedin.com/in/nobody" in this file',
    ]);
    expect(broken((file) => file.contacts.push({ ...file.contacts[0] })).problems).toEqual([
      'contacts[4].key: "linkedin.com/in/ana-souza" appears twice in this file',
    ]);
  });
});

describe('hostile files are refused before anything else', () => {
  // Written as text, the way a hostile file holds them (JSON.parse makes them own keys).
  it.each([
    ['__proto__', 'contacts[2].__proto__', '"key": "name:kwame mensah"', '"__proto__": {"polluted": true}, "key": "name:kwame mensah"'],
    ['constructor', 'settings.constructor', '"why": ', '"constructor": {"prototype": {"polluted": true}}, "why": '],
    ['prototype', 'touches[0].analysis.prototype', '"verdict": "relational"', '"prototype": {"polluted": true}, "verdict": "relational"'],
  ])('a "%s" key, named by its path', (key, path, find, replace) => {
    const text = sampleExportText().replace(find, replace);
    // The file really carries the key as an own key once parsed (an object literal in the test
    // would not: `{__proto__: …}` sets the prototype instead), so the refusal is about this key.
    expect(JSON.stringify(JSON.parse(text))).toContain(`"${key}":{"`);
    expect(refused(parseImport(text)).error).toBe(`This file has a key Cultivate never writes, at ${path}: refused, nothing was imported.`);
  });

  it('script in a name is only text: accepted as written, never interpreted', () => {
    const name = '<script>alert("owned")</script><img src=x onerror=alert(1)>';
    const result = parseImport(sampleExportText((file) => ((file as Json).contacts[1]!.name = name)));
    expect(result.ok && result.file.contacts[1]!.name).toBe(name);
  });
});

describe('files over 50 MB', () => {
  it('a chosen file is refused by its size, without reading it', async () => {
    const huge = { size: MAX_IMPORT_BYTES + 1, text: () => Promise.reject(new Error('read')) } as unknown as Blob;
    expect(refused(await readImportFile(huge)).error).toBe('This file is 50.0 MB; Cultivate imports files up to 50 MB. Nothing was imported.');
  });

  it('a 50 MB text is refused before parsing', () => {
    // About 50 MB of one-byte characters: the test holds one copy of it at a time.
    const text = `{"format":"cultivate-export","version":1,"padding":"${'x'.repeat(MAX_IMPORT_BYTES)}"}`;
    expect(refused(parseImport(text)).error).toMatch(/^This file is 50\.0 MB; Cultivate imports files up to 50 MB/);
  });

  it('a real Blob just over the limit', async () => {
    const blob = new Blob(['x'.repeat(MAX_IMPORT_BYTES + 1)]);
    expect(refused(await readImportFile(blob)).error).toMatch(/up to 50 MB/);
  });
});
