import { describe, expect, it } from 'vitest';
import { sampleExport, sampleExportText } from './export-fixtures';
import { buildExport, exportFileName, MAX_IMPORT_BYTES, parseImport, readImportFile, serializeExport, type ParsedImport } from './transfer';

// Files a person might really pick by mistake, each refused with words they can act on, and the
// boundaries of every check.

type Json = Record<string, unknown> & { contacts: Record<string, unknown>[]; touches: Record<string, unknown>[] };

function refusal(result: ParsedImport) {
  if (result.ok) throw new Error('expected the file to be refused');
  return result;
}

const NOT_AN_EXPORT = 'This is not a Cultivate export: the file has no "format": "cultivate-export".';

describe('files that are not an export at all', () => {
  it('an empty file ends too early, at line 1, column 1', () => {
    expect(refusal(parseImport(''))).toEqual({
      ok: false,
      error: 'The file ends too early, at line 1, column 1: it looks cut off (truncated). Export again and import the whole file.',
      problems: [],
    });
  });

  it('a file of blank lines ends too early where the blank lines end', () => {
    expect(refusal(parseImport('\n\n  ')).error).toBe(
      'The file ends too early, at line 3, column 3: it looks cut off (truncated). Export again and import the whole file.',
    );
  });

  it.each([['null'], ['0'], ['true'], ['"cultivate-export"'], ['[]'], ['{}'], ['[{"format": "cultivate-export", "version": 1}]']])(
    '%s is refused as not an export',
    (text) => {
      expect(refusal(parseImport(text))).toEqual({ ok: false, error: NOT_AN_EXPORT, problems: [] });
    },
  );

  it('another format name is not an export either', () => {
    expect(refusal(parseImport(sampleExportText((file) => (file.format = 'cultivate-backup')))).error).toBe(NOT_AN_EXPORT);
  });
});

describe('versions', () => {
  const withVersion = (version: unknown) => refusal(parseImport(sampleExportText((file) => (file.version = version)))).error;

  it.each([[0], [-1], [0.5]])('version %j is older or odd, never "made by a newer Cultivate"', (version) => {
    expect(withVersion(version)).toBe(`This export's version is ${version}; Cultivate reads version 1.`);
  });

  it.each([[null, 'null'], [[1], '[1]'], [{}, '{}'], ['2', '"2"']])('version %j is named as written', (version, written) => {
    expect(withVersion(version)).toBe(`This export's version is ${written}; Cultivate reads version 1.`);
  });

  it('version 3 asks for an update', () => {
    expect(withVersion(3)).toBe(
      'This export is version 3, made by a newer Cultivate; this one reads version 1. Update Cultivate, then import it.',
    );
  });
});

describe('a file that does not fit: the first problem in the message, then up to five with the count of the rest', () => {
  it('one problem: in the message and the list', () => {
    const { error, problems } = refusal(parseImport(sampleExportText((file) => ((file as Json).contacts[2]!.stage = 'friends'))));
    const problem = 'contacts[2].stage: Invalid option: expected one of "requested"|"connected"|"conversing"';
    expect(problems).toEqual([problem]);
    expect(error).toBe(`This file does not fit the Cultivate export format, so nothing was imported. ${problem}`);
  });

  it('eight problems: five named, then "…and 3 more"', () => {
    const { problems } = refusal(
      parseImport(
        sampleExportText((file) => {
          for (const contact of (file as Json).contacts) contact.stage = 'friends';
          for (const touch of (file as Json).touches) touch.kind = 'poke';
        }),
      ),
    );
    expect(problems).toHaveLength(6);
    expect(problems.slice(0, 5).map((line) => line.split(':')[0])).toEqual([
      'contacts[0].stage',
      'contacts[1].stage',
      'contacts[2].stage',
      'contacts[3].stage',
      'touches[0].kind',
    ]);
    expect(problems[5]).toBe('…and 3 more');
  });
});

describe('the size limit, exactly', () => {
  it('a chosen file of exactly 50 MB is read, not refused by its size', async () => {
    const file = { size: MAX_IMPORT_BYTES, text: () => Promise.resolve('null') } as unknown as Blob;
    expect(refusal(await readImportFile(file)).error).toBe(NOT_AN_EXPORT);
  });

  it('a larger one is refused with its size to one decimal', async () => {
    const file = { size: 60.25 * 1024 * 1024, text: () => Promise.reject(new Error('must not be read')) } as unknown as Blob;
    expect(refusal(await readImportFile(file))).toEqual({
      ok: false,
      error: 'This file is 60.3 MB; Cultivate imports files up to 50 MB. Nothing was imported.',
      problems: [],
    });
  });

  it('a text of exactly 50 MB characters is parsed, not refused by its size', () => {
    const text = `[${' '.repeat(MAX_IMPORT_BYTES - 2)}]`;
    expect(text).toHaveLength(MAX_IMPORT_BYTES);
    expect(refusal(parseImport(text)).error).toBe(NOT_AN_EXPORT);
  });

  it('a file that cannot be read says why', async () => {
    const file = { size: 10, text: () => Promise.reject(new Error('NotReadableError: the file changed')) } as unknown as Blob;
    expect(refusal(await readImportFile(file))).toEqual({
      ok: false,
      error: 'Could not read the file: NotReadableError: the file changed',
      problems: [],
    });
    const odd = { size: 10, text: () => Promise.reject('gone') } as unknown as Blob;
    expect(refusal(await readImportFile(odd)).error).toBe('Could not read the file: gone');
  });
});

describe('writing an export', () => {
  const NOW = new Date(2026, 0, 5, 9, 7).getTime();

  it('is named by the local date, padded', () => {
    expect(exportFileName(NOW)).toBe('cultivate-export-2026-01-05.json');
    expect(exportFileName(new Date(2026, 10, 25, 23, 59).getTime())).toBe('cultivate-export-2026-11-25.json');
  });

  it('holds the format, the version, the time, the settings and the history, as readable JSON ending in a newline', () => {
    const sample = sampleExport();
    const file = buildExport({ contacts: sample.contacts, touches: sample.touches }, sample.settings, NOW);
    expect(file).toEqual({ ...sample, exportedAt: new Date(NOW).toISOString() });
    const text = serializeExport(file);
    expect(text).toBe(`${JSON.stringify(file, null, 2)}\n`);
    expect(parseImport(text)).toEqual({ ok: true, file });
  });
});
