import { describe, expect, it } from 'vitest';
import { sampleExportText } from './export-fixtures';
import { MAX_IMPORT_DEPTH } from './nesting';
import { parseImport, type ParsedImport } from './transfer';

function refusal(result: ParsedImport): string {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

// Files built to hurt: each is refused with a message a person understands, before anything
// recursive walks the data.
describe('an import that cannot hurt', () => {
  it('a 100 KB file nested 100,000 deep is refused, saying where', () => {
    const text = '['.repeat(50_000) + ']'.repeat(50_000);
    expect(text.length).toBe(100_000);
    expect(refusal(parseImport(text))).toBe(
      `This file nests more than ${MAX_IMPORT_DEPTH} levels deep (at line 1, column ${MAX_IMPORT_DEPTH + 1}); a Cultivate export nests six. Nothing was imported.`,
    );
  });

  it('deep objects under a valid-looking start are refused the same way', () => {
    const text = sampleExportText().replace('"touches": [', `"touches": [${'{"a":'.repeat(40_000)}1${'}'.repeat(40_000)},`);
    expect(refusal(parseImport(text))).toMatch(/^This file nests more than 32 levels deep \(at line \d+, column \d+\)/);
  });

  it('an export nests well within the limit', () => {
    expect(parseImport(sampleExportText()).ok).toBe(true);
  });
});
