import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { withoutPhraseNotes } from '../../scripts/vite/drop-phrase-notes';

describe("the coaching UI's build leaves phrase notes out", () => {
  test('a note after the phrase, or before it, goes; the entry keeps everything else', () => {
    const code = `[{ phrase: 'a call', note: 'time' }, { note: "their view", phrase: 'your take', hard: true }, { phrase: 'it\\'s', note: 'it\\'s, quoted' }]`;
    expect(withoutPhraseNotes(code)).toBe(`[{ phrase: 'a call' }, { phrase: 'your take', hard: true }, { phrase: 'it\\'s' }]`);
  });

  test('other keys that merely contain the word, and the type that declares it, stay', () => {
    const code = `interface Phrase { phrase: string; note?: string }\nconst x = { footnote: 'a', notes: 'b', phrase: 'c' };`;
    expect(withoutPhraseNotes(code)).toBe(code);
  });

  test("every phrase list and signal loses its notes and nothing else: the entries' count is the same", () => {
    for (const folder of ['utils/coach/phrases', 'utils/coach/signals']) {
      for (const file of readdirSync(folder).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))) {
        const code = readFileSync(`${folder}/${file}`, 'utf8');
        const dropped = withoutPhraseNotes(code);
        expect(dropped.match(/[{,]\s*note:\s*['"`]/g), `${file} keeps a note`).toBeNull();
        expect(dropped.match(/\bphrase:/g)?.length, file).toBe(code.match(/\bphrase:/g)?.length);
      }
    }
  });
});
